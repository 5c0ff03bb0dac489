import type { BoundedContext } from '@athar/contracts';

export interface EnginesOptions {
  /** The bounded context this service owns: its streams, its topic, its consumer group. */
  context: BoundedContext;
  /** Contexts whose events this service consumes (its own included when it projects them). */
  consumes: BoundedContext[];
  /**
   * The service answers `GET /cases/{caseId}` with its own controller, documenting the details it keeps
   * field by field (docs/adr/0031); the shared CaseViewController (details as an open object) is left out.
   */
  ownCaseViewController?: boolean;
}

export interface ResolvedEnginesOptions extends EnginesOptions {
  /** See docs/adr/0006-instance-names.md. */
  instance: string;
}

export const ENGINES_OPTIONS = Symbol('ENGINES_OPTIONS');

/** The service's PostgreSQL pool (inbox, relay checkpoints, idempotency keys). */
export const PG_POOL = Symbol('PG_POOL');

/**
 * The schema owner's connection and the role to grant (a SchemaOwner): what creates and migrates the
 * service's schemas at start-up (ATHAR_PG_MIGRATION_URL; docs/adr/0018). Queries never use it.
 */
export const PG_SCHEMA_OWNER = Symbol('PG_SCHEMA_OWNER');
