import { DEAD_LETTER_HEADERS, EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import { Metadata, status } from '@grpc/grpc-js';
import { callErrorFromStatus } from '@grpc/grpc-js/build/src/call';
import { ServiceError } from '@temporalio/client';
import { DatabaseError } from 'pg';
import { isRedelivery, type IncomingMessage, type Redelivery } from '../broker.port';
import { noopMetrics, type ConsumerMetrics } from '../metrics/messaging-metrics';
import { toOutgoingMessage } from '../relay/event-message';
import { FakeBroker, MemoryInbox, recordedEvent } from '../testing/fakes';
import { EventConsumer } from './event-consumer';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

function incoming(event: RecordedEvent, offset = '0', headerOverrides: Record<string, string> = {}): IncomingMessage {
  const outgoing = toOutgoingMessage(event);
  return {
    topic: 'athar.intake.events',
    partition: 0,
    offset,
    key: outgoing.key,
    value: Buffer.from(String(outgoing.value)),
    headers: { ...outgoing.headers, ...headerOverrides },
  };
}

interface Harness {
  consumer: EventConsumer;
  broker: FakeBroker;
  inbox: MemoryInbox;
  /** Hands a message to the consumer as the subscriber would. */
  deliver: (message: IncomingMessage) => Promise<void | Redelivery>;
  heartbeats: () => number;
  outageRetries: string[];
  logs: Array<{ message: string; fields?: Record<string, unknown> }>;
}

async function started(maxAttempts = 3, backoff = { initialMs: 1, factor: 2, maxMs: 4 }, moreMetrics: Partial<ConsumerMetrics> = {}): Promise<Harness> {
  const broker = new FakeBroker();
  const inbox = new MemoryInbox();
  const outageRetries: string[] = [];
  const logs: Harness['logs'] = [];
  const metrics: ConsumerMetrics = { ...noopMetrics, outageRetried: (group, reason) => void outageRetries.push(`${group}:${reason}`), ...moreMetrics };
  const consumer = new EventConsumer({
    broker,
    inbox,
    groupId: 'athar.eligibility',
    topics: ['athar.intake.events'],
    deadLetterTopic: 'dlq',
    maxAttempts,
    backoff,
    outageBackoff: { initialMs: 1_000, factor: 2, maxMs: 30_000 },
    metrics,
    logger: { ...silent, info: (message, fields) => void logs.push({ message, fields }), warn: (message, fields) => void logs.push({ message, fields }) },
  });
  let beats = 0;
  await consumer.start();
  const handler = broker.handler;
  if (handler === null) throw new Error('not subscribed');
  const deliver = (message: IncomingMessage): Promise<void | Redelivery> => handler(message, { heartbeat: async () => void (beats += 1) });
  return { consumer, broker, inbox, deliver, heartbeats: () => beats, outageRetries, logs };
}

/** What Temporal's client raises when the frontend cannot be reached (gRPC UNAVAILABLE in a ServiceError). */
const temporalDown = (): ServiceError =>
  new ServiceError('Failed to start Workflow', {
    cause: callErrorFromStatus({ code: status.UNAVAILABLE, details: 'No connection established', metadata: new Metadata() }, ''),
  });
const postgresShutdown = (): DatabaseError =>
  Object.assign(new DatabaseError('terminating connection due to administrator command', 100, 'error'), { code: '57P01', severity: 'FATAL' });

describe('EventConsumer (in memory)', () => {
  it('routes by type, handles an event once, and ignores types it has no handler for', async () => {
    const { consumer, broker, deliver } = await started();
    const seen: string[] = [];
    consumer.on('ApplicationSubmitted', async (event, context) => void seen.push(`${event.eventId}@${context.offset}`));
    const event = recordedEvent();
    await deliver(incoming(event, '1'));
    await deliver(incoming(event, '2'));
    await deliver(incoming(recordedEvent({ type: 'SurveySent' }), '3'));
    expect(seen).toEqual([`${event.eventId}@1`]);
    expect(broker.publisher.sent).toEqual([]);
  });

  it('retries a failing handler with heartbeats, then dead-letters it with the error and attempts', async () => {
    const { consumer, broker, deliver, inbox, heartbeats } = await started(3);
    let calls = 0;
    consumer.on('ApplicationSubmitted', async () => {
      calls += 1;
      throw new Error(`failure ${calls}`);
    });
    const event = recordedEvent();
    await deliver(incoming(event, '7'));
    expect(calls).toBe(3);
    expect(heartbeats()).toBe(2);
    expect(inbox.handled.size).toBe(0);
    const [dead] = broker.publisher.messages('dlq');
    expect(dead.headers).toMatchObject({
      [DEAD_LETTER_HEADERS.error]: 'failure 3',
      [DEAD_LETTER_HEADERS.attempts]: '3',
      [DEAD_LETTER_HEADERS.originalOffset]: '7',
      [DEAD_LETTER_HEADERS.consumerGroup]: 'athar.eligibility',
      [EVENT_HEADERS.eventId]: event.eventId,
    });
  });

  it('handles once a handler that fails twice then succeeds', async () => {
    const { consumer, broker, deliver, inbox } = await started(5);
    let calls = 0;
    consumer.on('ApplicationSubmitted', async () => {
      calls += 1;
      if (calls <= 2) throw new Error('not yet');
    });
    await deliver(incoming(recordedEvent()));
    expect(calls).toBe(3);
    expect(inbox.handled.size).toBe(1);
    expect(broker.publisher.sent).toEqual([]);
  });

  it('skips unread a message whose event-type header names a type it has no handler for, even one that would not parse', async () => {
    const ignored: string[] = [];
    const { consumer, broker, deliver, inbox } = await started(3, undefined, { ignored: (_group, type) => void ignored.push(type) });
    consumer.on('ApplicationSubmitted', async () => undefined);
    const unparseable = { ...incoming(recordedEvent({ type: 'SurveySent' })), value: Buffer.from('{not json') };
    await expect(deliver(unparseable)).resolves.toBeUndefined();
    expect(ignored).toEqual(['SurveySent']);
    expect(broker.publisher.sent).toEqual([]);
    expect(inbox.handled.size).toBe(0);
  });

  it('dead-letters at once a message whose event-type header disagrees with its payload, without calling the handler', async () => {
    const { consumer, broker, deliver } = await started();
    const handler = jest.fn(async () => undefined);
    consumer.on('ApplicationSubmitted', handler);
    consumer.on('SurveySent', handler);
    await deliver(incoming(recordedEvent({ type: 'SurveySent' }), '0', { [EVENT_HEADERS.eventType]: 'ApplicationSubmitted' }));
    expect(handler).not.toHaveBeenCalled();
    const [dead] = broker.publisher.messages('dlq');
    expect(dead.headers[DEAD_LETTER_HEADERS.error]).toMatch(/event-type header "ApplicationSubmitted" disagrees with payload type "SurveySent"/);
  });

  it('dead-letters a tenant mismatch at once, without calling the handler', async () => {
    const { consumer, broker, deliver } = await started();
    const handler = jest.fn(async () => undefined);
    consumer.on('ApplicationSubmitted', handler);
    await deliver(incoming(recordedEvent({ tenantId: 'tenant-a' }), '0', { [EVENT_HEADERS.tenantId]: 'tenant-b' }));
    expect(handler).not.toHaveBeenCalled();
    expect(broker.publisher.messages('dlq')[0].headers[DEAD_LETTER_HEADERS.attempts]).toBe('0');
  });

  it('does not dead-letter when the inbox itself fails: the message stays uncommitted for redelivery', async () => {
    const { consumer, broker, deliver, inbox } = await started();
    consumer.on('ApplicationSubmitted', async () => undefined);
    inbox.handleOnce = async () => {
      throw new Error('database down');
    };
    await expect(deliver(incoming(recordedEvent()))).rejects.toThrow('database down');
    expect(broker.publisher.sent).toEqual([]);
  });

  it('refuses a second handler for one type', async () => {
    const { consumer } = await started();
    consumer.on('X', async () => undefined);
    expect(() => consumer.on('X', async () => undefined)).toThrow(/already has a handler/);
  });

  describe('an engine outage', () => {
    it('holds the message instead of retrying in place or dead-lettering it: one try, then a redelivery later', async () => {
      const { consumer, broker, deliver, inbox, outageRetries, logs } = await started(3);
      let calls = 0;
      consumer.on('ApplicationSubmitted', async () => {
        calls += 1;
        throw temporalDown();
      });
      const event = recordedEvent();
      const outcome = await deliver(incoming(event, '7'));
      expect(isRedelivery(outcome)).toBe(true);
      expect(calls).toBe(1);
      expect(broker.publisher.sent).toEqual([]);
      expect(inbox.handled.size).toBe(0);
      expect(outageRetries).toEqual(['athar.eligibility:temporal']);
      expect(logs.at(-1)).toMatchObject({
        message: 'engine unavailable: partition paused, message held for retry',
        fields: {
          group: 'athar.eligibility',
          partition: 0,
          offset: '7',
          eventId: event.eventId,
          type: 'ApplicationSubmitted',
          reason: 'temporal',
          detail: 'grpc UNAVAILABLE',
          try: 1,
        },
      });
    });

    it('never dead-letters it, however long the outage, and backs off up to the cap', async () => {
      const { consumer, broker, deliver } = await started(3);
      consumer.on('ApplicationSubmitted', async () => {
        throw temporalDown();
      });
      const message = incoming(recordedEvent(), '3');
      const waits: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const outcome = await deliver(message);
        if (!isRedelivery(outcome)) throw new Error('expected a redelivery');
        waits.push(outcome.redeliverAfterMs);
      }
      expect(broker.publisher.sent).toEqual([]);
      // Jittered between half and all of 1 s, 2 s, 4 s … capped at 30 s.
      expect(waits[0]).toBeGreaterThanOrEqual(500);
      expect(waits[0]).toBeLessThanOrEqual(1_000);
      expect(waits[3]).toBeGreaterThanOrEqual(4_000);
      expect(Math.max(...waits)).toBeLessThanOrEqual(30_000);
      expect(Math.min(...waits.slice(10))).toBeGreaterThanOrEqual(15_000);
    });

    it('handles the held message once when the engine is back, and logs the recovery', async () => {
      const { consumer, broker, deliver, inbox, logs } = await started(3);
      let calls = 0;
      consumer.on('ApplicationSubmitted', async () => {
        calls += 1;
        if (calls <= 5) throw temporalDown();
      });
      const message = incoming(recordedEvent(), '9');
      for (let i = 0; i < 5; i += 1) expect(isRedelivery(await deliver(message))).toBe(true);
      expect(await deliver(message)).toBeUndefined();
      expect(calls).toBe(6);
      expect(inbox.handled.size).toBe(1);
      expect(broker.publisher.sent).toEqual([]);
      expect(logs.at(-1)).toMatchObject({
        message: 'engine back: held message handled, partition resumed',
        fields: { offset: '9', tries: 5, reason: 'temporal' },
      });
    });

    it('holds the message when the inbox itself cannot reach PostgreSQL, instead of failing the fetch', async () => {
      const { consumer, broker, deliver, inbox, outageRetries } = await started();
      consumer.on('ApplicationSubmitted', async () => undefined);
      inbox.handleOnce = async () => {
        throw postgresShutdown();
      };
      expect(isRedelivery(await deliver(incoming(recordedEvent())))).toBe(true);
      expect(outageRetries).toEqual(['athar.eligibility:postgres']);
      expect(broker.publisher.sent).toEqual([]);
    });

    it('an outage on a later try of a failing message holds it too: the poison tries do not run out meanwhile', async () => {
      const { consumer, broker, deliver } = await started(2);
      let calls = 0;
      consumer.on('ApplicationSubmitted', async () => {
        calls += 1;
        throw calls === 1 ? new Error('not yet') : temporalDown();
      });
      expect(isRedelivery(await deliver(incoming(recordedEvent())))).toBe(true);
      expect(calls).toBe(2);
      expect(broker.publisher.sent).toEqual([]);
    });

    it('reports paused partitions through the subscriber to the gauge', async () => {
      const broker = new FakeBroker();
      const counts: number[] = [];
      const consumer = new EventConsumer({
        broker,
        inbox: new MemoryInbox(),
        groupId: 'athar.feedback',
        topics: ['t'],
        metrics: { ...noopMetrics, pausedPartitions: (group, count) => void counts.push(count) },
        logger: silent,
      });
      await consumer.start();
      broker.subscriberOptions?.onPausedPartitions?.(2);
      broker.subscriberOptions?.onPausedPartitions?.(0);
      expect(counts).toEqual([2, 0]);
    });
  });

  it("stops promptly in the middle of a poison message's tries, leaving it uncommitted", async () => {
    const { consumer, broker, deliver } = await started(5, { initialMs: 60_000, factor: 1, maxMs: 60_000 });
    consumer.on('ApplicationSubmitted', async () => {
      throw new Error('bug');
    });
    const delivered = deliver(incoming(recordedEvent()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const began = Date.now();
    await consumer.stop();
    expect(isRedelivery(await delivered)).toBe(true);
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(broker.publisher.sent).toEqual([]);
  });
});
