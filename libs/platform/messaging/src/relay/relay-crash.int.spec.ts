import { PostgresEventStore } from '@athar/event-store';
import type { RecordedEvent } from '@athar/contracts';
import { Registry } from 'prom-client';
import type { MessageBroker } from '../broker.port';
import { EventConsumer } from '../consumer/event-consumer';
import { createKafkaBroker } from '../kafka/kafka-broker';
import { prometheusMessagingMetrics } from '../metrics/prometheus-metrics';
import { ensureMessagingSchema } from '../postgres/messaging-schema';
import { PgCheckpointStore } from '../postgres/pg-checkpoint-store';
import { PgInbox } from '../postgres/pg-inbox';
import { dropSchemas, KAFKA_BROKERS, PG_URL, runId, silentLogger, testPool } from '../testing/int-env';
import { newEvent } from '../testing/new-event';
import { RelayChildProcess } from '../testing/relay-child-process';
import { waitFor } from '../testing/wait-for';

/**
 * The relay's promise under a crash: a relay process is SIGKILLed while it publishes, a new one
 * takes over from the checkpoint, and a consumer with its inbox applies every event exactly once,
 * in per-case order, although the topic holds some events twice.
 */
const CASES = 20;
const EVENTS_PER_CASE = 25;
const TOTAL = CASES * EVENTS_PER_CASE;
const BATCH_SIZE = 25;
/** Checkpoint writes of the first relay are held back this long after Kafka's acknowledgement... */
const CHECKPOINT_DELAY_MS = 300;
/** ...and it is killed when Kafka has acknowledged this many batches: the last one is not checkpointed. */
const KILL_AT_ACKNOWLEDGED_BATCH = 4;

const run = runId();
const groupId = `${run}.eligibility`;
const storeSchema = `${run}_es`;
const messagingSchema = `${run}_msg`;

const pool = testPool();
const store = new PostgresEventStore({ connectionString: PG_URL, schema: storeSchema, pool: { max: 4 } });
const checkpoints = new PgCheckpointStore(pool, messagingSchema);
const registry = new Registry();
let broker: MessageBroker;
let consumer: EventConsumer;
const children: RelayChildProcess[] = [];

/** What the consumer's handler did: applications per event id and the revisions seen per stream, in order. */
const applications = new Map<string, number>();
const revisionsByStream = new Map<string, number[]>();

interface RelaySetup {
  context: 'intake' | 'feedback';
  topic: string;
  relayName: string;
}

const intake: RelaySetup = { context: 'intake', topic: `${run}.intake.events`, relayName: `${run}.intake` };
const feedback: RelaySetup = { context: 'feedback', topic: `${run}.feedback.events`, relayName: `${run}.feedback` };

function startRelayChild(setup: RelaySetup, checkpointDelayMs: number): RelayChildProcess {
  const child = new RelayChildProcess({
    ATHAR_PG_URL: PG_URL,
    KAFKA_BROKERS,
    RELAY_NAME: setup.relayName,
    RELAY_TOPIC: setup.topic,
    RELAY_STREAM_PREFIX: `${setup.context}.`,
    EVENT_STORE_SCHEMA: storeSchema,
    MESSAGING_SCHEMA: messagingSchema,
    RELAY_BATCH_SIZE: String(BATCH_SIZE),
    RELAY_CHECKPOINT_DELAY_MS: String(checkpointDelayMs),
  });
  children.push(child);
  return child;
}

/** 25 rounds; each appends one event to each of the 20 case streams, the streams concurrently. */
async function appendAll(setup: RelaySetup): Promise<void> {
  for (let round = 0; round < EVENTS_PER_CASE; round += 1) {
    await Promise.all(
      Array.from({ length: CASES }, (_, n) =>
        store.appendToStream(
          `${setup.context}.case.tenant-a.${run}-${n}`,
          [newEvent(eventType(setup), 'tenant-a', { caseId: `${run}-${setup.context}-case-${n}`, round })],
          round === 0 ? 'no_stream' : round - 1,
        ),
      ),
    );
  }
}

