import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { grantsDdl, quoteSchema, runDdlOnce, type SchemaOwner } from '@athar/event-store';
import { IdempotencySecrets } from './idempotency.secrets';

export type IdempotencyClaim =
  | { outcome: 'claimed'; claimId: string; rowId: string }
  | { outcome: 'replay'; statusCode: number; body: unknown }
  | { outcome: 'in-progress' }
  | { outcome: 'mismatch' };

/** Whose key it is: the service, the tenant and the caller (a signed-in subject in its roles, or an anonymous client). */
export interface IdempotencyScope {
  service: string;
  tenantId: string;
  caller: string;
}

export interface IdempotencyStoreOptions {
  /** How long a key is remembered (24 h, as payment APIs keep theirs); then it is purged. */
  ttlSeconds?: number;
  /** How long a claim holds the key unless renewed; renewed every third of it while its request runs (`holdWhile`), so a claim whose process died is free after it. */
  leaseSeconds?: number;
  /** How often expired rows are deleted (0: never on a timer; `purgeExpired` may still be called). */
  purgeEverySeconds?: number;
}

export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;
/** Short, because it is renewed while the request runs: a retry after a crash waits this long at most (ADR 0023, amended). */
export const IDEMPOTENCY_LEASE_SECONDS = 15;

/**
 * Remembers, per service, tenant, caller and key, the first answer to a POST so a retried request gets
 * it again instead of doing the work twice; a key reused with a different request is refused (ADR 0023).
 *
 * Nothing in a row is readable without the secret (IdempotencySecrets): the row id is a keyed hash of
 * scope and key, the request is a keyed fingerprint (body and uploaded files), the answer is sealed with
 * AES-256-GCM. Rows expire after 24 hours and are purged. A claim is a lease, renewed while its request
 * runs: if the process running the request dies, the key is free again once the lease has run out.
 */
