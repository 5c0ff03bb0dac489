import type { BoundedContext } from '@athar/contracts';

export interface EnginesOptions {
  /** The bounded context this service owns: its streams, its topic, its consumer group. */
  context: BoundedContext;
  /** Contexts whose events this service consumes (its own included when it projects them). */
  consumes: BoundedContext[];
}

export interface ResolvedEnginesOptions extends EnginesOptions {
  /** See docs/adr/0006-instance-names.md. */
  instance: string;
}

export const ENGINES_OPTIONS = Symbol('ENGINES_OPTIONS');

/** The service's PostgreSQL pool (inbox, relay checkpoints, idempotency keys). */
export const PG_POOL = Symbol('PG_POOL');
