export interface BackoffOptions {
  /** Wait after the first failed attempt. */
  initialMs: number;
  factor: number;
  maxMs: number;
}

/**
 * Short on purpose: retries only ride out brief faults (a lock timeout, a restarting dependency).
 * Longer outages end in the dead-letter topic, from which messages are replayed once fixed, rather
 * than holding a partition (and every case behind it) for minutes.
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
