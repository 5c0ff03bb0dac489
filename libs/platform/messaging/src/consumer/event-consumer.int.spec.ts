import { DEAD_LETTER_HEADERS, EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import type { IncomingMessage, MessageBroker, MessagePublisher, MessageSubscriber, OutgoingMessage } from '../broker.port';
import { createKafkaBroker } from '../kafka/kafka-broker';
import type { ConsumerMetrics } from '../metrics/messaging-metrics';
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
const counts = { handled: 0, duplicates: 0, retried: 0, deadLettered: 0 };
const metrics: ConsumerMetrics = {
  handled: () => void (counts.handled += 1),
  duplicateSkipped: () => void (counts.duplicates += 1),
  retried: () => void (counts.retried += 1),
  deadLettered: () => void (counts.deadLettered += 1),
  ignored: () => undefined,
};

function bump(map: Map<string, number>, id: string): number {
  const next = (map.get(id) ?? 0) + 1;
  map.set(id, next);
  return next;
}

function event(type: string, caseId: string): RecordedEvent {
  return recordedEvent({ type, tenantId: 'tenant-a', data: { caseId }, streamId: `intake.application.tenant-a.${caseId}` });
}

const deadLetterOf = (eventId: string): IncomingMessage | undefined =>
  deadLetters.find((message) => message.headers[EVENT_HEADERS.eventId] === eventId);

beforeAll(async () => {
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
    subscription: { sessionTimeoutMs: 6_000, rebalanceTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 },
    metrics,
    logger: silentLogger,
  });
  consumer
    .on('Counted', async (e) => void bump(applied, e.eventId))
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
});
