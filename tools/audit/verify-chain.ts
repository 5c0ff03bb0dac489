// Verifies the SHA-256 chain of event streams, as an auditor would (docs/auditors-guide.md):
//   npm run verify-chain -- --stream intake.application.awj.<caseId>
//   npm run verify-chain -- --all [--prefix intake.]
// Reads through the same port as the services (PostgreSQL, or EventStoreDB when configured).
// Exit code 0: every chain intact; 1: at least one broken; 2: bad arguments.
import { parseArgs } from 'node:util';
import { createEventStoreFromEnv, verifyStreamChain, type EventStore } from '@athar/event-store';

async function streamIds(store: EventStore, prefix: string | undefined): Promise<string[]> {
  const ids = new Set<string>();
  let after = '0';
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000, streamPrefixes: prefix ? [prefix] : undefined });
    // The port's promise: the store filters as it reads, so only the end of the log gives an empty page.
    if (page.length === 0) return [...ids];
    for (const event of page) ids.add(event.streamId);
    after = page[page.length - 1].globalPosition;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { stream: { type: 'string', multiple: true }, all: { type: 'boolean' }, prefix: { type: 'string' } } });
  if (!values.all && !values.stream?.length) {
    console.error('usage: npm run verify-chain -- --stream <streamId> [--stream …] | --all [--prefix <context.>]');
    return 2;
  }
  const store = await createEventStoreFromEnv();
  try {
    const ids = values.all ? await streamIds(store, values.prefix) : (values.stream ?? []);
    let broken = 0;
    for (const id of ids) {
      const verdict = verifyStreamChain(await store.readStream(id));
      if (verdict.valid) {
        console.log(`ok      ${id} (${verdict.count} events)`);
      } else {
        broken += 1;
        console.log(`BROKEN  ${id} at revision ${verdict.brokenAtRevision}: ${verdict.reason}`);
      }
    }
    console.log(`${ids.length} stream(s) checked, ${broken} broken`);
    return broken > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
