import { HttpException, HttpStatus, Injectable, Logger, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import type { Pool } from 'pg';
import type { Principal } from '@athar/identity';
import { grantsDdl, quoteSchema, runDdlOnce, type SchemaOwner } from '@athar/event-store';
import type { IdempotencySecrets } from './idempotency/idempotency.secrets';

/** Requests per minute: per user (or per client address on public routes) and per tenant. */
export interface RateLimits {
  perUser: number;
  perTenant: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perUser: 1200, perTenant: 20000 };

export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  const read = (name: string, fallback: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number of requests per minute`);
    return value;
  };
  return {
    perUser: read('ATHAR_RATE_LIMIT_PER_USER', DEFAULT_RATE_LIMITS.perUser),
    perTenant: read('ATHAR_RATE_LIMIT_PER_TENANT', DEFAULT_RATE_LIMITS.perTenant),
  };
}

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const WINDOW_MS = 60_000;
type ThrottledRequest = { path: string; ip?: string; principal?: Principal };
const isProbe = (context: ExecutionContext) => /^\/(health|metrics)(\/|$)/.test(context.switchToHttp().getRequest<ThrottledRequest>().path);

/**
 * The two limits as @nestjs/throttler throttlers over one-minute windows: `user` counts a signed-in
 * caller (or, on the public link, the client address), `tenant` counts all of a tenant's callers
 * together. Probes (health, metrics) are not limited. The key is the service and the caller, not the
 * route: a user's requests to every route of a service count together.
 */
export function throttlerOptions(limits: RateLimits, storage: ThrottlerStorage, serviceName: string): ThrottlerModuleOptions {
  const principalOf = (request: Record<string, unknown>) => (request as ThrottledRequest).principal;
  return {
    storage,
    setHeaders: false,
    // Per service, as each service's limit always was: replicas of one service share a window, the five
    // services of an instance (one schema) do not (a case-status read fans out to all of them).
    generateKey: (_context, tracker, name) => `${serviceName}:${name}:${tracker}`,
    throttlers: [
      {
        name: 'user',
        ttl: WINDOW_MS,
        limit: limits.perUser,
        skipIf: isProbe,
        getTracker: (request) => {
          const principal = principalOf(request);
          return principal ? `${principal.tenantId}:${principal.userId}` : `ip:${(request as ThrottledRequest).ip ?? 'unknown'}`;
        },
      },
      {
        name: 'tenant',
        ttl: WINDOW_MS,
        limit: limits.perTenant,
        // The public link has no tenant principal: it is limited per address (and by its own limits, ADR 0024).
        skipIf: (context) => isProbe(context) || !context.switchToHttp().getRequest<ThrottledRequest>().principal,
        getTracker: (request) => principalOf(request)?.tenantId ?? 'none',
      },
    ],
  };
}

/**
 * Throttler counters in PostgreSQL, so every replica of a service counts against the same window
 * (docs/adr/0030). One row per key and fixed window; the key is stored as a keyed hash (a client
 * address is personal data). If PostgreSQL cannot be reached the request is let through and a warning
 * logged: the limits protect the platform, they must not take it down with the database.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimits');
  private readonly table: string;
  private calls = 0;
  private lastWarning = 0;

  constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    private readonly secrets: Pick<IdempotencySecrets, 'fingerprint'>,
    private readonly purgeEvery = 1000,
  ) {
    this.table = `${quoteSchema(schema)}.rate_windows`;
  }

  async ensureSchema(owner?: SchemaOwner): Promise<void> {
    const grants = grantsDdl(this.schema, owner?.grantTo ?? null, { rate_windows: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] });
    await runDdlOnce(
      owner?.pool ?? this.pool,
      this.schema,
      `
        CREATE SCHEMA IF NOT EXISTS ${quoteSchema(this.schema)};
        CREATE TABLE IF NOT EXISTS ${this.table} (
          key        text PRIMARY KEY,
          hits       integer NOT NULL,
          expires_at timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS rate_windows_expiry ON ${this.table} (expires_at);
        ${grants}`,
    );
  }

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    this.calls += 1;
    if (this.calls % this.purgeEvery === 0) void this.purgeExpired().catch(() => undefined);
    try {
      const { rows } = await this.pool.query<{ hits: number; ms_left: string }>(
        `INSERT INTO ${this.table} AS w (key, hits, expires_at) VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN w.expires_at <= clock_timestamp() THEN 1 ELSE w.hits + 1 END,
           expires_at = CASE WHEN w.expires_at <= clock_timestamp() THEN clock_timestamp() + $2 * interval '1 millisecond' ELSE w.expires_at END
         RETURNING hits, (extract(epoch FROM (expires_at - clock_timestamp())) * 1000)::bigint AS ms_left`,
        [this.secrets.fingerprint('rate', throttlerName, key), ttl],
      );
      const totalHits = rows[0].hits;
      const timeToExpire = Math.max(1, Math.ceil(Number(rows[0].ms_left) / 1000));
      const isBlocked = totalHits > limit;
      return { totalHits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
    } catch (error) {
      if (Date.now() - this.lastWarning > 10_000) {
        this.lastWarning = Date.now();
        this.logger.warn({ msg: 'rate limits not counted: PostgreSQL unreachable; requests let through', error: (error as Error).message });
      }
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  async purgeExpired(): Promise<number> {
    const result = await this.pool.query(`DELETE FROM ${this.table} WHERE expires_at <= clock_timestamp()`);
    return result.rowCount ?? 0;
  }
}

/** @nestjs/throttler's guard, answering in the platform's error shape: 429, bilingual, with Retry-After. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = detail.timeToBlockExpire;
    context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Retry-After', String(seconds));
    throw new HttpException(
      { code: 'rate-limited', message: { ar: `طلبات كثيرة، أعد المحاولة بعد ${seconds} ثانية`, en: `Too many requests; retry in ${seconds} s` } },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
