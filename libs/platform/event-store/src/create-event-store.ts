import { Pool } from 'pg';
import type { EventStore } from './event-store.port';
import type { SchemaOwner } from './postgres/ddl';
import { PostgresEventStore } from './postgres/postgres-event-store';

/** The services' role on the local engines: reads and appends events, cannot change them (docs/adr/0018). */
export const DEFAULT_PG_URL = 'postgres://athar_app:athar_app@127.0.0.1:15432/athar';
/** The owner of Athar's schemas on the local engines: creates and migrates them, grants the services' role. */
export const DEFAULT_PG_MIGRATION_URL = 'postgres://athar_owner:athar_owner@127.0.0.1:15432/athar';

export interface PgConnections {
  /** What the services query with (ATHAR_PG_URL). */
  url: string;
  /** What schema creation and migrations run with (ATHAR_PG_MIGRATION_URL). */
  migrationUrl: string;
  /** The role to grant to: the user of `url` when it differs from the migration user, else null. */
  grantTo: string | null;
}

function userOf(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url).username) || null;
  } catch {
    return null;
  }
}

/**
 * ATHAR_PG_URL for queries and ATHAR_PG_MIGRATION_URL for DDL. Neither set: the local roles
 * (athar_app, athar_owner). Only ATHAR_PG_URL set: DDL runs with it too (one role, as tests and
 * tools use the engines' superuser), so nothing is granted.
 */
export function pgConnectionsFromEnv(env: NodeJS.ProcessEnv = process.env): PgConnections {
  const url = env.ATHAR_PG_URL || DEFAULT_PG_URL;
  const migrationUrl = env.ATHAR_PG_MIGRATION_URL || (env.ATHAR_PG_URL ? env.ATHAR_PG_URL : DEFAULT_PG_MIGRATION_URL);
  const app = userOf(url);
  const owner = userOf(migrationUrl);
  if (migrationUrl !== url && app === null)
    throw new Error('ATHAR_PG_URL must name its user when ATHAR_PG_MIGRATION_URL differs (the migration grants that user)');
  return { url, migrationUrl, grantTo: app !== null && app !== owner ? app : null };
}

/** A short-lived owner connection for DDL; the caller ends `pool` when done. */
export function schemaOwnerFromEnv(env: NodeJS.ProcessEnv = process.env): SchemaOwner {
  const { migrationUrl, grantTo } = pgConnectionsFromEnv(env);
  return { pool: new Pool({ connectionString: migrationUrl, max: 1, idleTimeoutMillis: 1_000 }), grantTo };
}

/**
 * The configured store: EventStoreDB when EVENTSTORE_CONNECTION_STRING is set (production), else
 * PostgreSQL at ATHAR_PG_URL in schema ATHAR_EVENT_STORE_SCHEMA, by default the instance's
 * `<ATHAR_INSTANCE>_events` (`athar_events`; docs/adr/0006-instance-names.md), its schema created or
 * migrated with ATHAR_PG_MIGRATION_URL.
 */
export async function createEventStoreFromEnv(env: NodeJS.ProcessEnv = process.env, options: { connections?: number } = {}): Promise<EventStore> {
  if (env.EVENTSTORE_CONNECTION_STRING) {
    const { EventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store');
    return EventStoreDbEventStore.fromConnectionString(env.EVENTSTORE_CONNECTION_STRING);
  }
  const { url } = pgConnectionsFromEnv(env);
  const store = new PostgresEventStore({
    connectionString: url,
    schema: env.ATHAR_EVENT_STORE_SCHEMA || `${env.ATHAR_INSTANCE || 'athar'}_events`,
    // `connections`: a store of a few connections of its own, for a writer that must not wait behind the pool's other users.
    pool: options.connections ? { max: options.connections } : undefined,
  });
  const owner = schemaOwnerFromEnv(env);
  try {
    await store.ensureSchema(owner);
  } finally {
    await owner.pool.end();
  }
  return store;
}
