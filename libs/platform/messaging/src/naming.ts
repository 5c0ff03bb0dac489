import { DEFAULT_INSTANCE, type BoundedContext } from '@athar/contracts';

/** Names scoped by instance (docs/adr/0006-instance-names.md), so test runs never meet live traffic. */

/** The consumer group of a service, e.g. `athar.eligibility`. */
export function consumerGroupId(service: BoundedContext, instance: string = DEFAULT_INSTANCE): string {
  return `${instance}.${service}`;
}

/** The checkpoint name of a service's relay, e.g. `athar.intake`. */
export function relayName(context: BoundedContext, instance: string = DEFAULT_INSTANCE): string {
  return `${instance}.${context}`;
}
