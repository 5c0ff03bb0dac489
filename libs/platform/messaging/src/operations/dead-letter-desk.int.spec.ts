import { EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import type { MessageBroker, MessagePublisher } from '../broker.port';
import { EventConsumer } from '../consumer/event-consumer';
import { createKafkaBroker } from '../kafka/kafka-broker';
import { ensureMessagingSchema } from '../postgres/messaging-schema';
import { PgInbox } from '../postgres/pg-inbox';
import { toOutgoingMessage } from '../relay/event-message';
import { recordedEvent } from '../testing/fakes';
import { dropSchemas, KAFKA_BROKERS, runId, silentLogger, testPool } from '../testing/int-env';
import { waitFor } from '../testing/wait-for';
import { DEAD_LETTER_ID, DeadLetterDesk } from './dead-letter-desk';
import { inboxSizes } from './messaging-lag';

/**
 * Redrive on real Kafka and PostgreSQL (docs/adr/0045): a poison message is dead-lettered, listed by
 * the desk with why, sent back to its original topic once its handler is fixed, and handled exactly
 * once however many times it is redriven (the consumer group's inbox).
 */
const run = runId();
const topic = `${run}.intake.events`;
const deadLetterTopic = `${run}.dead-letter`;
const groupId = `${run}.eligibility`;
const schema = `${run}_messaging`;
const pool = testPool();
let broker: MessageBroker;
let publisher: MessagePublisher;
let consumer: EventConsumer;
let desk: DeadLetterDesk;
let poisoned = true;
const applied = new Map<string, number>();
const attempts = new Map<string, number>();
const bump = (map: Map<string, number>, id: string): void => void map.set(id, (map.get(id) ?? 0) + 1);

function event(type: string, caseId: string): RecordedEvent {
  return recordedEvent({ type, tenantId: 'tenant-a', data: { caseId }, streamId: `intake.application.tenant-a.${caseId}` });
}

beforeAll(async () => {
  broker = createKafkaBroker({ brokers: KAFKA_BROKERS.split(','), clientId: run, logger: silentLogger });
  await Promise.all([broker.ensureTopics([topic, deadLetterTopic], { partitions: 3 }), ensureMessagingSchema(pool, schema)]);
  publisher = broker.createPublisher();
  consumer = new EventConsumer({
    broker,
    inbox: new PgInbox(pool, schema),
    groupId,
    topics: [topic],
    deadLetterTopic,
    maxAttempts: 2,
    backoff: { initialMs: 20, factor: 2, maxMs: 50 },
    subscription: { sessionTimeoutMs: 6_000, rebalanceTimeoutMs: 6_000, heartbeatIntervalMs: 500, maxWaitTimeMs: 100 },
    logger: silentLogger,
  });
  consumer
    .on('PoisonUntilFixed', async (e) => {
      bump(attempts, e.eventId);
      if (poisoned) throw new Error('handler bug: amount is not a number');
      bump(applied, e.eventId);
    })
    .on('Counted', async (e) => bump(applied, e.eventId));
  desk = new DeadLetterDesk({ brokers: KAFKA_BROKERS.split(','), clientId: run, topic: deadLetterTopic, groupPrefix: `${run}.ops` });
  await Promise.all([consumer.start(), desk.start()]);
}, 60_000);

afterAll(async () => {
  await consumer?.stop();
  await desk?.stop();
  await publisher?.close();
  await broker?.deleteConsumerGroups([groupId]).catch(() => undefined);
  await broker?.deleteTopics([topic, deadLetterTopic]);
  await dropSchemas(pool, [schema]);
  await pool.end();
}, 60_000);

it('a poison message stops only itself; redriven after the fix it is handled once, a second redrive is skipped by the inbox', async () => {
  const poison = event('PoisonUntilFixed', 'case-poison');
  const behind = event('Counted', 'case-poison'); // same key: same partition, queued behind the poison
  await publisher.publish(topic, [toOutgoingMessage(poison), toOutgoingMessage(behind)]);
  await waitFor('the message behind the poison to be handled', () => applied.get(behind.eventId) === 1);

  let letter = undefined as ReturnType<DeadLetterDesk['letters']>[number] | undefined;
  await waitFor('the desk to list the dead letter', async () => {
    await desk.catchUp();
    letter = desk.letters().find((l) => l.eventId === poison.eventId);
    return letter !== undefined;
  });
  expect(letter).toMatchObject({
    originalTopic: topic,
    key: 'case-poison',
    tenantId: 'tenant-a',
    eventType: 'PoisonUntilFixed',
    consumerGroup: groupId,
    error: 'handler bug: amount is not a number',
    attempts: 2,
  });
  expect(letter!.id).toMatch(DEAD_LETTER_ID);
  expect(letter!.firstFailedAt).toBe(letter!.lastFailedAt);
  expect(JSON.stringify(letter)).not.toContain('"data"'); // the payload is not shown
  expect(applied.get(poison.eventId)).toBeUndefined();

  poisoned = false; // the handler is fixed and deployed
  const sent = await desk.redrive(letter!.id);
  expect(sent.topic).toBe(topic);
  await waitFor('the redriven event to be handled', () => applied.get(poison.eventId) === 1);

  const tries = attempts.get(poison.eventId)!;
  await desk.redrive(letter!.id);
  const sentinel = event('Counted', 'case-poison'); // behind the second redrive on the same partition
  await publisher.publish(topic, [toOutgoingMessage(sentinel)]);
  await waitFor('the message behind the second redrive to be handled', () => applied.get(sentinel.eventId) === 1);
  expect(applied.get(poison.eventId)).toBe(1);
  expect(attempts.get(poison.eventId)).toBe(tries); // the inbox skipped it before the handler ran
  expect(await inboxSizes(pool, run)).toEqual([{ group: groupId, events: 3 }]); // poison, behind, sentinel: once each
}, 90_000);

it('lists a letter whose headers name no tenant or type with nulls, not an error', async () => {
  await publisher.publish(deadLetterTopic, [{ key: null, value: Buffer.from('x'), headers: { [EVENT_HEADERS.eventId]: `${run}-bare` } }]);
  await waitFor('the bare letter to be listed', async () => {
    await desk.catchUp();
    return desk.letters().some((l) => l.eventId === `${run}-bare`);
  });
  const bare = desk.letters().find((l) => l.eventId === `${run}-bare`)!;
  expect(bare).toMatchObject({ originalTopic: null, tenantId: null, eventType: null, attempts: null, key: null });
  await expect(desk.redrive(bare.id)).rejects.toThrow(/names no original topic/);
}, 60_000);
