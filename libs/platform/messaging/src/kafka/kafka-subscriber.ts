import type { Consumer, Kafka } from 'kafkajs';
import type { MessageHandler, MessageSubscriber, SubscriberOptions } from '../broker.port';
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

/**
 * One consumer-group member. Offsets: kafkajs resolves a message's offset only after `eachMessage`
 * resolved for it, and commits resolved offsets (autoCommit) at batch ends, on an interval, and
 * before leaving or rebalancing. So an offset is never committed for a message whose handling has
 * not finished; a crash between handling and commit redelivers it (at least once).
 */
export class KafkaSubscriber implements MessageSubscriber {
  private consumer: Consumer | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscriberOptions,
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
    await consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently,
      eachMessage: ({ topic, partition, message, heartbeat }) =>
        onMessage(toIncomingMessage(topic, partition, message), { heartbeat }),
    });
    await joined;
  }

  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = null;
    // disconnect() waits for the in-flight eachMessage, commits resolved offsets and leaves the group.
    if (consumer !== null) await consumer.disconnect();
  }
}