/** One event type per scenario, so the consumer's per-type metrics tell the two apart. */
function eventType(setup: RelaySetup): string {
  return setup.context === 'intake' ? 'CaseNoted' : 'SurveyNoted';
}

async function metricValue(name: string, setup: RelaySetup): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) return 0;
  const samples = (await metric.get()).values.filter((sample) => sample.labels['type'] === eventType(setup));
  return samples.reduce((sum, sample) => sum + sample.value, 0);
}

/** Waits until the consumer went through every message on the setup's topic, and returns their number. */
async function consumeEverything(setup: RelaySetup): Promise<number> {
  const published = await broker.countMessages(setup.topic);
  await waitFor(
    'the consumer to go through every published message',
    async () =>
      (await metricValue('athar_consumer_events_handled_total', setup)) + (await metricValue('athar_consumer_duplicates_skipped_total', setup)) === published,
    60_000,
  );
  return published;
}

/** Every event of the context applied exactly once, and each case's events in stream order. */
function expectAppliedExactlyOnceInOrder(all: RecordedEvent[], setup: RelaySetup): void {
  expect(all.filter((event) => applications.get(event.eventId) !== 1)).toEqual([]);
  const streams = [...revisionsByStream.entries()].filter(([streamId]) => streamId.startsWith(`${setup.context}.`));
  expect(streams).toHaveLength(CASES);
  for (const [, revisions] of streams) expect(revisions).toEqual(Array.from({ length: EVENTS_PER_CASE }, (_, i) => i));
}

beforeAll(async () => {
  broker = createKafkaBroker({ brokers: KAFKA_BROKERS.split(','), clientId: run, logger: silentLogger });
  await Promise.all([
    store.ensureSchema(),
    ensureMessagingSchema(pool, messagingSchema),
    broker.ensureTopics([intake.topic, feedback.topic], { partitions: 3 }),
  ]);
  consumer = new EventConsumer({
    broker,
    inbox: new PgInbox(pool, messagingSchema),
    groupId,
    topics: [intake.topic, feedback.topic],
    deadLetterTopic: `${run}.dead-letter`, // never used: no handler fails here
    subscription: { sessionTimeoutMs: 6_000, rebalanceTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 },
    metrics: prometheusMessagingMetrics(registry),
    logger: silentLogger,
  });
  const apply = async (event: RecordedEvent): Promise<void> => {
    applications.set(event.eventId, (applications.get(event.eventId) ?? 0) + 1);
    const revisions = revisionsByStream.get(event.streamId) ?? [];
    revisions.push(event.revision);
    revisionsByStream.set(event.streamId, revisions);
  };
  consumer.on(eventType(intake), apply).on(eventType(feedback), apply);
  await consumer.start();
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(children.map((child) => child.exited));
  await consumer?.stop();
  await store.close();
  await broker?.deleteConsumerGroups([groupId]).catch(() => undefined);
  await broker?.deleteTopics([intake.topic, feedback.topic]);
  await dropSchemas(pool, [storeSchema, messagingSchema]);
  await pool.end();
}, 60_000);

