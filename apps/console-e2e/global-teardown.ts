export default async function globalTeardown(): Promise<void> {
  await globalThis.atharConsoleE2e?.stop();
}
