import { timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import { grantsDdl, quoteSchema, runDdlOnce, type SchemaOwner } from '@athar/event-store';

export type SignInAttempt = { outcome: 'unknown' } | { outcome: 'expired' } | { outcome: 'locked' } | { outcome: 'wrong'; attemptsLeft: number } | { outcome: 'confirmed' };

/**
 * Applicants' one-time sign-in codes (docs/adr/0034), in PostgreSQL under `<instance>_sign_in` so every
 * replica of intake checks the same row: one live code per tenant and mobile, kept only as a keyed hash,
 * with its expiry (database clock) and the wrong tries counted under a row lock.
 */
export class SignInCodeStore {
  private readonly schema: string;

  constructor(
    private readonly pool: Pool,
    private readonly schemaName: string,
  ) {
    this.schema = quoteSchema(schemaName);
  }

  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    const grants = grantsDdl(this.schemaName, owner?.grantTo ?? null, { codes: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] });
    await runDdlOnce(
      owner?.pool ?? this.pool,
      this.schemaName,
      `
      CREATE SCHEMA IF NOT EXISTS ${this.schema};
      CREATE TABLE IF NOT EXISTS ${this.schema}.codes (
        tenant_id   text NOT NULL,
        mobile_key  text NOT NULL,
        code_hash   text NOT NULL,
        attempts    integer NOT NULL DEFAULT 0,
        expires_at  timestamptz NOT NULL,
        issued_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, mobile_key)
      );
      CREATE INDEX IF NOT EXISTS codes_expiry_idx ON ${this.schema}.codes (expires_at);
      ${grants}`,
    );
  }

  /** A new code for the mobile replaces any earlier one (and its count of wrong tries): only the newest works. */
  async issue(tenantId: string, mobileKey: string, codeHash: string, ttlSeconds: number): Promise<Date> {
    await this.pool.query(`DELETE FROM ${this.schema}.codes WHERE expires_at < now() - interval '1 day'`);
    const { rows } = await this.pool.query<{ expires_at: Date }>(
      `INSERT INTO ${this.schema}.codes (tenant_id, mobile_key, code_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       ON CONFLICT (tenant_id, mobile_key) DO UPDATE SET code_hash = EXCLUDED.code_hash, attempts = 0, expires_at = EXCLUDED.expires_at, issued_at = now()
       RETURNING expires_at`,
      [tenantId, mobileKey, codeHash, ttlSeconds],
    );
    return rows[0].expires_at;
  }

  /**
   * One try of a code, under a row lock so concurrent tries count one by one: after `maxAttempts` wrong
   * codes the code is locked (even the right one is refused) until a new one is asked for; an expired
   * code is removed; the right one is removed as it is accepted, so it works exactly once.
   */
  async attempt(tenantId: string, mobileKey: string, codeHash: string, maxAttempts: number): Promise<SignInAttempt> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ code_hash: string; attempts: number; expired: boolean }>(
        `SELECT code_hash, attempts, expires_at <= now() AS expired FROM ${this.schema}.codes WHERE tenant_id = $1 AND mobile_key = $2 FOR UPDATE`,
        [tenantId, mobileKey],
      );
      const row = rows[0];
      const remove = () => client.query(`DELETE FROM ${this.schema}.codes WHERE tenant_id = $1 AND mobile_key = $2`, [tenantId, mobileKey]);
      let result: SignInAttempt;
      if (!row) result = { outcome: 'unknown' };
      else if (row.attempts >= maxAttempts) result = { outcome: 'locked' };
      else if (row.expired) {
        await remove();
        result = { outcome: 'expired' };
      } else if (!sameHash(row.code_hash, codeHash)) {
        await client.query(`UPDATE ${this.schema}.codes SET attempts = attempts + 1 WHERE tenant_id = $1 AND mobile_key = $2`, [tenantId, mobileKey]);
        const attemptsLeft = maxAttempts - row.attempts - 1;
        result = attemptsLeft > 0 ? { outcome: 'wrong', attemptsLeft } : { outcome: 'locked' };
      } else {
        await remove();
        result = { outcome: 'confirmed' };
      }
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
