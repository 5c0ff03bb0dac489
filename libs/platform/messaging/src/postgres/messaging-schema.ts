import type { Pool } from 'pg';
import { grantsDdl } from '@athar/event-store';

export const DEFAULT_MESSAGING_SCHEMA = 'messaging';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name goes into SQL text (identifiers cannot be bound), so only plain names pass. */
export function schemaIdentifier(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`Invalid messaging schema name: ${schema}`);
  return `"${schema}"`;
}

/**
 * Creates the relay checkpoints and the inbox tables. Idempotent; an advisory lock serialises
 * concurrent callers, because two `CREATE ... IF NOT EXISTS` racing can still fail on a unique index.
 * `pool` is the schema owner's; `grantTo` the services' role (docs/adr/0018), which moves checkpoints
 * forward and records handled events, and deletes neither.
 */
export async function ensureMessagingSchema(pool: Pool, schema: string = DEFAULT_MESSAGING_SCHEMA, grantTo: string | null = null): Promise<void> {
  const s = schemaIdentifier(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`athar.messaging-schema.${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    // numeric, not bigint: an EventStoreDB position packs commit and prepare into up to 128 bits
    // (docs/adr/0018); GREATEST still compares it as a number.
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${s}.relay_checkpoints (
        relay_name text PRIMARY KEY,
        position   numeric(39, 0) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await client.query(
      `DO $$ BEGIN
         IF EXISTS (SELECT 1 FROM information_schema.columns
                    WHERE table_schema = '${schema}' AND table_name = 'relay_checkpoints' AND column_name = 'position' AND data_type = 'bigint') THEN
           ALTER TABLE ${s}.relay_checkpoints ALTER COLUMN position TYPE numeric(39, 0);
         END IF;
       END $$`,
    );
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${s}.inbox (
        consumer_group text NOT NULL,
        event_id       text NOT NULL,
        handled_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
    const grants = grantsDdl(schema, grantTo, { relay_checkpoints: ['SELECT', 'INSERT', 'UPDATE'], inbox: ['SELECT', 'INSERT'] });
    if (grants) await client.query(grants);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
