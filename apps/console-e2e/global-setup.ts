import { ConsoleUnderTest } from './src/console-under-test';

declare global {
  // Handed from global setup to global teardown (same process).
  var atharConsoleE2e: { stop: () => Promise<void> } | undefined;
}

export default async function globalSetup(): Promise<void> {
  globalThis.atharConsoleE2e = await ConsoleUnderTest.start();
}
