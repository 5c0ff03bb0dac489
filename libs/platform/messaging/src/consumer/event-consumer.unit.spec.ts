import { DEAD_LETTER_HEADERS, EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import type { IncomingMessage } from '../broker.port';
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
  deliver: (message: IncomingMessage) => Promise<void>;
  heartbeats: () => number;
}

async function started(maxAttempts = 3): Promise<Harness> {
  const broker = new FakeBroker();
  const inbox = new MemoryInbox();
  const consumer = new EventConsumer({
    broker,
    inbox,
    groupId: 'athar.eligibility',
    topics: ['athar.intake.events'],
    deadLetterTopic: 'dlq',
    maxAttempts,
    backoff: { initialMs: 1, factor: 2, maxMs: 4 },
    logger: silent,
  });
  let beats = 0;
  await consumer.start();
  const handler = broker.handler;
  if (handler === null) throw new Error('not subscribed');
  const deliver = (message: IncomingMessage): Promise<void> => handler(message, { heartbeat: async () => void (beats += 1) });
  return { consumer, broker, inbox, deliver, heartbeats: () => beats };
}

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

  it('does not dead-letter an event whose handler failed because an engine is down: it is redelivered', async () => {
    const { consumer, broker, deliver, inbox } = await started(3);
    let calls = 0;
    consumer.on('ApplicationSubmitted', async () => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('Server selection timed out after 5000 ms'), { name: 'MongoServerSelectionError' });
    });
    const event = recordedEvent();
    await expect(deliver(incoming(event, '9'))).rejects.toThrow(/Server selection/);
    expect(broker.publisher.messages('dlq')).toEqual([]);
    expect(inbox.handled.size).toBe(0);
    // The broker redelivers the uncommitted message once the engine is back.
    await deliver(incoming(event, '9'));
    expect(calls).toBe(2);
    expect(inbox.handled.size).toBe(1);
  });
});
