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
