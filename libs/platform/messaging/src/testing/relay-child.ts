/**
 * A relay in its own process, for the crash test (relay-crash.int.spec.ts): the parent SIGKILLs it
 * mid-stream. Run with `node -r @swc-node/register` through child_process.fork (it reports over IPC).
 *
 * Environment: ATHAR_PG_URL, KAFKA_BROKERS, RELAY_NAME, RELAY_TOPIC, RELAY_STREAM_PREFIX,
 * EVENT_STORE_SCHEMA, MESSAGING_SCHEMA, RELAY_BATCH_SIZE, and RELAY_CHECKPOINT_DELAY_MS, which holds
 * each checkpoint write back after Kafka acknowledged a batch (a slow database), so a kill lands
 * in the window where a batch is published but not checkpointed: the batch a restart re-sends.
 */
import { PostgresEventStore, survivePoolErrors } from '@athar/event-store';
import { Pool } from 'pg';
import { createKafkaBroker } from '../kafka/kafka-broker';
import { PgCheckpointStore } from '../postgres/pg-checkpoint-store';
import type { CheckpointStore } from '../relay/checkpoint-store';
import { EventRelay } from '../relay/event-relay';
import { sleep } from '../sleep';

export type RelayChildReport =
  | { kind: 'started'; position: string }
  | { kind: 'acknowledged'; position: string }
  | { kind: 'checkpointed'; position: string; count: number }
  | { kind: 'stopped'; position: string };

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`relay-child: ${name} is not set`);
  return value;
}

function report(message: RelayChildReport): void {
  process.send?.(message);
}

/** Tells the parent when Kafka acknowledged a batch, then writes the checkpoint after a delay. */
class ReportingCheckpoints implements CheckpointStore {
  constructor(
    private readonly inner: CheckpointStore,
    private readonly delayMs: number,
  ) {}

  load(relayName: string): Promise<string> {
    return this.inner.load(relayName);
  }

  async save(relayName: string, position: string): Promise<void> {
    report({ kind: 'acknowledged', position });
    if (this.delayMs > 0) await sleep(this.delayMs);
    await this.inner.save(relayName, position);
  }
}

async function main(): Promise<void> {
  const pool = survivePoolErrors(new Pool({ connectionString: required('ATHAR_PG_URL'), max: 4 }), 'relay-child');
  const store = new PostgresEventStore({ connectionString: required('ATHAR_PG_URL'), schema: required('EVENT_STORE_SCHEMA'), pool: { max: 4 } });
  const relay = new EventRelay({
    store,
    broker: createKafkaBroker({ clientId: `${required('RELAY_NAME')}-child-${process.pid}` }),
    checkpoints: new ReportingCheckpoints(new PgCheckpointStore(pool, required('MESSAGING_SCHEMA')), Number(process.env['RELAY_CHECKPOINT_DELAY_MS'] ?? 0)),
    relayName: required('RELAY_NAME'),
    topic: required('RELAY_TOPIC'),
    streamPrefixes: [required('RELAY_STREAM_PREFIX')],
    maxBatchSize: Number(process.env['RELAY_BATCH_SIZE'] ?? 100),
    metrics: {
      batchRelayed: (_name, batch) => report({ kind: 'checkpointed', position: batch.lastPosition, count: batch.count }),
      publishFailed: () => undefined,
    },
  });
  await relay.start();
  report({ kind: 'started', position: relay.position });
  process.once('SIGTERM', () => {
    void (async () => {
      await relay.stop();
      await store.close();
      await pool.end();
      // Exit once the report has left: an IPC send is asynchronous.
      process.send?.({ kind: 'stopped', position: relay.position } satisfies RelayChildReport, () => process.exit(0));
    })();
  });
}

main().catch((error: unknown) => {
  console.error('relay-child failed', error);
  process.exit(1);
});
