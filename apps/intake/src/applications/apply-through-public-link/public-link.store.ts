import { timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import { grantsDdl, quoteSchema, runDdlOnce, type SchemaOwner, type TablePrivilege } from '@athar/event-store';
import type { RequestLimit } from '@athar/tenancy';

export interface PendingRequest {
  id: string;
  tenantId: string;
  /** The case the request becomes once confirmed; its data key seals `sealed` (ADR 0013). */
  caseId: string;
  /** Keyed hash of the mobile the code was sent to: the applicant's subject once confirmed. */
  mobileKey: string;
  /** Keyed hash of the code (never the code itself). */
  codeHash: string;
  expiresAt: Date;
  sealed: unknown;
}

export type ConfirmationAttempt =
  | { outcome: 'unknown' }
  | { outcome: 'expired' }
  | { outcome: 'locked' }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'confirmed'; caseId: string; mobileKey: string; sealed: unknown };

/** A public-link draft's way back (docs/adr/0026): one live return code per case, kept only as a keyed hash. */
export interface ReturnGrant {
  tenantId: string;
  caseNumber: string;
  caseId: string;
  /** Keyed hash of the confirmed mobile: the draft's owner is `public:<mobileKey>`. */
  mobileKey: string;
  tokenHash: string;
  expiresAt: Date;
}

export interface WindowCount {
  hits: number;
  /** Seconds until this window ends. */
  secondsLeft: number;
}

/**
 * The public link's shared state, in PostgreSQL under the instance's `<instance>_public_link` schema, so
 * every replica of intake counts and confirms against the same rows (docs/adr/0024): fixed-window hit
 * counters, requests waiting for their mobile to be confirmed, and spent proof-of-work stamps. No
 * personal value is stored in clear: keys are keyed hashes, the pending request is sealed.
 */
export class PublicLinkStore {
  private readonly schema: string;
  private lastPurge = 0;

  constructor(
    private readonly pool: Pool,
    private readonly schemaName: string,
  ) {
    this.schema = quoteSchema(schemaName);
  }

