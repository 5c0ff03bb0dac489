/** Why a message went to the dead-letter topic. */
export type DeadLetterReason = 'refused' | 'exhausted';

export interface RelayedBatch {
  count: number;
  /** Global position of the batch's last event, now checkpointed. */
  lastPosition: string;
  /** When the store recorded that event: now minus this is how far the relay trails the store. */
  lastRecordedAt: string;
}

export interface RelayMetrics {
  batchRelayed(relayName: string, batch: RelayedBatch): void;
  publishFailed(relayName: string): void;
}

/** Which engine (or kind of fault) held a message: see consumer/failure-class.ts. */
export type OutageReason = 'temporal' | 'postgres' | 'mongo' | 'kafka' | 'network' | 'timeout';

export interface ConsumerMetrics {
  handled(consumerGroup: string, eventType: string): void;
  duplicateSkipped(consumerGroup: string, eventType: string): void;
  retried(consumerGroup: string, eventType: string): void;
  deadLettered(consumerGroup: string, reason: DeadLetterReason): void;
  /** No handler for the type: acknowledged and skipped. */
  ignored(consumerGroup: string, eventType: string): void;
  /** A try failed because an engine is unavailable: the message is held and will be tried again. */
  outageRetried(consumerGroup: string, reason: OutageReason): void;
  /** How many of the group's partitions (in this process) are paused on a held message. */
  pausedPartitions(consumerGroup: string, count: number): void;
}

export type MessagingMetrics = RelayMetrics & ConsumerMetrics;

export const noopMetrics: MessagingMetrics = {
  batchRelayed: () => undefined,
  publishFailed: () => undefined,
  handled: () => undefined,
  duplicateSkipped: () => undefined,
  retried: () => undefined,
  deadLettered: () => undefined,
  ignored: () => undefined,
  outageRetried: () => undefined,
  pausedPartitions: () => undefined,
};
