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

export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Who runs a schema's DDL, and whom it grants (docs/adr/0018): the owner role's pool, and the role
 * the services connect as, which gets exactly the privileges each table lists, nothing else. `grantTo`
 * null: the services connect as the owner itself (tests, tools), so there is nothing to grant.
 */
export interface SchemaOwner {
  pool: Pool;
  grantTo: string | null;
}

/** A role name safe to interpolate, quoted. */
export function quoteRole(role: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`Invalid role name "${role}"`);
  return `"${role}"`;
}

/**
 * The grants of a schema to the services' role, exact each time they run: every privilege on each
 * table is revoked, then the listed ones granted (so one given by hand or by an older release goes);
 * `sequences` are those the role draws from (bigserial columns).
 */
export function grantsDdl(schema: string, grantTo: string | null, tables: Record<string, TablePrivilege[]>, sequences: string[] = []): string {
  if (grantTo === null) return '';
  const s = quoteSchema(schema);
  const role = quoteRole(grantTo);
  const lines = [`GRANT USAGE ON SCHEMA ${s} TO ${role};`];
  for (const [table, privileges] of Object.entries(tables)) {
    lines.push(`REVOKE ALL ON ${s}.${quoteSchema(table)} FROM ${role};`);
    if (privileges.length > 0) lines.push(`GRANT ${privileges.join(', ')} ON ${s}.${quoteSchema(table)} TO ${role};`);
  }
  for (const sequence of sequences) {
    lines.push(`REVOKE ALL ON SEQUENCE ${s}.${quoteSchema(sequence)} FROM ${role};`);
    lines.push(`GRANT USAGE ON SEQUENCE ${s}.${quoteSchema(sequence)} TO ${role};`);
  }
  return lines.join('\n');
}
