import { DEAD_LETTER_TOPIC, EVENT_HEADERS, type RecordedEvent } from '@athar/contracts';
import {
  redeliverAfter,
  type DeliveryControl,
  type IncomingMessage,
  type MessageBroker,
  type MessageHeaders,
  type MessagePublisher,
  type MessageSubscriber,
  type Redelivery,
  type SubscriberOptions,
} from '../broker.port';
import { consoleLogger, errorMessage, type MessagingLogger } from '../logger';
import { noopMetrics, type ConsumerMetrics } from '../metrics/messaging-metrics';
import { sleep } from '../sleep';
import { backoffDelayMs, DEFAULT_BACKOFF, jitteredBackoffMs, OUTAGE_BACKOFF, type BackoffOptions } from './backoff';
import { deadLetterMessage } from './dead-letter';
import { classifyFailure, type RetryableReason } from './failure-class';
import type { Inbox } from './inbox';
import { readIncomingEvent } from './incoming-event';
import { withConsumerSpan } from '../tracing';

export interface EventContext {
  topic: string;
  partition: number;
  offset: string;
  headers: MessageHeaders;
}

/** The one handler shape: the consumer's and, typed by the event map, service-kit's EventHandlers'. */
export type EventHandler<E extends Pick<RecordedEvent, 'type'> = RecordedEvent> = (event: E, context: EventContext) => Promise<void>;

