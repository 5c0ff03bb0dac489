import type { EventStore } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';

export const DEFAULT_PG_URL = 'postgres://athar:athar@127.0.0.1:15432/athar';

/**
 * The configured store: EventStoreDB when EVENTSTORE_CONNECTION_STRING is set (production), else
 * PostgreSQL at ATHAR_PG_URL in schema ATHAR_EVENT_STORE_SCHEMA, by default the instance's
 * `<ATHAR_INSTANCE>_events` (`athar_events`; docs/adr/0006-instance-names.md).
 */
export async function createEventStoreFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<EventStore> {
  if (env.EVENTSTORE_CONNECTION_STRING) {
    const { EventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store');
    return EventStoreDbEventStore.fromConnectionString(env.EVENTSTORE_CONNECTION_STRING);
  }
  const store = new PostgresEventStore({ connectionString: env.ATHAR_PG_URL ?? DEFAULT_PG_URL, schema: env.ATHAR_EVENT_STORE_SCHEMA || `${env.ATHAR_INSTANCE || 'athar'}_events` });
  await store.ensureSchema();
  return store;
}
