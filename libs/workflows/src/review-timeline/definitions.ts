// Names shared by the workflow, its worker and the code that starts or signals it.
// Free of Node built-ins: the workflow bundle imports this file.
import { defineQuery, defineSignal } from '@temporalio/workflow';

/**
 * Task queue of the committee-review service's worker, per platform instance (see contracts'
 * DEFAULT_INSTANCE): review timelines (`reviewTimeline`) and service deliveries (`serviceDelivery`).
 * The string is unchanged since the first release, so running workflows keep their worker.
 */
export function committeeReviewTaskQueue(instance: string): string {
  return `${instance}.committee-review`;
}

/** A moment of the timeline before the deadline (computed by libs/domain/committee-review's reviewSchedule). */
export interface TimelinePoint {
  percent: number;
  /** ISO instant. */
  at: string;
  /** Remind the committee here. */
  remind: boolean;
  /** From here the case is listed as at risk (Stage search attribute). */
  atRisk: boolean;
}

/**
 * What a review timeline is started with. `round`, `committeeId` and `points` came later (v2); a
 * timeline started before them (recorded histories v1-*) has only tenant, case and deadline.
 */
export interface ReviewTimelineInput {
  tenantId: string;
  caseId: string;
  /** ISO instant: submission (or the reconsideration request) + the tenant's review window. */
  deadline: string;
  round?: number;
  committeeId?: string;
  points?: TimelinePoint[];
}

/** decided: in time; breached: the v1 timeline ended at the breach; decided-late: decided after the breach. */
export type ReviewTimelineOutcome = 'decided' | 'breached' | 'decided-late';

/** Where a review timeline stands, as its Stage search attribute says (operations list cases by it). */
export type ReviewStage = 'under-review' | 'at-risk' | 'deadline-breached' | 'decided' | 'decided-late';

/** What the breach activity found: whether the round's deadline was breached (recorded now or before). */
export interface DeadlineBreachResult {
  breached: boolean;
}

export interface ReviewTimelineActivities {
  /**
   * At the deadline (or when a decision reaches the timeline after it): decides by instants whether the
   * round's deadline was breached (ADR 0016) and, if so, appends ReviewDeadlineBreached (and, while
   * undecided, ReviewEscalated to the executive director) once per round. Returns what it found, so the
   * Stage search attribute agrees with the events. Timelines started before ADR 0016 ignore the result.
   */
  recordDeadlineBreach(input: { tenantId: string; caseId: string; firedAt: string; round?: number }): Promise<DeadlineBreachResult>;
  /** Appends ReviewReminderSent for the committee, once per point and round, unless decided meanwhile. */
  recordReminder(input: { tenantId: string; caseId: string; committeeId: string; round: number; percent: number; firedAt: string }): Promise<void>;
}

export const decisionReachedSignal = defineSignal<[{ decision: 'accepted' | 'rejected' }]>('decisionReached');
export const stageQuery = defineQuery<string>('stage');
/** Marks the issue-5 timeline (reminders, at-risk, escalation, waiting for a late decision) in new histories. */
export const TIMELINE_WITH_REMINDERS = 'timeline-with-reminders';
/**
 * Marks the timeline that judges the breach by instants (ADR 0016): Stage follows what the breach
 * activity found, and a decision noticed at or after the deadline asks the activity too.
 */
export const BREACH_BY_INSTANT = 'breach-by-instant';

/**
 * One timeline per case, tenant and round: starting it twice is refused by Temporal. The first round
 * keeps the id it had before reconsideration existed.
 */
export function reviewTimelineWorkflowId(tenantId: string, caseId: string, round = 1): string {
  return round === 1 ? `review-timeline/${tenantId}/${caseId}` : `review-timeline/${tenantId}/${caseId}/round-${round}`;
}
