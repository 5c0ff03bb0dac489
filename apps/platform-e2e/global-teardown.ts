import { PlatformUnderTest } from './src/platform-under-test';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.atharE2e;
  if (started) await PlatformUnderTest.stop(started.services, started.platform, started.mailbox, started.traces);
}
