import { DEAD_LETTER_TOPIC, type RecordedEvent } from '@athar/contracts';
import { unavailableEngine } from '@athar/event-store';
import type {
  DeliveryControl,
  IncomingMessage,
  MessageBroker,
  MessageHeaders,
  MessagePublisher,
  MessageSubscriber,
  SubscriberOptions,
} from '../broker.port';
import { consoleLogger, errorMessage, type MessagingLogger } from '../logger';
import { noopMetrics, type ConsumerMetrics } from '../metrics/messaging-metrics';
import { sleep } from '../sleep';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { deadLetterMessage } from './dead-letter';
import type { Inbox } from './inbox';
import { readIncomingEvent } from './incoming-event';

export interface EventContext {
  topic: string;
  partition: number;
  offset: string;
  headers: MessageHeaders;
}

export type EventHandler = (event: RecordedEvent, context: EventContext) => Promise<void>;

export interface EventConsumerOptions {
  broker: MessageBroker;
  inbox: Inbox;
  /** One group per service, e.g. `athar.eligibility` (see consumerGroupId). */
  groupId: string;
  topics: string[];
  /** Default DEAD_LETTER_TOPIC; a test or a non-default instance passes its own. It must exist. */
  deadLetterTopic?: string;
  /** Handler attempts before a message is dead-lettered. Default 5. */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Group timeouts, fetch wait, partition concurrency. */
  subscription?: Omit<SubscriberOptions, 'groupId'>;
  metrics?: ConsumerMetrics;
  logger?: MessagingLogger;
}

/** A handler's own failure, told apart from the inbox's (a database outage must not dead-letter events). */
class HandlerFailure extends Error {
  constructor(cause: unknown) {
    super(errorMessage(cause), { cause });
  }
}

/**
 * A service's consumer group: routes each event by type to its handler, at most once per group
 * (the inbox), with bounded retries and a dead-letter topic, so one bad message never blocks a
 * partition for good.
 *
 * A message's offset is committed only after `process` resolved for it, which happens when it was
 * handled, skipped as a duplicate or unhandled type, or dead-lettered. If the inbox or the
 * dead-letter publish fails, `process` rejects: the offset stays uncommitted and the broker
 * redelivers the message (kafkajs restarts the member), which the inbox makes harmless.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, EventHandler>();
  private readonly maxAttempts: number;
  private readonly deadLetterTopic: string;
  private readonly metrics: ConsumerMetrics;
  private readonly logger: MessagingLogger;
  private subscriber: MessageSubscriber | null = null;
  private deadLetters: MessagePublisher | null = null;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) throw new RangeError('maxAttempts must be a positive integer');
    this.deadLetterTopic = options.deadLetterTopic ?? DEAD_LETTER_TOPIC;
    this.metrics = options.metrics ?? noopMetrics;
    this.logger = options.logger ?? consoleLogger;
  }

  /** One handler per type: with several, a retry would re-run the ones that had already succeeded. */
  on(type: string, handler: EventHandler): this {
    if (this.handlers.has(type)) throw new Error(`${this.options.groupId} already has a handler for ${type}`);
    this.handlers.set(type, handler);
    return this;
  }

  /** Resolves once the group is joined and messages flow. */
  async start(): Promise<void> {
    if (this.subscriber !== null) throw new Error(`Consumer ${this.options.groupId} is already started`);
    this.deadLetters = this.options.broker.createPublisher();
    this.subscriber = this.options.broker.createSubscriber({ ...this.options.subscription, groupId: this.options.groupId });
    await this.subscriber.start(this.options.topics, (message, control) => this.process(message, control));
  }

  /**
   * Leaves the group once the in-flight message is done (including its remaining retries, at most
   * the sum of the backoff waits), so its offset is committed and nobody handles it again.
   */
  async stop(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    await subscriber?.stop();
    // Closed only now: the in-flight message may still have needed to dead-letter.
    await this.deadLetters?.close();
    this.deadLetters = null;
  }

  /** Exposed for tests with a fake subscriber; the subscriber calls it for each message. */
  async process(message: IncomingMessage, control: DeliveryControl): Promise<void> {
    const incoming = readIncomingEvent(message);
    if (!incoming.ok) return this.deadLetter(message, incoming.reason, 0, 'refused');
    const { event } = incoming;
    const handler = this.handlers.get(event.type);
    if (handler === undefined) {
      this.metrics.ignored(this.options.groupId, event.type);
      return;
    }
    const context: EventContext = { topic: message.topic, partition: message.partition, offset: message.offset, headers: message.headers };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const outcome = await this.options.inbox.handleOnce(this.options.groupId, event.eventId, () =>
          handler(event, context).catch((error: unknown) => {
            throw new HandlerFailure(error);
          }),
        );
        if (outcome === 'duplicate') this.metrics.duplicateSkipped(this.options.groupId, event.type);
        else this.metrics.handled(this.options.groupId, event.type);
        return;
      } catch (error) {
        if (!(error instanceof HandlerFailure)) throw error;
        // An engine the handler needs is down (a read-model database restarting): the event is fine,
        // so it is not dead-lettered; it stays uncommitted and is redelivered once the engine is back.
        const engine = unavailableEngine(error.cause);
        if (engine !== null) {
          this.metrics.retried(this.options.groupId, event.type);
          this.logger.warn('handler failed: engine unavailable; the event will be redelivered', { group: this.options.groupId, eventId: event.eventId, type: event.type, engine, error: error.message });
          throw error;
        }
        if (attempt >= this.maxAttempts) return this.deadLetter(message, error.message, attempt, 'exhausted');
        this.metrics.retried(this.options.groupId, event.type);
        this.logger.warn('handler failed, retrying', { group: this.options.groupId, eventId: event.eventId, type: event.type, attempt, error: error.message });
        await sleep(backoffDelayMs(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
        // A long retry sequence must not make the coordinator think this member died.
        await control.heartbeat();
      }
    }
  }

  private async deadLetter(message: IncomingMessage, error: string, attempts: number, reason: 'refused' | 'exhausted'): Promise<void> {
    if (this.deadLetters === null) throw new Error(`Consumer ${this.options.groupId} is not started`);
    const copy = deadLetterMessage(message, { error, attempts, consumerGroup: this.options.groupId, failedAt: new Date() });
    await this.deadLetters.publish(this.deadLetterTopic, [copy]);
    this.metrics.deadLettered(this.options.groupId, reason);
    this.logger.warn('message dead-lettered', {
      group: this.options.groupId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      reason,
      attempts,
      error,
    });
  }
}