export class IdempotencyStore {
  private readonly table: string;
  private readonly oldTable: string;
  private readonly ttlSeconds: number;
  private readonly leaseSeconds: number;
  private readonly purgeEverySeconds: number;
  private purgeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    readonly secrets: IdempotencySecrets,
    options: IdempotencyStoreOptions = {},
  ) {
    this.table = `${quoteSchema(schema)}.idempotency_records`;
    this.oldTable = `${quoteSchema(schema)}.idempotency_keys`;
    this.ttlSeconds = options.ttlSeconds ?? IDEMPOTENCY_TTL_SECONDS;
    this.leaseSeconds = options.leaseSeconds ?? IDEMPOTENCY_LEASE_SECONDS;
    this.purgeEverySeconds = options.purgeEverySeconds ?? 3600;
  }

  /** With an owner (docs/adr/0018): its DDL, and the services' role may claim, complete, release and purge. */
  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    const grants = grantsDdl(this.schema, owner?.grantTo ?? null, { idempotency_records: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] });
    // The former table kept answers in clear with an unkeyed hash of the body: it is dropped, not migrated.
    await runDdlOnce(
      owner?.pool ?? this.pool,
      this.schema,
      `
        CREATE SCHEMA IF NOT EXISTS ${quoteSchema(this.schema)};
        DROP TABLE IF EXISTS ${this.oldTable};
        CREATE TABLE IF NOT EXISTS ${this.table} (
          id            text PRIMARY KEY,
          request_mac   text NOT NULL,
          claim_id      uuid NOT NULL,
          lease_until   timestamptz NOT NULL,
          status_code   integer,
          sealed_answer bytea,
          created_at    timestamptz NOT NULL DEFAULT now(),
          expires_at    timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS idempotency_records_expiry ON ${this.table} (expires_at);
        ${grants}`,
    );
  }

  /** Starts the hourly purge of expired rows (and runs one now). */
  startPurging(): void {
    if (this.purgeEverySeconds <= 0 || this.purgeTimer) return;
    const purge = () => void this.purgeExpired().catch(() => undefined);
    purge();
    this.purgeTimer = setInterval(purge, this.purgeEverySeconds * 1000);
    this.purgeTimer.unref();
  }

  stopPurging(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.purgeTimer = undefined;
  }

  /** Deletes every expired row; returns how many. */
  async purgeExpired(): Promise<number> {
    const result = await this.pool.query(`DELETE FROM ${this.table} WHERE expires_at <= now()`);
    return result.rowCount ?? 0;
  }

  /** The row id: a keyed hash of the scope and the key, so neither is stored. */
  rowId(scope: IdempotencyScope, key: string): string {
    return this.secrets.fingerprint('row', scope.service, scope.tenantId, scope.caller, key);
  }

  async claim(scope: IdempotencyScope, key: string, requestMac: string): Promise<IdempotencyClaim> {
    const rowId = this.rowId(scope, key);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const claimId = randomUUID();
      // A new key, an expired one, or one whose claim outlived its lease (its request died) is claimed.
      const claimed = await this.pool.query(
        `INSERT INTO ${this.table} AS r (id, request_mac, claim_id, lease_until, expires_at)
           VALUES ($1, $2, $3, now() + make_interval(secs => $4), now() + make_interval(secs => $5))
         ON CONFLICT (id) DO UPDATE
           SET request_mac = EXCLUDED.request_mac, claim_id = EXCLUDED.claim_id, lease_until = EXCLUDED.lease_until,
               status_code = NULL, sealed_answer = NULL, created_at = now(), expires_at = EXCLUDED.expires_at
           WHERE r.expires_at <= now() OR (r.status_code IS NULL AND r.lease_until <= now())`,
        [rowId, requestMac, claimId, this.leaseSeconds, this.ttlSeconds],
      );
      if (claimed.rowCount === 1) return { outcome: 'claimed', claimId, rowId };
      const { rows } = await this.pool.query<{ request_mac: string; status_code: number | null; sealed_answer: Buffer | null }>(
        `SELECT request_mac, status_code, sealed_answer FROM ${this.table} WHERE id = $1 AND expires_at > now()`,
        [rowId],
      );
      const row = rows[0];
      if (!row) continue; // released or expired meanwhile: try again
      if (row.request_mac !== requestMac) return { outcome: 'mismatch' };
      if (row.status_code === null || row.sealed_answer === null) return { outcome: 'in-progress' };
      const body = JSON.parse(this.secrets.open(rowId, row.sealed_answer).toString('utf8')) as unknown;
      return { outcome: 'replay', statusCode: row.status_code, body };
    }
    return { outcome: 'in-progress' };
  }

  /** Extends this claim's lease if it still holds the key unanswered; whether it did. */
  async renew(claim: { claimId: string; rowId: string }): Promise<boolean> {
    const renewed = await this.pool.query(
      `UPDATE ${this.table} SET lease_until = now() + make_interval(secs => $3) WHERE id = $1 AND claim_id = $2 AND status_code IS NULL`,
      [claim.rowId, claim.claimId, this.leaseSeconds],
    );
    return renewed.rowCount === 1;
  }

  /**
   * Runs the claim's request, renewing its lease every third of the lease meanwhile: a slow request keeps
   * its key however long it runs, and a dead process's key is free a lease after its last renewal. A renewal
   * that fails (PostgreSQL unavailable) is tried again at the next tick; should the lease lapse meanwhile, a
   * retry runs the request again under the same derived ids (ADR 0019), and only one claim's answer is kept.
   */
  async holdWhile<T>(claim: { claimId: string; rowId: string }, work: () => Promise<T>): Promise<T> {
    const timer = setInterval(() => void this.renew(claim).catch(() => undefined), (this.leaseSeconds * 1000) / 3);
    timer.unref();
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  /** Keeps the answer, sealed, if this claim still holds the key. */
  async complete(claim: { claimId: string; rowId: string }, statusCode: number, body: unknown): Promise<void> {
    const sealed = this.secrets.seal(claim.rowId, Buffer.from(JSON.stringify(body ?? null), 'utf8'));
    await this.pool.query(`UPDATE ${this.table} SET status_code = $3, sealed_answer = $4 WHERE id = $1 AND claim_id = $2`, [
      claim.rowId,
      claim.claimId,
      statusCode,
      sealed,
    ]);
  }

  /** The request failed: forget the key so a corrected retry can use it (only this claim's own row). */
  async release(claim: { claimId: string; rowId: string }): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.table} WHERE id = $1 AND claim_id = $2 AND status_code IS NULL`, [claim.rowId, claim.claimId]);
  }
}
