import { PostgresEventStore } from '@athar/event-store';
import type { RecordedEvent } from '@athar/contracts';
import { Registry } from 'prom-client';
import type { IncomingMessage, MessageBroker, MessageSubscriber } from '../broker.port';
import { createKafkaBroker } from '../kafka/kafka-broker';
import { prometheusMessagingMetrics } from '../metrics/prometheus-metrics';
import { ensureMessagingSchema } from '../postgres/messaging-schema';
import { PgCheckpointStore } from '../postgres/pg-checkpoint-store';
import { dropSchemas, KAFKA_BROKERS, PG_URL, runId, silentLogger, testPool } from '../testing/int-env';
import { newEvent } from '../testing/new-event';
import { waitFor } from '../testing/wait-for';
import { eventHeaders, partitionKey } from './event-message';
import { EventRelay } from './event-relay';

const run = runId();
const topic = `${run}.intake.events`;
const relayName = `${run}.intake`;
const readerGroupId = `${run}.reader`;
const storeSchema = `${run}_es`;
const messagingSchema = `${run}_msg`;

const pool = testPool();
const store = new PostgresEventStore({ connectionString: PG_URL, schema: storeSchema, pool: { max: 4 } });
const checkpoints = new PgCheckpointStore(pool, messagingSchema);
const registry = new Registry();
let broker: MessageBroker;
let reader: MessageSubscriber;
let relay: EventRelay;
const received: IncomingMessage[] = [];

beforeAll(async () => {
  broker = createKafkaBroker({ brokers: KAFKA_BROKERS.split(','), clientId: run, logger: silentLogger });
  await Promise.all([store.ensureSchema(), ensureMessagingSchema(pool, messagingSchema), broker.ensureTopics([topic], { partitions: 3 })]);
  reader = broker.createSubscriber({ groupId: readerGroupId, sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 });
  await reader.start([topic], async (message) => void received.push(message));
}, 60_000);

afterAll(async () => {
  await relay?.stop();
  await reader?.stop();
  await store.close();
  await broker?.deleteConsumerGroups([readerGroupId]).catch(() => undefined);
  await broker?.deleteTopics([topic]);
  await dropSchemas(pool, [storeSchema, messagingSchema]);
  await pool.end();
}, 60_000);

/** Appends `rounds` events to each stream, round by round, so the streams interleave in the global log. */
async function appendRounds(streams: Array<{ id: string; tenantId: string; caseId?: string }>, rounds: number, from = 0): Promise<void> {
  for (let round = from; round < from + rounds; round += 1) {
    for (const stream of streams) {
      const data = stream.caseId === undefined ? { note: round } : { caseId: stream.caseId, note: round };
      await store.appendToStream(
        stream.id,
        [newEvent('CaseNoted', stream.tenantId, data, round > 0 ? `cause-${round}` : null)],
        round === 0 ? 'no_stream' : round - 1,
      );
    }
  }
}

