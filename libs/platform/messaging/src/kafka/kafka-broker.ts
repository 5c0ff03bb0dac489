import { Kafka, type Admin } from 'kafkajs';
import type { EnsureTopicsOptions, MessageBroker, MessagePublisher, MessageSubscriber, SubscriberOptions } from '../broker.port';
import { consoleLogger, type MessagingLogger } from '../logger';
import { kafkaConfigFromEnv, type KafkaConnectionConfig } from './kafka-config';
import { KAFKA_LOG_LEVELS, kafkaLogCreator, type KafkaLogLevel } from './kafka-logging';
import { KafkaPublisher } from './kafka-publisher';
import { KafkaSubscriber } from './kafka-subscriber';

export interface KafkaBrokerOptions extends Partial<KafkaConnectionConfig> {
  logger?: MessagingLogger;
  /** kafkajs's own verbosity; default `warn` (its info level logs every group join). */
  logLevel?: KafkaLogLevel;
}

const DEFAULT_PARTITIONS = 3;
const DEFAULT_REPLICATION_FACTOR = 1;

/**
 * The connection factory: one kafkajs client per process, from which publishers, subscribers and
 * admin calls are made. Broker addresses and client id come from the environment unless given.
 */
export function createKafkaBroker(options: KafkaBrokerOptions = {}, env: NodeJS.ProcessEnv = process.env): MessageBroker {
  const fromEnv = kafkaConfigFromEnv(env);
  const kafka = new Kafka({
    brokers: options.brokers ?? fromEnv.brokers,
    clientId: options.clientId ?? fromEnv.clientId,
    logLevel: KAFKA_LOG_LEVELS[options.logLevel ?? 'warn'],
    logCreator: kafkaLogCreator(options.logger ?? consoleLogger),
  });
  return new KafkaBroker(kafka, options.logger ?? consoleLogger);
}

class KafkaBroker implements MessageBroker {
  constructor(
    private readonly kafka: Kafka,
    private readonly logger: MessagingLogger,
  ) {}

  createPublisher(): MessagePublisher {
    return new KafkaPublisher(this.kafka);
  }

  createSubscriber(options: SubscriberOptions): MessageSubscriber {
    return new KafkaSubscriber(this.kafka, options, this.logger);
  }

  async ensureTopics(names: string[], options: EnsureTopicsOptions = {}): Promise<void> {
    await this.withAdmin(async (admin) => {
      const existing = new Set(await admin.listTopics());
      const missing = [...new Set(names)].filter((name) => !existing.has(name));
      if (missing.length === 0) return;
      // createTopics tolerates a topic created meanwhile by another process (it answers false).
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: options.partitions ?? DEFAULT_PARTITIONS,
          replicationFactor: options.replicationFactor ?? DEFAULT_REPLICATION_FACTOR,
        })),
      });
    });
  }

  async deleteTopics(names: string[]): Promise<void> {
    if (names.length === 0) return;
    await this.withAdmin(async (admin) => {
      const existing = new Set(await admin.listTopics());
      const present = names.filter((name) => existing.has(name));
      if (present.length > 0) await admin.deleteTopics({ topics: present });
    });
  }

  async deleteConsumerGroups(groupIds: string[]): Promise<void> {
    if (groupIds.length === 0) return;
    await this.withAdmin((admin) => admin.deleteGroups(groupIds).then(() => undefined));
  }

  async countMessages(topic: string): Promise<number> {
    return this.withAdmin(async (admin) => {
      const partitions = await admin.fetchTopicOffsets(topic);
      return partitions.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
    });
  }

  /** Admin work is rare (start-up, tests), so a short-lived admin connection per call is enough. */
  private async withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }
}
