import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import type { MessagePublisher, OutgoingMessage } from '../broker.port';

/** acks=-1: the leader answers only once every in-sync replica has the batch. */
const ACKS_ALL = -1;

/**
 * An idempotent producer: the broker de-duplicates kafkajs's own retries of a batch (producer id +
 * sequence numbers), and one request in flight at a time keeps a retried batch from overtaking the
 * next one, so per-partition order survives network errors. It does not survive a process restart
 * (a new producer id): that is the relay's at-least-once, absorbed by the consumers' inbox.
 */
export class KafkaPublisher implements MessagePublisher {
  private readonly producer: Producer;
  private connecting: Promise<void> | null = null;

  constructor(kafka: Kafka) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // Java-compatible murmur2, so a Java or librdkafka producer would pick the same partition for a key.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connect();
    await this.producer.send({
      topic,
      acks: ACKS_ALL,
      messages: messages.map(({ key, value, headers }) => ({ key, value, headers })),
    });
  }

  async close(): Promise<void> {
    if (this.connecting === null) return;
    this.connecting = null;
    await this.producer.disconnect();
  }

  private connect(): Promise<void> {
    // Connect once, lazily; a failed connect is forgotten so the next publish tries again.
    this.connecting ??= this.producer.connect().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }
}
