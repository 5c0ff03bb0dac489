import type { Pool } from 'pg';
import { grantsDdl, quoteSchema, runDdlOnce, type SchemaOwner } from '@athar/event-store';

export type IdempotencyClaim =
  | { outcome: 'claimed' }
  | { outcome: 'replay'; statusCode: number; body: unknown }
  | { outcome: 'in-progress' }
  | { outcome: 'mismatch' };

/**
 * Remembers, per tenant and key, the first answer to a POST so a retried request gets it again
 * instead of doing the work twice. A key reused with a different request is refused.
 */
export class IdempotencyStore {
  private readonly table: string;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {
    this.table = `${quoteSchema(schema)}.idempotency_keys`;
  }

  /** With an owner (docs/adr/0018): its DDL, and the services' role may claim, complete and release keys. */
  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    const grants = grantsDdl(this.schema, owner?.grantTo ?? null, { idempotency_keys: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] });
    await runDdlOnce(owner?.pool ?? this.pool, this.schema, `
        CREATE SCHEMA IF NOT EXISTS ${quoteSchema(this.schema)};
        CREATE TABLE IF NOT EXISTS ${this.table} (
          tenant_id     text NOT NULL,
          key           text NOT NULL,
          request_hash  text NOT NULL,
          status_code   integer,
          response      jsonb,
          created_at    timestamptz NOT NULL DEFAULT now(),
          completed_at  timestamptz,
          PRIMARY KEY (tenant_id, key)
        );
        ${grants}`);
  }

  async claim(tenantId: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    const inserted = await this.pool.query(
      `INSERT INTO ${this.table} (tenant_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [tenantId, key, requestHash],
    );
    if (inserted.rowCount === 1) return { outcome: 'claimed' };
    const { rows } = await this.pool.query<{ request_hash: string; status_code: number | null; response: unknown }>(
      `SELECT request_hash, status_code, response FROM ${this.table} WHERE tenant_id = $1 AND key = $2`,
      [tenantId, key],
    );
    const row = rows[0];
    if (!row) return this.claim(tenantId, key, requestHash); // released meanwhile: try again
    if (row.request_hash !== requestHash) return { outcome: 'mismatch' };
    if (row.status_code === null) return { outcome: 'in-progress' };
    return { outcome: 'replay', statusCode: row.status_code, body: row.response };
  }

  async complete(tenantId: string, key: string, statusCode: number, body: unknown): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.table} SET status_code = $3, response = $4, completed_at = now() WHERE tenant_id = $1 AND key = $2`,
      [tenantId, key, statusCode, JSON.stringify(body ?? null)],
    );
  }

  /** The request failed: forget the key so a corrected retry can use it. */
  async release(tenantId: string, key: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.table} WHERE tenant_id = $1 AND key = $2 AND status_code IS NULL`, [tenantId, key]);
  }
}
