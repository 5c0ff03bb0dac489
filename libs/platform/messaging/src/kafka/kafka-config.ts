export interface KafkaConnectionConfig {
  brokers: string[];
  clientId: string;
}

export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';
export const DEFAULT_KAFKA_CLIENT_ID = 'athar';

/**
 * KAFKA_BROKERS (comma-separated host:port, default 127.0.0.1:9092) and KAFKA_CLIENT_ID
 * (default `athar`; a service sets its own name so broker logs and quotas tell services apart).
 */
export function kafkaConfigFromEnv(env: NodeJS.ProcessEnv = process.env): KafkaConnectionConfig {
  const brokers = (env['KAFKA_BROKERS'] ?? DEFAULT_KAFKA_BROKERS)
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker.length > 0);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS names no broker');
  const clientId = env['KAFKA_CLIENT_ID']?.trim() || DEFAULT_KAFKA_CLIENT_ID;
  return { brokers, clientId };
}

/** Partitions a service's consumer handles at once when ATHAR_CONSUMER_PARTITIONS is unset: one, on two cores (docs/adr/0056). */
export const DEFAULT_CONSUMER_PARTITIONS = 1;
export const MAX_CONSUMER_PARTITIONS = 8;

/**
 * ATHAR_CONSUMER_PARTITIONS: how many of its partitions a service's consumer handles at the same time
 * (kafkajs' `partitionsConsumedConcurrently`), 1 to 8; each partition's messages stay in order, one
 * at a time. 1 (the default) handles one partition after another.
 * At most 8: each handling holds an inbox connection (a pool of its own, one per partition) and its
 * handler may take one of the service pool's 10 PostgreSQL connections, which HTTP requests share.
 */
export function consumerPartitionsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const given = env['ATHAR_CONSUMER_PARTITIONS']?.trim();
  if (!given) return DEFAULT_CONSUMER_PARTITIONS;
  const count = Number(given);
  if (!Number.isInteger(count) || count < 1 || count > MAX_CONSUMER_PARTITIONS)
    throw new Error(`ATHAR_CONSUMER_PARTITIONS must be a whole number from 1 to ${MAX_CONSUMER_PARTITIONS} (got "${given}")`);
  return count;
}
