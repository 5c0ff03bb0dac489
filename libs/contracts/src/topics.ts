/** Bounded contexts, one Kafka topic and one stream-id prefix each. */
export const BOUNDED_CONTEXTS = ['intake', 'eligibility', 'committee-review', 'partner-allocation', 'feedback'] as const;
export type BoundedContext = (typeof BOUNDED_CONTEXTS)[number];

/**
 * An instance is one deployment of the platform on shared engines (production is `athar`); topics,
 * consumer groups, schemas and databases are named after it, so test runs never meet live traffic.
 */
export const DEFAULT_INSTANCE = 'athar';

/** The topic a context's relay publishes its events to, e.g. `athar.intake.events`. */
export function eventsTopic(context: BoundedContext, instance: string = DEFAULT_INSTANCE): string {
  return `${instance}.${context}.events`;
}

/** Messages a consumer gave up on after its bounded retries, with the error in their headers. */
export const DEAD_LETTER_TOPIC = 'athar.dead-letter';

export function deadLetterTopic(instance: string = DEFAULT_INSTANCE): string {
  return `${instance}.dead-letter`;
}

/** Every stream of a context starts with `<context>.`, so a relay can follow just its own streams. */
export function streamPrefix(context: BoundedContext): string {
  return `${context}.`;
}

/** Kafka header names carried by every event message. */
export const EVENT_HEADERS = {
  tenantId: 'tenant-id',
  eventId: 'event-id',
  eventType: 'event-type',
  eventVersion: 'event-version',
  correlationId: 'correlation-id',
  causationId: 'causation-id',
  streamId: 'stream-id',
  revision: 'revision',
  globalPosition: 'global-position',
} as const;

/** Extra headers on a dead-lettered message. */
export const DEAD_LETTER_HEADERS = {
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  error: 'dlq-error',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;
