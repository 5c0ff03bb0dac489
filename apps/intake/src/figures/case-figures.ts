/**
 * Aggregate figures for the executive director and the board (Tuwaiq 5-5: the review window; 6-4 and
 * the board's reporting): where the tenant's cases stand by channel, and how long the committee took to
 * decide against the window promised at submission. Pure functions over the facts the projection keeps.
 */

/** The stages a case passes through, in order; a refused case asked to be reconsidered is with the committee again. */
export const CASE_STAGES = ['draft', 'received', 'eligibility', 'committee', 'accepted', 'refused', 'in-delivery'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** A case whose intake events have not been applied yet (another topic arrived first) has no channel. */
export const UNKNOWN_CHANNEL = 'unknown';

/** The facts about one case the figures need (no personal data), each set by its own event. */
export interface CaseFacts {
  channel?: string | null;
  draftedAt?: Date | null;
  submittedAt?: Date | null;
  assessedAt?: Date | null;
  reviewOpenedAt?: Date | null;
  decision?: 'accepted' | 'refused' | null;
  decisionRound?: number | null;
  reconsiderationRound?: number | null;
  deliveryOpenedAt?: Date | null;
}

/** Where the case stands, from the facts alone, so the order events arrive in (three topics) does not matter. */
export function stageOf(facts: CaseFacts): CaseStage {
  if (facts.deliveryOpenedAt) return 'in-delivery';
  if (facts.decision && (facts.reconsiderationRound ?? 0) <= (facts.decisionRound ?? 0)) return facts.decision;
  if (facts.reviewOpenedAt || facts.decision) return 'committee';
  if (facts.assessedAt) return 'eligibility';
  if (facts.submittedAt) return 'received';
  return 'draft';
}

/** How the first decision fell against the window: within its first half, within it, or after it. */
export const WINDOW_BUCKETS = ['first-half', 'within-window', 'after-window'] as const;
export type WindowBucket = (typeof WINDOW_BUCKETS)[number];

const DAY_MS = 24 * 3600_000;

export interface DecisionTiming {
  /** Submission (the window starts there: ReviewOpened.deadline is submission plus the window). */
  submittedAt: Date;
  /** The end of the window the case was given (working days already counted in). */
  deadline: Date;
  decidedAt: Date;
}

export function bucketOf(timing: DecisionTiming): WindowBucket {
  const elapsed = timing.decidedAt.getTime() - timing.submittedAt.getTime();
  const window = timing.deadline.getTime() - timing.submittedAt.getTime();
  if (elapsed <= window / 2) return 'first-half';
  return elapsed <= window ? 'within-window' : 'after-window';
}

/** The nearest-rank percentile of sorted values (null when there are none). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const roundTo = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

export interface TimingSummary {
  decided: number;
  buckets: Record<WindowBucket, number>;
  medianDays: number | null;
  p90Days: number | null;
}

/** The histogram against the window, and the median and 90th percentile of days from submission to decision (one decimal). */
export function summariseTimings(timings: readonly DecisionTiming[]): TimingSummary {
  const buckets = Object.fromEntries(WINDOW_BUCKETS.map((b) => [b, 0])) as Record<WindowBucket, number>;
  for (const timing of timings) buckets[bucketOf(timing)] += 1;
  const days = timings.map((t) => (t.decidedAt.getTime() - t.submittedAt.getTime()) / DAY_MS).sort((a, b) => a - b);
  const at = (p: number) => {
    const value = percentile(days, p);
    return value === null ? null : roundTo(value, 1);
  };
  return { decided: timings.length, buckets, medianDays: at(50), p90Days: at(90) };
}