it('relay killed mid-stream and restarted: no event lost, none applied twice (count them)', async () => {
  const started = Date.now();
  const first = startRelayChild(intake, CHECKPOINT_DELAY_MS);
  await first.waitFor('the first relay to start', () => first.count('started') === 1);
  const appending = appendAll(intake); // the relay follows the store while events are being written

  await first.waitFor(`batch ${KILL_AT_ACKNOWLEDGED_BATCH} to be acknowledged`, () => first.count('acknowledged') >= KILL_AT_ACKNOWLEDGED_BATCH);
  first.kill('SIGKILL');
  expect((await first.exited).signal).toBe('SIGKILL');
  const acknowledgedAtKill = first.last('acknowledged')!.position;
  const checkpointAtKill = await checkpoints.load(intake.relayName);
  await appending;

  const all = await store.readAll({ streamPrefixes: ['intake.'], maxCount: TOTAL + 1 });
  expect(all).toHaveLength(TOTAL);
  const lastPosition = all[all.length - 1].globalPosition;
  // The kill landed between Kafka's acknowledgement and the checkpoint: that batch will be re-sent.
  expect(BigInt(checkpointAtKill)).toBeLessThan(BigInt(acknowledgedAtKill));
  expect(BigInt(acknowledgedAtKill)).toBeLessThan(BigInt(lastPosition));

  const second = startRelayChild(intake, 0);
  await second.waitFor('the second relay to reach the end of the store', () => second.last('checkpointed')?.position === lastPosition, 60_000);
  expect(second.reports.find((report) => report.kind === 'started')?.position).toBe(checkpointAtKill);
  const published = await consumeEverything(intake);
  second.kill('SIGTERM');
  await second.exited;
  expect(second.last('stopped')?.position).toBe(lastPosition);

  expectAppliedExactlyOnceInOrder(all, intake);
  // The topic holds duplicates, exactly the batch acknowledged but not checkpointed, and the inbox absorbed them.
  const duplicates = published - TOTAL;
  const resent = all.filter((event) => BigInt(event.globalPosition) > BigInt(checkpointAtKill) && BigInt(event.globalPosition) <= BigInt(acknowledgedAtKill));
  expect(duplicates).toBeGreaterThan(0);
  expect(duplicates).toBe(resent.length);
  expect(await metricValue('athar_consumer_duplicates_skipped_total', intake)).toBe(duplicates);
  expect(await metricValue('athar_consumer_events_handled_total', intake)).toBe(TOTAL);
  console.info(
    `relay crash test (kill between ack and checkpoint): ${TOTAL} events, ${published} messages on the topic, ` +
      `${duplicates} duplicates (checkpoint ${checkpointAtKill}, acknowledged ${acknowledgedAtKill}), all absorbed; ${Date.now() - started} ms`,
  );
}, 120_000);

it('relay killed at arbitrary moments, three times over: still every event exactly once, in order', async () => {
  const started = Date.now();
  const appending = appendAll(feedback);
  const killedAt: string[] = [];
  for (let kill = 0; kill < 3; kill += 1) {
    const child = startRelayChild(feedback, 0);
    await child.waitFor('a first acknowledged batch', () => child.count('acknowledged') >= 1);
    // Anywhere in the publish / acknowledge / checkpoint cycle, not aimed at a window.
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 30)));
    child.kill('SIGKILL');
    await child.exited;
    killedAt.push(`${child.last('acknowledged')?.position}/${await checkpoints.load(feedback.relayName)}`);
  }
  await appending;
  const all = await store.readAll({ streamPrefixes: ['feedback.'], maxCount: TOTAL + 1 });
  expect(all).toHaveLength(TOTAL);
  const last = startRelayChild(feedback, 0);
  await last.waitFor('the last relay to reach the end', () => last.last('checkpointed')?.position === all[all.length - 1].globalPosition, 60_000);
  const published = await consumeEverything(feedback);
  last.kill('SIGTERM');
  await last.exited;

  expectAppliedExactlyOnceInOrder(all, feedback);
  expect(await metricValue('athar_consumer_events_handled_total', feedback)).toBe(TOTAL);
  expect(await metricValue('athar_consumer_duplicates_skipped_total', feedback)).toBe(published - TOTAL);
  console.info(
    `relay crash test (3 arbitrary kills, acknowledged/checkpoint at each: ${killedAt.join(', ')}): ${TOTAL} events, ` +
      `${published} messages, ${published - TOTAL} duplicates, all absorbed; ${Date.now() - started} ms`,
  );
}, 120_000);
