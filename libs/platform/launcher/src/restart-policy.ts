/** When a crashed process is started again, and when it is given up on (docs/adr/0019). */
export interface RestartPolicyOptions {
  /** Wait before the first restart; doubles with each crash inside the window. Default 1 s. */
  initialDelayMs: number;
  /** Longest wait before a restart. Default 30 s. */
  maxDelayMs: number;
  /** This many crashes inside `windowMs` and the process is given up on. Default 5. */
  maxCrashes: number;
  /** Default 2 minutes. */
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { initialDelayMs: 1_000, maxDelayMs: 30_000, maxCrashes: 5, windowMs: 120_000 };

export type RestartDecision = { action: 'restart'; delayMs: number; crashesInWindow: number } | { action: 'give-up'; crashesInWindow: number };

/**
 * One process's crash history: 1 s, 2 s, 4 s … up to 30 s between restarts, and after `maxCrashes`
 * crashes within `windowMs` no more restarts (a crash loop is a fault for a person to fix, as with
 * Kubernetes' CrashLoopBackOff or systemd's StartLimitBurst). Crashes older than the window are
 * forgotten, so a service that crashes once a day is always restarted after 1 s.
 */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  crashed(now: number = Date.now()): RestartDecision {
    this.crashes = [...this.crashes.filter((at) => now - at < this.options.windowMs), now];
    const crashesInWindow = this.crashes.length;
    if (crashesInWindow >= this.options.maxCrashes) return { action: 'give-up', crashesInWindow };
    const delayMs = Math.min(this.options.maxDelayMs, this.options.initialDelayMs * 2 ** (crashesInWindow - 1));
    return { action: 'restart', delayMs, crashesInWindow };
  }
}