export interface EventConsumerOptions {
  broker: MessageBroker;
  inbox: Inbox;
  /** One group per service, e.g. `athar.eligibility` (see consumerGroupId). */
  groupId: string;
  topics: string[];
  /** Default DEAD_LETTER_TOPIC; a test or a non-default instance passes its own. It must exist. */
  deadLetterTopic?: string;
  /** Handler attempts before a poison message is dead-lettered. Default 5. */
  maxAttempts?: number;
  /** Waits between those attempts. Default DEFAULT_BACKOFF (100 ms … 2 s). */
  backoff?: BackoffOptions;
  /** Waits between the tries of a message held by an engine outage (jittered). Default OUTAGE_BACKOFF (0.5 s … 30 s). */
  outageBackoff?: BackoffOptions;
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

/** The message a partition is held on while an engine is down. */
interface Outage {
  offset: string;
  tries: number;
  since: number;
  reason: RetryableReason;
}

/**
 * A service's consumer group: routes each event by type to its handler, at most once per group
 * (the inbox), and tells two kinds of failure apart (failure-class.ts, docs/adr/0017):
 *
 * - retryable (an engine is down or slow: Temporal, PostgreSQL, FerretDB, Kafka, the network): the
 *   message is not to blame. Its partition is paused and the same message tried again after a
 *   jittered, capped exponential wait (OUTAGE_BACKOFF), for as long as the outage lasts; it is never
 *   dead-lettered. The other partitions keep flowing and the member stays in the group.
 * - poison (validation, unknown version, a bug): a few quick tries (maxAttempts, backoff), then the
 *   dead-letter topic, so one bad message never blocks a partition for good.
 *
 * A message's offset is committed only after `process` resolved for it without a Redelivery, which
 * happens when it was handled, skipped as a duplicate or unhandled type, or dead-lettered. If the
 * inbox or the dead-letter publish fails with an error that is not retryable, `process` rejects:
 * the offset stays uncommitted and the broker redelivers the message, which the inbox makes harmless.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, EventHandler>();
  private readonly maxAttempts: number;
  private readonly deadLetterTopic: string;
  private readonly metrics: ConsumerMetrics;
  private readonly logger: MessagingLogger;
  private subscriber: MessageSubscriber | null = null;
  private deadLetters: MessagePublisher | null = null;
  /** Per topic-partition, the message held by an outage. */
  private readonly outages = new Map<string, Outage>();
  private stopping = new AbortController();

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
    this.stopping = new AbortController();
    this.deadLetters = this.options.broker.createPublisher();
    const subscription = this.options.subscription;
    this.subscriber = this.options.broker.createSubscriber({
      ...subscription,
      groupId: this.options.groupId,
      onPausedPartitions: (count) => {
        this.metrics.pausedPartitions(this.options.groupId, count);
        subscription?.onPausedPartitions?.(count);
      },
    });
    await this.subscriber.start(this.options.topics, (message, control) => this.process(message, control));
  }

  /**
   * Leaves the group once the in-flight try is done, so its offset is committed and nobody handles it
   * again. Waits between tries are cut short: a message still failing is left uncommitted and comes
   * back to whoever holds its partition next.
   */
  async stop(): Promise<void> {
    this.stopping.abort();
    const subscriber = this.subscriber;
    this.subscriber = null;
    await subscriber?.stop();
    this.outages.clear();
    // Closed only now: the in-flight message may still have needed to dead-letter.
    await this.deadLetters?.close();
    this.deadLetters = null;
  }

  /**
   * Exposed for tests with a fake subscriber; the subscriber calls it for each message. Resolves with
   * a Redelivery when an engine outage holds the message.
   */
  async process(message: IncomingMessage, control: DeliveryControl): Promise<void | Redelivery> {
    // Each try is a span of the event's trace, child of the relay's publish span (docs/adr/0046).
    return withConsumerSpan(this.options.groupId, message, () => this.processOnce(message, control));
  }

  private async processOnce(message: IncomingMessage, control: DeliveryControl): Promise<void | Redelivery> {
    try {
      const outcome = await this.settle(message, control);
      if (outcome === 'interrupted') return redeliverAfter(0);
      this.recovered(message);
      return undefined;
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'poison') throw error;
      return this.holdForOutage(message, failure.reason, failure.detail, error);
    }
  }

  /**
   * Handles, skips or dead-letters the message. Rejects with the failure when it is retryable (the
   * handler's, the inbox's or the dead-letter publish's), or when the inbox or the dead-letter publish
   * fails otherwise; answers 'interrupted' when the consumer stops between tries.
   */
  private async settle(message: IncomingMessage, control: DeliveryControl): Promise<'settled' | 'interrupted'> {
    // A type this service has no handler for is skipped unread: most of what a service receives is
    // other services' facts it does not act on, and parsing each one cost CPU for nothing
    // (docs/performance.md). The header is what the relay wrote; a payload that disagrees with it is refused below.
    const announced = message.headers[EVENT_HEADERS.eventType];
    if (announced !== undefined && !this.handlers.has(announced)) {
      this.metrics.ignored(this.options.groupId, announced);
      return 'settled';
    }
    const incoming = readIncomingEvent(message);
    if (!incoming.ok) {
      await this.deadLetter(message, incoming.reason, 0, 'refused');
      return 'settled';
    }
    const { event } = incoming;
    const handler = this.handlers.get(event.type);
    if (handler === undefined) {
      this.metrics.ignored(this.options.groupId, event.type);
      return 'settled';
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
        return 'settled';
      } catch (error) {
        // An engine outage is not the message's fault: it is held, never counted towards dead-lettering.
        if (classifyFailure(error).kind === 'retryable') throw error;
        if (!(error instanceof HandlerFailure)) throw error;
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(message, error.message, attempt, 'exhausted');
          return 'settled';
        }
        this.metrics.retried(this.options.groupId, event.type);
        this.logger.warn('handler failed, retrying', { group: this.options.groupId, eventId: event.eventId, type: event.type, attempt, error: error.message });
        await sleep(backoffDelayMs(attempt, this.options.backoff ?? DEFAULT_BACKOFF), this.stopping.signal);
        if (this.stopping.signal.aborted) return 'interrupted';
        // A long retry sequence must not make the coordinator think this member died.
        await control.heartbeat();
      }
    }
  }

  private holdForOutage(message: IncomingMessage, reason: RetryableReason, detail: string, error: unknown): Redelivery {
    const key = partitionKey(message);
    const previous = this.outages.get(key);
    const outage: Outage = previous?.offset === message.offset ? { ...previous, reason } : { offset: message.offset, tries: 0, since: Date.now(), reason };
    outage.tries += 1;
    this.outages.set(key, outage);
    const waitMs = jitteredBackoffMs(outage.tries, this.options.outageBackoff ?? OUTAGE_BACKOFF);
    this.metrics.outageRetried(this.options.groupId, reason);
    this.logger.warn('engine unavailable: partition paused, message held for retry', {
      group: this.options.groupId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      eventId: message.headers[EVENT_HEADERS.eventId],
      type: message.headers[EVENT_HEADERS.eventType],
      reason,
      detail,
      try: outage.tries,
      retryInMs: waitMs,
      heldForMs: Date.now() - outage.since,
      error: errorMessage(error instanceof HandlerFailure ? error.cause : error),
    });
    return redeliverAfter(waitMs);
  }

  /** The held message of this partition got through: the outage is over for it. */
  private recovered(message: IncomingMessage): void {
    const key = partitionKey(message);
    const outage = this.outages.get(key);
    if (outage === undefined) return;
    this.outages.delete(key);
    this.logger.info('engine back: held message handled, partition resumed', {
      group: this.options.groupId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      reason: outage.reason,
      tries: outage.tries,
      heldForMs: Date.now() - outage.since,
    });
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

const partitionKey = (message: IncomingMessage): string => `${message.topic}|${message.partition}`;
