import type { Consumer, Kafka } from 'kafkajs';
import { isRedelivery, type IncomingMessage, type MessageHandler, type MessageSubscriber, type Redelivery, type SubscriberOptions } from '../broker.port';
import { consoleLogger, errorMessage, type MessagingLogger } from '../logger';
import { sleep } from '../sleep';
import { toIncomingMessage } from './kafka-codec';

/**
 * Defaults tuned for quick group joins and failover: a dead member is noticed after 10 s, and a
 * rebalance waits at most 10 s for members to rejoin. Services with slow handlers raise them.
 */
const DEFAULTS = {
  sessionTimeoutMs: 10_000,
  rebalanceTimeoutMs: 10_000,
  heartbeatIntervalMs: 1_000,
  maxWaitTimeMs: 500,
  partitionsConsumedConcurrently: 1,
} as const;

const MAX_JOIN_ATTEMPTS = 8;

/** After a crash kafkajs will not recover from itself: 1 s, doubling, at most 30 s between tries (docs/adr/0019). */
export const REJOIN_BACKOFF = { initialMs: 1_000, maxMs: 30_000 } as const;

/** A partition held for a redelivery: paused in kafkajs until `timer` resumes it. */
interface Held {
  topic: string;
  partition: number;
  timer: NodeJS.Timeout | null;
  resume: () => void;
}

/**
 * One consumer-group member. Offsets: a message's offset is resolved only after the handler resolved
 * for it, and kafkajs commits resolved offsets (autoCommit) at batch ends, on an interval, and before
 * leaving or rebalancing. So an offset is never committed for a message whose handling has not
 * finished; a crash between handling and commit redelivers it (at least once).
 *
 * Redelivery (docs/adr/0017): when the handler answers "not now", the message's offset is not
 * resolved, its partition is paused (kafkajs stops fetching it; the other partitions keep flowing
 * and the member keeps heartbeating from its fetch loop), and a timer resumes it: kafkajs then
 * fetches again from the first unresolved offset, i.e. the same message. eachBatch with manual
 * resolution is used because eachMessage resolves every message that returns.
 */
