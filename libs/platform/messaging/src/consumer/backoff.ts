export interface BackoffOptions {
  /** Wait after the first failed attempt. */
  initialMs: number;
  factor: number;
  maxMs: number;
}

/**
 * Short on purpose: these bounded retries are for failures the message or the code is to blame for
 * (poison, see failure-class.ts), which end in the dead-letter topic. An engine outage is retried
 * with OUTAGE_BACKOFF instead, for as long as it lasts (docs/adr/0017).
 */
export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 100, factor: 2, maxMs: 2_000 };

/** Wait before the next attempt after attempt `failedAttempt` (1-based) failed: exponential, capped. */
export function backoffDelayMs(failedAttempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  if (!Number.isInteger(failedAttempt) || failedAttempt < 1) throw new RangeError(`attempt must be a positive integer, got ${failedAttempt}`);
  return Math.min(options.maxMs, Math.round(options.initialMs * options.factor ** (failedAttempt - 1)));
}

/** Every wait of a message that fails all `maxAttempts` attempts (there is no wait after the last). */
export function backoffSchedule(maxAttempts: number, options: BackoffOptions = DEFAULT_BACKOFF): number[] {
  return Array.from({ length: Math.max(0, maxAttempts - 1) }, (_, index) => backoffDelayMs(index + 1, options));
}

/**
 * While an engine is down: the same message is tried again after 0.5 s, 1 s, 2 s … up to 30 s between
 * tries, for as long as the outage lasts (docs/adr/0017).
 */
export const OUTAGE_BACKOFF: BackoffOptions = { initialMs: 500, factor: 2, maxMs: 30_000 };

/**
 * The wait before retry `failedAttempt` of a message held by an outage: the capped exponential delay
 * with "equal jitter" (half fixed, half random), so the consumers of every service do not hit an
 * engine that comes back all in the same instant, and the wait is never under half the delay.
 * `random` returns a number in [0, 1), like Math.random.
 */
export function jitteredBackoffMs(failedAttempt: number, options: BackoffOptions = OUTAGE_BACKOFF, random: () => number = Math.random): number {
  const delay = backoffDelayMs(failedAttempt, options);
  const half = delay / 2;
  return Math.round(half + Math.min(Math.max(random(), 0), 1) * half);
}
