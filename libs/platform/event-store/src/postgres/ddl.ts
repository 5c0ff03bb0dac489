import type { Pool } from 'pg';

/** A schema name safe to interpolate (identifiers cannot be bound as parameters). */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  return `"${schema}"`;
}

/**
 * Runs idempotent DDL under a session advisory lock named after the schema: five services starting at
 * once would otherwise race on CREATE ... IF NOT EXISTS and fail on the catalog's unique indexes.
 */
export async function runDdlOnce(pool: Pool, schema: string, ddl: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`athar-ddl:${schema}`]);
    try {
      await client.query(ddl);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`athar-ddl:${schema}`]);
    }
  } finally {
    client.release();
  }
}
