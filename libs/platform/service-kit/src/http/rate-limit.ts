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
  return { perUser: read('ATHAR_RATE_LIMIT_PER_USER', DEFAULT_RATE_LIMITS.perUser), perTenant: read('ATHAR_RATE_LIMIT_PER_TENANT', DEFAULT_RATE_LIMITS.perTenant) };
}

export interface RateVerdict {
  allowed: boolean;
  /** Seconds until the window that refused the request ends (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Fixed one-minute windows per key, in this process's memory. One process per service here; with
 * several replicas each counts alone, so a shared store (or the gateway) must take over (docs/adr/0014).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly windowMs = 60_000,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one request against every key; refused if any of them is over its limit. */
  take(checks: ReadonlyArray<{ key: string; limit: number }>, now: number = Date.now()): RateVerdict {
    if (this.windows.size > this.maxKeys) this.sweep(now);
    let retryAfterMs = 0;
    for (const { key, limit } of checks) {
      let window = this.windows.get(key);
      if (!window || now - window.start >= this.windowMs) {
        window = { start: now, count: 0 };
        this.windows.set(key, window);
      }
      window.count += 1;
      if (window.count > limit) retryAfterMs = Math.max(retryAfterMs, window.start + this.windowMs - now);
    }
    return { allowed: retryAfterMs === 0, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
