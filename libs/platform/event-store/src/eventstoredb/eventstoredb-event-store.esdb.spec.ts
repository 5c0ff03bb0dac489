import { describeEventStoreContract } from '../event-store.contract';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSigningKey, loadPublicKeys } from '../audit/checkpoint';
import { FileCheckpointSink } from '../audit/checkpoint-sink';
import { Checkpointer } from '../audit/checkpointer';
import { verifyStore } from '../audit/verify-store';
import { sampleEvent } from '../testing/sample-event';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

// Selected only by `jest --selectProjects esdb`, which tools/scripts/test.sh runs when
// EVENTSTORE_CONNECTION_STRING is set (no EventStoreDB can be installed on the development machine).
jest.setTimeout(60_000);
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (!connectionString) throw new Error('Set EVENTSTORE_CONNECTION_STRING (e.g. esdb://127.0.0.1:2113?tls=false) to run this suite');

describeEventStoreContract('EventStoreDB', async () => {
  const store = EventStoreDbEventStore.fromConnectionString(connectionString);
  return { store, dispose: () => store.close() };
});

describe('EventStoreDB checkpoints (docs/adr/0043)', () => {
  it('signs the tree of $all into audit.checkpoints.<store> and the outside folder, and verifies', async () => {
    const store = EventStoreDbEventStore.fromConnectionString(connectionString);
    const dir = mkdtempSync(join(tmpdir(), 'athar-esdb-audit-'));
    const { signer } = ensureSigningKey(join(dir, 'key.pem'));
    const sink = new FileCheckpointSink(join(dir, 'out'));
    const storeId = `esdb-${Date.now()}`;
    const log = store.checkpointLog(storeId);
    try {
      await store.appendToStream(`audit-test.awj.${Date.now()}`, [sampleEvent(), sampleEvent()], 'no_stream');
      const signed = await new Checkpointer(store, log, sink, signer, { everyEvents: 1, everySeconds: 1 }).runOnce(true);
      expect(signed?.store).toBe(storeId);
      expect((await log.list()).map((c) => c.treeSize)).toEqual([signed!.treeSize]);
      const verdict = await verifyStore(store, log, await sink.list(storeId), loadPublicKeys(sink.publicKeyFiles()));
      expect(verdict.findings.filter((f) => !f.where.startsWith('audit.checkpoints.'))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