  /** With an owner (docs/adr/0018): its DDL, and the services' role may count, hold and hand over requests. */
  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    const all: TablePrivilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];
    const grants = grantsDdl(this.schemaName, owner?.grantTo ?? null, { rate_windows: all, pending_requests: all, spent_stamps: all, return_grants: all });
    await runDdlOnce(
      owner?.pool ?? this.pool,
      this.schemaName,
      `
      CREATE SCHEMA IF NOT EXISTS ${this.schema};
      CREATE TABLE IF NOT EXISTS ${this.schema}.rate_windows (
        key           text PRIMARY KEY,
        window_start  timestamptz NOT NULL,
        window_end    timestamptz NOT NULL,
        hits          integer NOT NULL
      );
      CREATE INDEX IF NOT EXISTS rate_windows_end_idx ON ${this.schema}.rate_windows (window_end);
      CREATE TABLE IF NOT EXISTS ${this.schema}.pending_requests (
        id          uuid PRIMARY KEY,
        tenant_id   text NOT NULL,
        case_id     uuid NOT NULL,
        mobile_key  text NOT NULL,
        code_hash   text NOT NULL,
        attempts    integer NOT NULL DEFAULT 0,
        expires_at  timestamptz NOT NULL,
        sealed      jsonb NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX IF NOT EXISTS pending_requests_expiry_idx ON ${this.schema}.pending_requests (expires_at);
      CREATE TABLE IF NOT EXISTS ${this.schema}.return_grants (
        tenant_id    text NOT NULL,
        case_number  text NOT NULL,
        case_id      uuid NOT NULL,
        mobile_key   text NOT NULL,
        token_hash   text,
        expires_at   timestamptz NOT NULL,
        issued_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, case_number)
      );
      CREATE TABLE IF NOT EXISTS ${this.schema}.spent_stamps (
        stamp_hash  text PRIMARY KEY,
        expires_at  timestamptz NOT NULL
      );
      ${grants}`,
    );
  }

  /**
   * Counts one hit in the key's window and returns the window's count. A window is fixed and starts at
   * its key's first hit (database clock); a hit after it ends opens the next. One statement, so hits
   * from every replica are counted one by one.
   */
  async hit(key: string, limit: RequestLimit): Promise<WindowCount> {
    await this.purgeNowAndThen();
    const { rows } = await this.pool.query<{ hits: number; seconds_left: string }>(
      `INSERT INTO ${this.schema}.rate_windows AS w (key, window_start, window_end, hits)
       VALUES ($1, now(), now() + make_interval(secs => $2), 1)
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN w.window_end <= now() THEN now() ELSE w.window_start END,
         window_end   = CASE WHEN w.window_end <= now() THEN now() + make_interval(secs => $2) ELSE w.window_end END,
         hits         = CASE WHEN w.window_end <= now() THEN 1 ELSE w.hits + 1 END
       RETURNING hits, ceil(extract(epoch FROM window_end - now())) AS seconds_left`,
      [key, limit.windowSeconds],
    );
    // The epoch of an interval can come back a hair over the window (3600.000001 → 3601): never say more than the window.
    return { hits: rows[0].hits, secondsLeft: Math.min(limit.windowSeconds, Math.max(1, Number(rows[0].seconds_left))) };
  }

  async savePending(request: PendingRequest): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.pending_requests (id, tenant_id, case_id, mobile_key, code_hash, expires_at, sealed) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [request.id, request.tenantId, request.caseId, request.mobileKey, request.codeHash, request.expiresAt, JSON.stringify(request.sealed)],
    );
  }

  /**
   * One try of a code, under a row lock so concurrent tries count one by one: an expired request is
   * removed; after `maxAttempts` wrong codes the request is locked (even the right code is refused);
   * the right code removes the request and hands it over, exactly once.
   */
  async attempt(tenantId: string, id: string, codeHash: string, maxAttempts: number): Promise<ConfirmationAttempt> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ case_id: string; mobile_key: string; code_hash: string; attempts: number; expired: boolean; sealed: unknown }>(
        `SELECT case_id, mobile_key, code_hash, attempts, expires_at <= now() AS expired, sealed
           FROM ${this.schema}.pending_requests WHERE id = $1 AND tenant_id = $2 FOR UPDATE`,
        [id, tenantId],
      );
      const row = rows[0];
      let result: ConfirmationAttempt;
      if (!row) result = { outcome: 'unknown' };
      else if (row.attempts >= maxAttempts) result = { outcome: 'locked' };
      else if (row.expired) {
        await client.query(`DELETE FROM ${this.schema}.pending_requests WHERE id = $1`, [id]);
        result = { outcome: 'expired' };
      } else if (!sameHash(row.code_hash, codeHash)) {
        await client.query(`UPDATE ${this.schema}.pending_requests SET attempts = attempts + 1 WHERE id = $1`, [id]);
        const attemptsLeft = maxAttempts - row.attempts - 1;
        result = attemptsLeft > 0 ? { outcome: 'wrong', attemptsLeft } : { outcome: 'locked' };
      } else {
        await client.query(`DELETE FROM ${this.schema}.pending_requests WHERE id = $1`, [id]);
        result = { outcome: 'confirmed', caseId: row.case_id, mobileKey: row.mobile_key, sealed: row.sealed };
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

  /** Records (or replaces) a draft's return code: only the newest code of a case works. */
  async saveReturnGrant(grant: ReturnGrant): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.schema}.return_grants (tenant_id, case_number, case_id, mobile_key, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, case_number) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at, issued_at = now()
       WHERE ${this.schema}.return_grants.case_id = EXCLUDED.case_id AND ${this.schema}.return_grants.mobile_key = EXCLUDED.mobile_key`,
      [grant.tenantId, grant.caseNumber, grant.caseId, grant.mobileKey, grant.tokenHash, grant.expiresAt],
    );
  }

  /** The case behind a case number of this tenant's public-link drafts, if the mobile given is the one confirmed for it. */
  async returnCaseFor(tenantId: string, caseNumber: string, mobileKey: string): Promise<{ caseId: string } | null> {
    const { rows } = await this.pool.query<{ case_id: string; mobile_key: string }>(
      `SELECT case_id, mobile_key FROM ${this.schema}.return_grants WHERE tenant_id = $1 AND case_number = $2`,
      [tenantId, caseNumber],
    );
    const row = rows[0];
    return row && sameHash(row.mobile_key, mobileKey) ? { caseId: row.case_id } : null;
  }

  /**
   * The draft a return code opens: only this tenant's, only this case number's, only the newest code
   * issued for it and only before it expires (database clock); null otherwise, whatever the reason.
   */
  async redeemable(
    tenantId: string,
    caseNumber: string,
    hashOf: (caseId: string) => string,
  ): Promise<{ caseId: string; mobileKey: string; expiresAt: Date } | null> {
    const { rows } = await this.pool.query<{ case_id: string; mobile_key: string; token_hash: string | null; expires_at: Date; live: boolean }>(
      `SELECT case_id, mobile_key, token_hash, expires_at, expires_at > now() AS live FROM ${this.schema}.return_grants WHERE tenant_id = $1 AND case_number = $2`,
      [tenantId, caseNumber],
    );
    const row = rows[0];
    if (!row || !row.token_hash || !row.live || !sameHash(row.token_hash, hashOf(row.case_id))) return null;
    return { caseId: row.case_id, mobileKey: row.mobile_key, expiresAt: row.expires_at };
  }

  /** After submission no code of the case works again. */
  async spendReturnGrant(tenantId: string, caseNumber: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.schema}.return_grants WHERE tenant_id = $1 AND case_number = $2`, [tenantId, caseNumber]);
  }

  /** Records a proof-of-work stamp as spent; false when it was spent before (a replay). */
  async spendStamp(stampHash: string, keepSeconds: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO ${this.schema}.spent_stamps (stamp_hash, expires_at) VALUES ($1, now() + make_interval(secs => $2)) ON CONFLICT (stamp_hash) DO NOTHING`,
      [stampHash, keepSeconds],
    );
    return rowCount === 1;
  }

  /** Drops ended windows, spent stamps past their validity and requests an hour past expiry (at most once a minute per process). */
  private async purgeNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    await this.pool.query(`DELETE FROM ${this.schema}.rate_windows WHERE window_end < now() - interval '1 minute'`);
    await this.pool.query(`DELETE FROM ${this.schema}.spent_stamps WHERE expires_at < now()`);
    await this.pool.query(`DELETE FROM ${this.schema}.pending_requests WHERE expires_at < now() - interval '1 hour'`);
  }
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
