import { grantsDdl, quoteSchema } from './ddl';

/**
 * Timestamps are kept as the ISO text the writer produced (not timestamptz), so the hashed bytes
 * read back exactly as written. The streams row holds the revision and last hash for appends.
 */
export function schemaDdl(schema: string): string {
  const s = quoteSchema(schema);
  return `
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.streams (
      stream_id   text PRIMARY KEY,
      revision    bigint NOT NULL,
      last_hash   text NOT NULL
    );
    CREATE TABLE IF NOT EXISTS ${s}.events (
      global_position bigserial PRIMARY KEY,
      event_id        uuid NOT NULL UNIQUE,
      stream_id       text NOT NULL,
      revision        bigint NOT NULL,
      type            text NOT NULL,
      version         integer NOT NULL,
      tenant_id       text NOT NULL,
      occurred_at     text NOT NULL,
      recorded_at     text NOT NULL,
      actor           jsonb NOT NULL,
      correlation_id  text NOT NULL,
      causation_id    text,
      data            jsonb NOT NULL,
      previous_hash   text NOT NULL,
      hash            text NOT NULL,
      UNIQUE (stream_id, revision)
    );
    CREATE INDEX IF NOT EXISTS events_tenant_idx ON ${s}.events (tenant_id, global_position);
    -- Signed checkpoints of the global log's Merkle tree; their outside copy is what verification trusts (docs/adr/0043).
    CREATE TABLE IF NOT EXISTS ${s}.checkpoints (
      tree_size            bigint PRIMARY KEY,
      root_hash            text NOT NULL,
      last_global_position text NOT NULL,
      signed_at            text NOT NULL,
      key_id               text NOT NULL,
      checkpoint           jsonb NOT NULL
    );
  `;
}

/**
 * The services' role appends and reads events, never changes or removes one: SELECT and INSERT on
 * `events` (and drawing its positions); `streams` also takes UPDATE, for the revision and last hash
 * an append moves forward (and the row lock it takes); `checkpoints` SELECT and INSERT. No DELETE, no TRUNCATE anywhere.
 */
export function schemaGrants(schema: string, grantTo: string | null): string {
  return grantsDdl(schema, grantTo, { events: ['SELECT', 'INSERT'], streams: ['SELECT', 'INSERT', 'UPDATE'], checkpoints: ['SELECT', 'INSERT'] }, [
    'events_global_position_seq',
  ]);
}