export class KafkaSubscriber implements MessageSubscriber {
  private consumer: Consumer | null = null;
  private readonly held = new Map<string, Held>();
  private stopped = false;
  private readonly stopSignal = new AbortController();
  private rejoining: Promise<void> | null = null;
  /** Times the member was re-created after a crash kafkajs gave up on (tests and metrics read it). */
  rejoins = 0;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscriberOptions,
    private readonly logger: MessagingLogger = consoleLogger,
  ) {}

  /**
   * Joins the group. On a broker that has just started, the group coordinator may still be loading
   * the offsets topic ("coordinator is loading", "coordinator not available"): kafkajs marks those
   * errors retriable, and the join is tried again with a fresh member, a bounded number of times.
   */
  async start(topics: string[], onMessage: MessageHandler): Promise<void> {
    if (this.consumer !== null) throw new Error(`Subscriber ${this.options.groupId} is already started`);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.join(topics, onMessage);
        return;
      } catch (error) {
        // The failed member is dropped; TypeScript still narrows the field to null from the check above.
        const consumer = this.consumer as Consumer | null;
        this.consumer = null;
        await consumer?.disconnect().catch(() => undefined);
        if (!(error as { retriable?: boolean }).retriable || attempt >= MAX_JOIN_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** attempt)));
      }
    }
  }

  private async join(topics: string[], onMessage: MessageHandler): Promise<void> {
    const options = { ...DEFAULTS, ...this.options };
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: options.sessionTimeoutMs,
      rebalanceTimeout: options.rebalanceTimeoutMs,
      heartbeatInterval: options.heartbeatIntervalMs,
      maxWaitTimeInMs: options.maxWaitTimeMs,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: options.fromBeginning ?? true });
    // Resolve once this member holds its partitions, so a caller knows consumption has begun.
    const joined = new Promise<void>((resolve, reject) => {
      const removeJoin = consumer.on(consumer.events.GROUP_JOIN, () => {
        removeJoin();
        removeCrash();
        resolve();
      });
      const removeCrash = consumer.on(consumer.events.CRASH, ({ payload }) => {
        removeJoin();
        removeCrash();
        reject(payload.error);
      });
    });
    joined.catch(() => undefined); // awaited below; this only keeps an early crash from going unhandled
    const heartbeatEveryMs = options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs;
    // A partition this member lost while it was held is resumed (kafkajs keeps pause state per
    // topic-partition) and forgotten: its new owner delivers the message again.
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      for (const [key, held] of this.held) {
        if (!(payload.memberAssignment[held.topic] ?? []).includes(held.partition)) this.release(key, true);
      }
    });
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, pause, isRunning, isStale, commitOffsetsIfNecessary }) => {
        const { topic, partition } = batch;
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) return;
          const outcome = await this.deliver(onMessage, toIncomingMessage(topic, partition, message), heartbeat, heartbeatEveryMs);
          if (isRedelivery(outcome)) {
            // The rest of the batch is not handed out: per-partition order holds.
            this.hold(topic, partition, outcome, pause());
            return;
          }
          resolveOffset(message.offset);
          this.release(heldKey(topic, partition), false);
          await commitOffsetsIfNecessary();
          await heartbeat();
        }
      },
    });
    await joined;
    // kafkajs restarts the member itself after a retriable crash (restart: true); after any other
    // (no broker reachable, a non-retriable error) the member is dead for good: make a new one.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.stopped || this.consumer !== consumer) return;
      this.logger.error('consumer crashed and kafkajs will not restart it; re-joining', { group: options.groupId, error: errorMessage(payload.error) });
      this.rejoining ??= this.rejoin(consumer, topics, onMessage).finally(() => (this.rejoining = null));
    });
  }

  /** Drops the dead member and joins again with backoff until it works or the subscriber stops. */
  private async rejoin(dead: Consumer, topics: string[], onMessage: MessageHandler): Promise<void> {
    this.consumer = null;
    await dead.disconnect().catch(() => undefined);
    for (let attempt = 1; !this.stopped; attempt += 1) {
      await sleep(Math.min(REJOIN_BACKOFF.maxMs, REJOIN_BACKOFF.initialMs * 2 ** (attempt - 1)), this.stopSignal.signal);
      if (this.stopped) return;
      try {
        await this.join(topics, onMessage);
        this.rejoins += 1;
        this.logger.warn('consumer re-joined its group', { group: this.options.groupId, attempt });
        return;
      } catch (error) {
        const failed = this.consumer as Consumer | null;
        this.consumer = null;
        await failed?.disconnect().catch(() => undefined);
        this.logger.error('consumer could not re-join yet', { group: this.options.groupId, attempt, error: errorMessage(error) });
      }
    }
  }

  /**
   * Runs the handler while heartbeating on the side: one try may outlast the session timeout (a
   * client waiting for an engine that is down), and kafkajs only heartbeats between messages.
   */
  private async deliver(onMessage: MessageHandler, message: IncomingMessage, heartbeat: () => Promise<void>, intervalMs: number): Promise<void | Redelivery> {
    // A rebalance reported here is acted on by the heartbeat after the message (kafkajs rejoins).
    const ticker = setInterval(() => void heartbeat().catch(() => undefined), intervalMs);
    try {
      return await onMessage(message, { heartbeat });
    } finally {
      clearInterval(ticker);
    }
  }

  private hold(topic: string, partition: number, redelivery: Redelivery, resume: () => void): void {
    if (this.consumer === null) return; // stopping: the message stays uncommitted, nothing to schedule
    const key = heldKey(topic, partition);
    const previous = this.held.get(key);
    if (previous?.timer) clearTimeout(previous.timer);
    const held: Held = { topic, partition, resume, timer: null };
    held.timer = setTimeout(() => {
      held.timer = null;
      resume();
    }, redelivery.redeliverAfterMs);
    this.held.set(key, held);
    if (previous === undefined) this.options.onPausedPartitions?.(this.held.size);
  }

  private release(key: string, resume: boolean): void {
    const held = this.held.get(key);
    if (held === undefined) return;
    if (held.timer) clearTimeout(held.timer);
    if (resume) held.resume();
    this.held.delete(key);
    this.options.onPausedPartitions?.(this.held.size);
  }

  /** Number of partitions held for a redelivery (paused, or resumed and not yet past the held message). */
  pausedPartitions(): number {
    return this.held.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopSignal.abort();
    await this.rejoining;
    const consumer = this.consumer;
    this.consumer = null;
    // Pending redeliveries are dropped at once: their messages are uncommitted and come back to
    // whoever holds the partition next.
    for (const held of this.held.values()) if (held.timer) clearTimeout(held.timer);
    const hadHeld = this.held.size > 0;
    this.held.clear();
    if (hadHeld) this.options.onPausedPartitions?.(0);
    // disconnect() waits for the in-flight handler, commits resolved offsets and leaves the group.
    if (consumer !== null) await consumer.disconnect();
  }
}

const heldKey = (topic: string, partition: number): string => `${topic}|${partition}`;
