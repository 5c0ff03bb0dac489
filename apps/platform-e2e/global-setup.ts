import type { LoopbackMailbox, RunningService } from '@athar/launcher';
import type { LoopbackTraceReceiver } from './src/loopback-traces';
import { PlatformUnderTest } from './src/platform-under-test';

declare global {
  // Handed from global setup to global teardown (same process).
  var atharE2e: { platform: PlatformUnderTest; services: RunningService[]; mailbox: LoopbackMailbox; traces: LoopbackTraceReceiver } | undefined;
}

export default async function globalSetup(): Promise<void> {
  globalThis.atharE2e = await PlatformUnderTest.start();
}
