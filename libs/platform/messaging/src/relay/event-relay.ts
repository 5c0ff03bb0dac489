import type { RecordedEvent } from '@athar/contracts';
import type { EventStore, Subscription } from '@athar/event-store';
import type { MessageBroker, MessagePublisher } from '../broker.port';
import { consoleLogger, errorMessage, type MessagingLogger } from '../logger';
import { noopMetrics, type RelayMetrics } from '../metrics/messaging-metrics';
import { sleep } from '../sleep';
import type { CheckpointStore } from './checkpoint-store';
import { toOutgoingMessage } from './event-message';
import { endSpans, startPublishSpan } from '../tracing';

export interface EventRelayOptions {
  store: EventStore;
  broker: MessageBroker;
  checkpoints: CheckpointStore;
  /** Names the checkpoint: one per service and instance, e.g. `athar.intake` (see relayName). */
  relayName: string;
  /** The context's topic, e.g. `athar.intake.events`. It must exist. */
  topic: string;
  /** Only this service's own streams: each service relays what it wrote, nothing else. */
  streamPrefixes: string[];
  /** Which of those events go on the topic (default: all). The others are internal facts: they are
   * skipped, and the checkpoint still moves past them (docs/adr/0032). */
  publishes?: (event: RecordedEvent) => boolean;
  /** Events per Kafka request at most. Default 100. */
  maxBatchSize?: number;
  /** How long a partial batch waits for more events before it is sent. Default 5 ms. */
  lingerMs?: number;
  /** Wait before re-reading from the last acknowledged event after a failure. Default 1 s, doubling
   * with each failure in a row (an engine that stays down) up to maxRetryDelayMs. */
  retryDelayMs?: number;
  /** Longest wait between two tries. Default 10 s. */
  maxRetryDelayMs?: number;
  metrics?: RelayMetrics;
  logger?: MessagingLogger;
}

type RelayState = 'idle' | 'running' | 'stopping' | 'stopped';

/**
 * Relays a service's own events from the event store to Kafka: the store is the outbox, so a
 * command writes only to the store and nothing is lost between two writes.
 *
 * Guarantees:
 * - order: events are published in global order, batch after batch, each batch acknowledged
 *   (acks=all) before the next is sent; with the partition key per case, a case's events keep
 *   their order in its partition;
 * - at least once: the checkpoint moves to a batch's last event only after Kafka acknowledged the
 *   whole batch, so a crash re-publishes at most the batches sent since the last checkpoint;
 *   consumers' inboxes drop those duplicates;
 * - after a failure (Kafka, the checkpoint table or the store), everything not acknowledged is
 *   dropped and the relay re-reads from the last acknowledged event, so a later batch can never
 *   be acknowledged, and checkpointed, past a lost one.
 */
export class EventRelay {
  private readonly maxBatchSize: number;
  private readonly lingerMs: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly publishes: (event: RecordedEvent) => boolean;
  /** Failures since the last acknowledged batch: the retry delay doubles with each. */
  private failuresInARow = 0;
  private readonly metrics: RelayMetrics;
  private readonly logger: MessagingLogger;

  private state: RelayState = 'idle';
  private publisher: MessagePublisher | null = null;
  private subscription: Subscription | null = null;
  /** Bumped on each (re)subscription: events and batches of an abandoned one are dropped. */
  private generation = 0;
  private pending: RecordedEvent[] = [];
  private lingerTimer: NodeJS.Timeout | null = null;
  /** The chain of batches: one Kafka request and its checkpoint, then the next. Never rejects. */
  private sending: Promise<void> = Promise.resolve();
  private acknowledged = '0';
  private recovering: Promise<void> = Promise.resolve();
  private readonly stopSignal = new AbortController();

  constructor(private readonly options: EventRelayOptions) {
    this.maxBatchSize = options.maxBatchSize ?? 100;
    this.lingerMs = options.lingerMs ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 1_000;
    this.maxRetryDelayMs = Math.max(this.retryDelayMs, options.maxRetryDelayMs ?? 10_000);
    this.publishes = options.publishes ?? (() => true);
    this.metrics = options.metrics ?? noopMetrics;
    this.logger = options.logger ?? consoleLogger;
  }

  /** Global position of the last event Kafka acknowledged ('0' before the first). */
  get position(): string {
    return this.acknowledged;
  }

