import type { NewEvent, RecordedEvent } from '@athar/contracts';
import type { EventStore, SubscribeOptions, Subscription } from '@athar/event-store';
import type { MessageBroker, MessageHandler, MessagePublisher, MessageSubscriber, OutgoingMessage, SubscriberOptions } from '../broker.port';
import type { Inbox, InboxOutcome } from '../consumer/inbox';
import type { CheckpointStore } from '../relay/checkpoint-store';

/** In-memory stand-ins for the engines, for unit tests of the relay and consumer logic. */

let counter = 0;

export function recordedEvent(overrides: Partial<RecordedEvent> = {}): RecordedEvent {
  counter += 1;
  return {
    eventId: `event-${counter}`,
    type: 'ApplicationSubmitted',
    version: 1,
    tenantId: 'tenant-a',
    occurredAt: '2026-01-01T00:00:00.000Z',
    actor: { id: 'user-1', role: 'applicant', channel: 'website' },
    correlationId: 'corr-1',
    causationId: null,
    data: {},
    streamId: 'intake.application.tenant-a.1',
    revision: 0,
    globalPosition: String(counter),
    recordedAt: '2026-01-01T00:00:00.000Z',
    hash: 'h',
    previousHash: 'p',
    ...overrides,
  };
}

/** Only subscribeToAll is real: it delivers the log after `after`, then new events as they are added. */
export class FakeEventLog implements EventStore {
  readonly events: RecordedEvent[] = [];
  private readonly listeners = new Set<() => void>();

  add(event: RecordedEvent): void {
    this.events.push(event);
    for (const wake of this.listeners) wake();
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    let stopped = false;
    let wake: (() => void) | null = null;
    const listener = (): void => wake?.();
    this.listeners.add(listener);
    const loop = (async () => {
      let after = BigInt(options.after ?? '0');
      while (!stopped) {
        const next = this.events.find(
          (event) => BigInt(event.globalPosition) > after && (options.streamPrefixes ?? ['']).some((prefix) => event.streamId.startsWith(prefix)),
        );
        if (next === undefined) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        after = BigInt(next.globalPosition);
        await options.onEvent(next);
      }
    })();
    return {
      stop: async () => {
        stopped = true;
        this.listeners.delete(listener);
        wake?.();
        await loop;
      },
    };
  }

  appendToStream(_streamId: string, _events: NewEvent[]): never {
    throw new Error('not used');
  }
  readStream(): never {
    throw new Error('not used');
  }
  readStreams(): never {
    throw new Error('not used');
  }
  readAll(): never {
    throw new Error('not used');
  }
  async close(): Promise<void> {}
}

export class RecordingPublisher implements MessagePublisher {
  readonly sent: Array<{ topic: string; messages: OutgoingMessage[] }> = [];
  /** Set to make the next publish calls fail. */
  failNext = 0;
  closed = false;

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    await Promise.resolve();
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('broker unavailable');
    }
    this.sent.push({ topic, messages });
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  messages(topic?: string): OutgoingMessage[] {
    return this.sent.filter((batch) => topic === undefined || batch.topic === topic).flatMap((batch) => batch.messages);
  }
}

export class MemoryCheckpoints implements CheckpointStore {
  readonly saved: string[] = [];
  private readonly positions = new Map<string, string>();

  async load(relayName: string): Promise<string> {
    return this.positions.get(relayName) ?? '0';
  }

  async save(relayName: string, position: string): Promise<void> {
    this.saved.push(position);
    const current = BigInt(this.positions.get(relayName) ?? '0');
    if (BigInt(position) > current) this.positions.set(relayName, position);
  }
}

export class MemoryInbox implements Inbox {
  readonly handled = new Set<string>();

  async handleOnce(group: string, eventId: string, handle: () => Promise<void>): Promise<InboxOutcome> {
    const key = `${group}/${eventId}`;
    if (this.handled.has(key)) return 'duplicate';
    await handle();
    this.handled.add(key);
    return 'handled';
  }
}

/** A broker whose subscriber is driven by the test through `deliver`. */
export class FakeBroker implements MessageBroker {
  readonly publisher = new RecordingPublisher();
  subscriberOptions: SubscriberOptions | null = null;
  handler: MessageHandler | null = null;

  createPublisher(): MessagePublisher {
    return this.publisher;
  }

  createSubscriber(options: SubscriberOptions): MessageSubscriber {
    this.subscriberOptions = options;
    return {
      start: async (_topics, onMessage) => {
        this.handler = onMessage;
      },
      stop: async () => {
        this.handler = null;
      },
    };
  }

  async ensureTopics(): Promise<void> {}
  async deleteTopics(): Promise<void> {}
  async deleteConsumerGroups(): Promise<void> {}
  async countMessages(topic: string): Promise<number> {
    return this.publisher.messages(topic).length;
  }
}
