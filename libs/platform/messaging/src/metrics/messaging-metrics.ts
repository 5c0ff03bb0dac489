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

export interface ConsumerMetrics {
  handled(consumerGroup: string, eventType: string): void;
  duplicateSkipped(consumerGroup: string, eventType: string): void;
  retried(consumerGroup: string, eventType: string): void;
  deadLettered(consumerGroup: string, reason: DeadLetterReason): void;
  /** No handler for the type: acknowledged and skipped. */
  ignored(consumerGroup: string, eventType: string): void;
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
};