  async start(): Promise<void> {
    if (this.state !== 'idle') throw new Error(`Relay ${this.options.relayName} was already started`);
    this.acknowledged = await this.options.checkpoints.load(this.options.relayName);
    this.state = 'running';
    this.publisher = this.options.broker.createPublisher();
    this.subscribe();
  }

  /** Stops following the store, sends and checkpoints what was already read, and disconnects. */
  async stop(): Promise<void> {
    if (this.state !== 'running') return;
    this.state = 'stopping';
    this.stopSignal.abort();
    await this.recovering;
    await this.subscription?.stop();
    this.subscription = null;
    await this.flush();
    await this.publisher?.close();
    this.state = 'stopped';
  }

  private subscribe(): void {
    const generation = ++this.generation;
    this.subscription = this.options.store.subscribeToAll({
      after: this.acknowledged,
      streamPrefixes: this.options.streamPrefixes,
      batchSize: this.maxBatchSize,
      onEvent: (event) => this.accept(generation, event),
      onError: (error) => this.fail(generation, error),
    });
  }

  /** The subscription awaits this: a full batch holds the store back until Kafka acknowledged it. */
  private async accept(generation: number, event: RecordedEvent): Promise<void> {
    if (generation !== this.generation) return;
    this.pending.push(event);
    if (this.pending.length >= this.maxBatchSize) await this.flush();
    else this.lingerTimer ??= setTimeout(() => void this.flush(), this.lingerMs);
  }

  /** Queues the pending events as one batch behind those already sending; resolves when it is done. */
  private flush(): Promise<void> {
    if (this.lingerTimer !== null) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return this.sending;
    // `pending` always belongs to the current generation: fail() empties it when it bumps the generation.
    const generation = this.generation;
    this.sending = this.sending.then(() => this.send(generation, batch)).catch((error: unknown) => this.fail(generation, error));
    return this.sending;
  }

  private async send(generation: number, batch: RecordedEvent[]): Promise<void> {
    // A batch queued behind a failed one: it will be read again from the last acknowledged event.
    if (generation !== this.generation || this.publisher === null) return;
    const published = batch.filter(this.publishes);
    // A batch of internal facts only sends nothing, but is checkpointed like any other.
    if (published.length > 0) {
      const messages = published.map(toOutgoingMessage);
      // Each event's trace goes on with a publish span, its traceparent in the message's headers (docs/adr/0046).
      const spans = published.map((event, index) => startPublishSpan(event, this.options.topic, messages[index].headers));
      try {
        await this.publisher.publish(this.options.topic, messages);
      } catch (error) {
        endSpans(spans, error);
        throw error;
      }
      endSpans(spans);
    }
    const last = batch[batch.length - 1];
    this.acknowledged = last.globalPosition;
    await this.options.checkpoints.save(this.options.relayName, last.globalPosition);
    this.failuresInARow = 0;
    this.metrics.batchRelayed(this.options.relayName, {
      count: published.length,
      lastPosition: last.globalPosition,
      lastRecordedAt: last.recordedAt,
    });
  }

  /**
   * Abandons the current subscription and everything not yet acknowledged, then re-subscribes from
   * the last acknowledged event. Not awaited by its callers: stopping the subscription waits for
   * its in-flight onEvent, which may itself be waiting on the batch chain that called this.
   */
  private fail(generation: number, error: unknown): void {
    if (generation !== this.generation) return;
    this.generation += 1;
    this.pending = [];
    if (this.lingerTimer !== null) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    this.metrics.publishFailed(this.options.relayName);
    this.failuresInARow += 1;
    const delay = Math.min(this.maxRetryDelayMs, this.retryDelayMs * 2 ** (this.failuresInARow - 1));
    this.logger.error('relay failed; resuming from the last acknowledged event', {
      relay: this.options.relayName,
      position: this.acknowledged,
      retryInMs: delay,
      failuresInARow: this.failuresInARow,
      error: errorMessage(error),
    });
    const abandoned = this.subscription;
    this.subscription = null;
    this.recovering = (async () => {
      await abandoned?.stop().catch(() => undefined);
      // A batch already in flight may still be acknowledged: resume after it, not before it.
      await this.sending;
      await sleep(delay, this.stopSignal.signal);
      if (this.state === 'running') this.subscribe();
    })();
  }
}
