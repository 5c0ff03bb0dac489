/**
 * The messaging port: the few broker operations the relay and the consumer need.
 * kafkajs is in maintenance mode (ARCHITECTURE.md, "Known limits"), so only src/kafka/ imports it;
 * swapping the client (e.g. for @confluentinc/kafka-javascript) means rewriting that folder only.
 */

/** Kafka headers as text: every header we write is UTF-8 text. */
export type MessageHeaders = Record<string, string>;

export interface OutgoingMessage {
  /** Partitioning key: messages with the same key go to the same partition, in order. */
  key: string | null;
  /** Raw bytes are kept as a Buffer so a dead-lettered message is forwarded byte for byte. */
  value: string | Buffer | null;
  headers: MessageHeaders;
}

export interface MessagePublisher {
  /**
   * Publishes `messages` to `topic` in order and resolves only once every replica in sync has
   * acknowledged them (acks=all); rejects if any of them may not have been written.
   */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  close(): Promise<void>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  /** Kafka offsets are int64; kept as a decimal string like every client does. */
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: MessageHeaders;
}

export interface DeliveryControl {
  /** Tells the group coordinator this member is alive during a long handling (e.g. retry backoff). */
  heartbeat(): Promise<void>;
}

/**
 * A handler's answer "not now": the message stays unhandled and uncommitted, its partition is paused
 * (other partitions keep flowing), and the same message is delivered again after `afterMs`.
 */
export interface Redelivery {
  redeliverAfterMs: number;
}

export const redeliverAfter = (afterMs: number): Redelivery => ({ redeliverAfterMs: Math.max(0, Math.round(afterMs)) });

export const isRedelivery = (outcome: unknown): outcome is Redelivery =>
  typeof outcome === 'object' && outcome !== null && typeof (outcome as Redelivery).redeliverAfterMs === 'number';

/**
 * Handles one message. Resolving marks the message done (its offset may be committed); resolving
 * with a Redelivery leaves it uncommitted, pauses its partition and delivers it again later;
 * rejecting leaves it uncommitted so the broker redelivers it (kafkajs restarts the fetch).
 */
export type MessageHandler = (message: IncomingMessage, control: DeliveryControl) => Promise<void | Redelivery>;

export interface SubscriberOptions {
  groupId: string;
  /** Where a group with no committed offset starts. Default true: a new service sees all history. */
  fromBeginning?: boolean;
  sessionTimeoutMs?: number;
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** How long a fetch waits for new data; lower = lower latency, more requests. */
  maxWaitTimeMs?: number;
  /** Partitions handled in parallel (one message at a time per partition, so per-key order holds). */
  partitionsConsumedConcurrently?: number;
  /** Told the number of this member's partitions held paused for a redelivery, whenever it changes. */
  onPausedPartitions?: (count: number) => void;
}

export interface MessageSubscriber {
  /** Joins the group, subscribes to `topics` and starts delivering messages to `onMessage`. */
  start(topics: string[], onMessage: MessageHandler): Promise<void>;
  /**
   * Leaves the group after the in-flight message has been handled and its offset committed; pending
   * redeliveries are dropped (their messages are uncommitted, so the group delivers them again).
   */
  stop(): Promise<void>;
}

export interface EnsureTopicsOptions {
  partitions?: number;
  replicationFactor?: number;
}

export interface MessageBroker {
  createPublisher(): MessagePublisher;
  createSubscriber(options: SubscriberOptions): MessageSubscriber;
  /** Creates the topics that do not exist yet (auto topic creation is off on our brokers). */
  ensureTopics(names: string[], options?: EnsureTopicsOptions): Promise<void>;
  deleteTopics(names: string[]): Promise<void>;
  /** Forgets groups' committed offsets; groups must have no live member (tests, decommissioning). */
  deleteConsumerGroups(groupIds: string[]): Promise<void>;
  /** Messages currently stored in `topic`: per partition, end offset minus start offset. */
  countMessages(topic: string): Promise<number>;
}
