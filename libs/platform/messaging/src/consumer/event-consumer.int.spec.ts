import { createServer } from 'node:net';
import { DEAD_LETTER_HEADERS, EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import type { IncomingMessage, MessageBroker, MessagePublisher, MessageSubscriber, OutgoingMessage } from '../broker.port';
import { createKafkaBroker } from '../kafka/kafka-broker';
import type { ConsumerMetrics } from '../metrics/messaging-metrics';
import { prometheusMessagingMetrics } from '../metrics/prometheus-metrics';
import { ensureMessagingSchema } from '../postgres/messaging-schema';
import { PgInbox } from '../postgres/pg-inbox';
import { toOutgoingMessage } from '../relay/event-message';
import { recordedEvent } from '../testing/fakes';
import { dropSchemas, KAFKA_BROKERS, runId, silentLogger, testPool } from '../testing/int-env';
import { waitFor } from '../testing/wait-for';
import { EventConsumer } from './event-consumer';

/**
 * One consumer group for the whole file (group joins are the slow part); each test uses its own
 * event types and case ids so they do not see each other's messages.
 */
const run = runId();
const topic = `${run}.intake.events`;
const deadLetterTopic = `${run}.dead-letter`;
const groupId = `${run}.eligibility`;
const readerGroupId = `${run}.dead-letter-reader`;
const schema = `${run}_msg`;
const MAX_ATTEMPTS = 3;
/** The session timeout of the group: a single try of a handler may take longer than this. */
const SESSION_TIMEOUT_MS = 6_000;

const pool = testPool();
const inbox = new PgInbox(pool, schema);
let broker: MessageBroker;
let consumer: EventConsumer;
let publisher: MessagePublisher;
let deadLetterReader: MessageSubscriber;
const deadLetters: IncomingMessage[] = [];

/** Applications and attempts per event id, as the handlers saw them. */
const applied = new Map<string, number>();
const attempts = new Map<string, number>();
/** Where each event was handled: topic-partition, and when. */
const handledAt = new Map<string, { partition: number; at: number }>();
const counts = { handled: 0, duplicates: 0, retried: 0, deadLettered: 0 };
const registry = new Registry();
const prometheus = prometheusMessagingMetrics(registry);
const metrics: ConsumerMetrics = {
  ...prometheus,
  handled: (group, type) => {
    counts.handled += 1;
    prometheus.handled(group, type);
  },
  duplicateSkipped: (group, type) => {
    counts.duplicates += 1;
    prometheus.duplicateSkipped(group, type);
  },
  retried: (group, type) => {
    counts.retried += 1;
    prometheus.retried(group, type);
  },
  deadLettered: (group, reason) => {
    counts.deadLettered += 1;
    prometheus.deadLettered(group, reason);
  },
};

async function metricValue(name: string, labels: Record<string, string>): Promise<number> {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  const sample = (metric?.values ?? []).find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return sample?.value ?? 0;
}

/** While true, `OutageThenOk` fails with the error node-postgres raises when PostgreSQL is not there. */
let engineDown = false;
let engineDownError: unknown;

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function bump(map: Map<string, number>, id: string): number {
  const next = (map.get(id) ?? 0) + 1;
  map.set(id, next);
  return next;
}

function event(type: string, caseId: string): RecordedEvent {
  return recordedEvent({ type, tenantId: 'tenant-a', data: { caseId }, streamId: `intake.application.tenant-a.${caseId}` });
}

const deadLetterOf = (eventId: string): IncomingMessage | undefined => deadLetters.find((message) => message.headers[EVENT_HEADERS.eventId] === eventId);

beforeAll(async () => {
  // The real refusal, from the real client: what a handler sees while its database is down.
  engineDownError = await new Client({ connectionString: `postgres://athar:athar@127.0.0.1:${await closedPort()}/athar` }).connect().then(
    () => new Error('expected a refused connection'),
    (error: unknown) => error,
  );
  broker = createKafkaBroker({ brokers: KAFKA_BROKERS.split(','), clientId: run, logger: silentLogger });
  await Promise.all([broker.ensureTopics([topic, deadLetterTopic], { partitions: 3 }), ensureMessagingSchema(pool, schema)]);
  publisher = broker.createPublisher();
  consumer = new EventConsumer({
    broker,
    inbox,
    groupId,
    topics: [topic],
    deadLetterTopic,
    maxAttempts: MAX_ATTEMPTS,
    backoff: { initialMs: 20, factor: 2, maxMs: 100 },
    outageBackoff: { initialMs: 100, factor: 2, maxMs: 400 },
    subscription: { sessionTimeoutMs: SESSION_TIMEOUT_MS, rebalanceTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 },
    metrics,
    logger: silentLogger,
  });
  consumer
    .on('Counted', async (e, context) => {
      bump(applied, e.eventId);
      handledAt.set(e.eventId, { partition: context.partition, at: Date.now() });
    })
    .on('OutageThenOk', async (e, context) => {
      bump(attempts, e.eventId);
      if (engineDown) throw engineDownError;
      bump(applied, e.eventId);
      handledAt.set(e.eventId, { partition: context.partition, at: Date.now() });
    })
    .on('SlowerThanTheSession', async (e) => {
      await new Promise((resolve) => setTimeout(resolve, SESSION_TIMEOUT_MS + 2_000));
      bump(applied, e.eventId);
    })
    .on('AlwaysFails', async (e) => {
      bump(attempts, e.eventId);
      throw new Error('handler exploded');
    })
    .on('FailsTwice', async (e) => {
      if (bump(attempts, e.eventId) <= 2) throw new Error('not yet');
      bump(applied, e.eventId);
    });
  deadLetterReader = broker.createSubscriber({ groupId: readerGroupId, sessionTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 });
  await Promise.all([consumer.start(), deadLetterReader.start([deadLetterTopic], async (message) => void deadLetters.push(message))]);
}, 60_000);

afterAll(async () => {
  await consumer?.stop();
  await deadLetterReader?.stop();
  await publisher?.close();
  await broker?.deleteConsumerGroups([groupId, readerGroupId]).catch(() => undefined);
  await broker?.deleteTopics([topic, deadLetterTopic]);
  await dropSchemas(pool, [schema]);
  await pool.end();
}, 60_000);

describe('EventConsumer against Kafka and PostgreSQL', () => {
  it('inbox: the same event delivered twice is handled once', async () => {
    const twice = event('Counted', 'case-dup');
    const before = counts.duplicates;
    await publisher.publish(topic, [toOutgoingMessage(twice)]);
    await publisher.publish(topic, [toOutgoingMessage(twice)]);
    await waitFor('the second delivery to be skipped', () => counts.duplicates === before + 1);
    expect(applied.get(twice.eventId)).toBe(1);
    expect(await inbox.has(groupId, twice.eventId)).toBe(true);
  });

  it('a handler that always fails is dead-lettered after N attempts, and the consumer goes on', async () => {
    const failing = event('AlwaysFails', 'case-fail');
    const next = event('Counted', 'case-fail'); // same key: same partition, queued behind the failing one
    await publisher.publish(topic, [toOutgoingMessage(failing), toOutgoingMessage(next)]);
    await waitFor('the next message to be handled', () => applied.get(next.eventId) === 1);
    await waitFor('the dead letter to arrive', () => deadLetterOf(failing.eventId) !== undefined);

    expect(attempts.get(failing.eventId)).toBe(MAX_ATTEMPTS);
    const dead = deadLetterOf(failing.eventId)!;
    expect(dead.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.error]: 'handler exploded',
      [DEAD_LETTER_HEADERS.attempts]: String(MAX_ATTEMPTS),
      [DEAD_LETTER_HEADERS.originalTopic]: topic,
      [DEAD_LETTER_HEADERS.consumerGroup]: groupId,
      [EVENT_HEADERS.tenantId]: 'tenant-a',
      [EVENT_HEADERS.eventType]: 'AlwaysFails',
    });
    expect(dead.headers[DEAD_LETTER_HEADERS.originalPartition]).toMatch(/^\d+$/);
    expect(dead.headers[DEAD_LETTER_HEADERS.originalOffset]).toMatch(/^\d+$/);
    expect(Date.parse(dead.headers[DEAD_LETTER_HEADERS.failedAt])).not.toBeNaN();
    expect(dead.key).toBe('case-fail');
    expect(JSON.parse(String(dead.value))).toEqual(failing);
    expect(await inbox.has(groupId, failing.eventId)).toBe(false);
  });

  it('a handler that fails twice then succeeds is handled once, and not dead-lettered', async () => {
    const flaky = event('FailsTwice', 'case-flaky');
    await publisher.publish(topic, [toOutgoingMessage(flaky)]);
    await waitFor('the third attempt to succeed', () => applied.get(flaky.eventId) === 1);
    expect(attempts.get(flaky.eventId)).toBe(3);
    expect(await inbox.has(groupId, flaky.eventId)).toBe(true);
    expect(deadLetterOf(flaky.eventId)).toBeUndefined();
  });

  it('a tenant header that disagrees with the payload goes straight to the dead-letter topic', async () => {
    const spoofed = event('Counted', 'case-spoof');
    const message: OutgoingMessage = toOutgoingMessage(spoofed);
    message.headers[EVENT_HEADERS.tenantId] = 'tenant-b';
    await publisher.publish(topic, [message]);
    await waitFor('the dead letter to arrive', () => deadLetterOf(spoofed.eventId) !== undefined);
    const dead = deadLetterOf(spoofed.eventId)!;
    expect(dead.headers[DEAD_LETTER_HEADERS.attempts]).toBe('0');
    expect(dead.headers[DEAD_LETTER_HEADERS.error]).toMatch(/disagrees with payload tenantId/);
    expect(dead.headers[EVENT_HEADERS.tenantId]).toBe('tenant-b');
    expect(applied.has(spoofed.eventId)).toBe(false);
  });

  it('a message that is not JSON goes straight to the dead-letter topic, byte for byte', async () => {
    const garbage = Buffer.from([0x7b, 0x22, 0xff, 0x00]);
    await publisher.publish(topic, [{ key: 'case-garbage', value: garbage, headers: { [EVENT_HEADERS.eventId]: `${run}-garbage` } }]);
    await waitFor('the dead letter to arrive', () => deadLetterOf(`${run}-garbage`) !== undefined);
    const dead = deadLetterOf(`${run}-garbage`)!;
    expect(dead.value).toEqual(garbage);
    expect(dead.headers[DEAD_LETTER_HEADERS.error]).toMatch(/not JSON/);
  });

  it('an engine outage holds the message, without dead-lettering it, while the other partitions flow; it is applied once when the engine is back', async () => {
    expect((engineDownError as { code?: string }).code).toBe('ECONNREFUSED');
    const group = { group: groupId };
    const retriesBefore = await metricValue('athar_consumer_outage_retries_total', { ...group, reason: 'network' });
    engineDown = true;
    const held = event('OutageThenOk', 'case-outage');
    const behind = event('Counted', 'case-outage'); // same key: same partition, queued behind the held one
    // Other cases: with 3 partitions, some land on another partition than the held one.
    const others = Array.from({ length: 8 }, (_, i) => event('Counted', `case-elsewhere-${i}`));
    await publisher.publish(topic, [toOutgoingMessage(held), toOutgoingMessage(behind)]);
    await waitFor('the held message to be tried several times', () => (attempts.get(held.eventId) ?? 0) >= 4);
    expect(await metricValue('athar_consumer_paused_partitions', group)).toBe(1);
    await publisher.publish(
      topic,
      others.map((e) => toOutgoingMessage(e)),
    );
    // Those on another partition than the held one are handled meanwhile; those on its partition wait.
    await waitFor('the other partitions to flow', () => others.some((e) => applied.has(e.eventId)));
    const stillHeld = attempts.get(held.eventId)!;
    expect(applied.has(held.eventId)).toBe(false);
    expect(applied.has(behind.eventId)).toBe(false);
    const flowedElsewhere = others.filter((e) => applied.has(e.eventId));
    expect(flowedElsewhere.length).toBeGreaterThan(0);

    engineDown = false;
    await waitFor('the held message to be applied', () => applied.get(held.eventId) === 1);
    await waitFor('the message behind it to be applied', () => applied.get(behind.eventId) === 1);
    await waitFor('every other case to be applied', () => others.every((e) => applied.get(e.eventId) === 1));
    // Per-partition order held: the one behind came after the held one.
    expect(handledAt.get(behind.eventId)!.at).toBeGreaterThanOrEqual(handledAt.get(held.eventId)!.at);
    expect(attempts.get(held.eventId)).toBeGreaterThan(Math.max(stillHeld, MAX_ATTEMPTS));
    expect(applied.get(held.eventId)).toBe(1);
    expect(await inbox.has(groupId, held.eventId)).toBe(true);
    expect(deadLetterOf(held.eventId)).toBeUndefined();
    expect(await metricValue('athar_consumer_outage_retries_total', { ...group, reason: 'network' })).toBeGreaterThanOrEqual(retriesBefore + stillHeld);
    await waitFor('the paused-partitions gauge to fall back to 0', async () => (await metricValue('athar_consumer_paused_partitions', group)) === 0);
  }, 60_000);

  it('a try longer than the session timeout keeps the member in the group: no rebalance, no redelivery', async () => {
    const slow = event('SlowerThanTheSession', 'case-slow');
    const duplicatesBefore = counts.duplicates;
    await publisher.publish(topic, [toOutgoingMessage(slow)]);
    await waitFor('the slow message to be applied', () => applied.get(slow.eventId) === 1, SESSION_TIMEOUT_MS * 3);
    // A member the coordinator gave up on could not commit: the message would come back as a duplicate.
    const after = event('Counted', 'case-slow');
    await publisher.publish(topic, [toOutgoingMessage(after)]);
    await waitFor('the next message to be applied', () => applied.get(after.eventId) === 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(counts.duplicates).toBe(duplicatesBefore);
    expect(applied.get(slow.eventId)).toBe(1);
  }, 60_000);
});