describe('EventRelay against PostgreSQL and Kafka', () => {
  it('publishes every event of its own prefix and none of another, in per-key order, with the envelope headers', async () => {
    const cases = [1, 2, 3].map((n) => ({ id: `intake.application.tenant-a.${run}-${n}`, tenantId: 'tenant-a', caseId: `${run}-case-${n}` }));
    const noCase = { id: `intake.inquiry.tenant-b.${run}`, tenantId: 'tenant-b' };
    const otherContext = { id: `feedback.survey.tenant-a.${run}`, tenantId: 'tenant-a', caseId: `${run}-case-1` };
    await appendRounds([...cases, noCase, otherContext], 6);

    relay = new EventRelay({
      store,
      broker,
      checkpoints,
      relayName,
      topic,
      streamPrefixes: ['intake.'],
      maxBatchSize: 7, // several batches, one of them partial
      metrics: prometheusMessagingMetrics(registry),
      logger: silentLogger,
    });
    await relay.start();
    await waitFor('the 24 events written before start', () => received.length >= 24, 20_000);
    await appendRounds([...cases, otherContext], 2, 6); // and the ones written while it follows
    await waitFor('all 30 intake events', () => received.length >= 30, 20_000);

    const own: RecordedEvent[] = await store.readAll({ streamPrefixes: ['intake.'] });
    expect(own).toHaveLength(30);
    await waitFor('the checkpoint', async () => (await checkpoints.load(relayName)) === own[own.length - 1].globalPosition);
    await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more should arrive
    expect(received).toHaveLength(30);

    const byId = new Map(own.map((event) => [event.eventId, event]));
    for (const message of received) {
      const value = JSON.parse(String(message.value)) as RecordedEvent;
      const stored = byId.get(value.eventId);
      expect(stored).toBeDefined();
      expect(value).toEqual(stored);
      expect(message.key).toBe(partitionKey(stored!));
      expect(message.headers).toEqual(eventHeaders(stored!));
      expect(message.topic).toBe(topic);
    }
    expect(new Set(received.map((message) => JSON.parse(String(message.value)).eventId)).size).toBe(30);
    expect(received.some((message) => message.key === noCase.id)).toBe(true); // no case id: keyed by stream

    // Per key, the messages arrive in stream order (a key maps to one partition, read in offset order).
    const revisionsByKey = new Map<string, number[]>();
    for (const message of received) {
      const revisions = revisionsByKey.get(message.key!) ?? [];
      revisions.push(Number(message.headers['revision']));
      revisionsByKey.set(message.key!, revisions);
    }
    expect([...revisionsByKey.values()]).toEqual([...revisionsByKey.values()].map((revisions) => revisions.map((_, index) => index)));
    expect(revisionsByKey.size).toBe(4);

    const relayed = await registry.getSingleMetric('athar_relay_events_total')!.get();
    expect(relayed.values.find((sample) => sample.labels['relay'] === relayName)?.value).toBe(30);
    const position = await registry.getSingleMetric('athar_relay_last_position')!.get();
    expect(position.values[0].value).toBe(Number(own[own.length - 1].globalPosition));
  }, 60_000);

  it('a new relay with the same name resumes after the checkpoint and re-sends nothing', async () => {
    await relay.stop();
    const before = received.length;
    const stream = { id: `intake.application.tenant-a.${run}-late`, tenantId: 'tenant-a', caseId: `${run}-late` };
    await appendRounds([stream], 2);
    relay = new EventRelay({ store, broker, checkpoints, relayName, topic, streamPrefixes: ['intake.'], logger: silentLogger });
    await relay.start();
    await waitFor('the 2 new events', () => received.length >= before + 2, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.slice(before).map((message) => message.key)).toEqual([stream.caseId, stream.caseId]);
  }, 60_000);

  it('publishes only what it is told to, and checkpoints past the internal facts it skips (ADR 0032)', async () => {
    await relay.stop();
    const before = received.length;
    const caseId = `${run}-internal`;
    const id = `intake.application.tenant-a.${caseId}`;
    await store.appendToStream(
      id,
      [newEvent('CaseNumberAssigned', 'tenant-a', { caseId, note: 0 }), newEvent('CaseNoted', 'tenant-a', { caseId, note: 1 })],
      'no_stream',
    );
    const internalOnly = `intake.person.tenant-a.${caseId}`;
    await store.appendToStream(internalOnly, [newEvent('PersonSeenByTenant', 'tenant-a', { note: 2 })], 'no_stream');
    relay = new EventRelay({
      store,
      broker,
      checkpoints,
      relayName,
      topic,
      streamPrefixes: ['intake.'],
      publishes: (event) => event.type === 'CaseNoted',
      maxBatchSize: 1, // the last batch holds only an internal fact
      logger: silentLogger,
    });
    await relay.start();
    const own = await store.readAll({ streamPrefixes: ['intake.'] });
    await waitFor(
      'the checkpoint past the last, internal, event',
      async () => (await checkpoints.load(relayName)) === own[own.length - 1].globalPosition,
      20_000,
    );
    await waitFor('the published event', () => received.length >= before + 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.slice(before).map((message) => message.headers['event-type'])).toEqual(['CaseNoted']);
  }, 60_000);
});
