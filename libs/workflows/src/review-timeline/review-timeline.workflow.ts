import { condition, patched, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import {
  BREACH_BY_INSTANT,
  decisionReachedSignal,
  stageQuery,
  TIMELINE_WITH_REMINDERS,
  type ReviewStage,
  type ReviewTimelineActivities,
  type ReviewTimelineInput,
  type ReviewTimelineOutcome,
} from './definitions';
import { STAGE } from '../search-attributes';

const { recordDeadlineBreach, recordReminder } = proxyActivities<ReviewTimelineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The committee must answer by the deadline (000/001/002 step 5). At each of the tenant's
 * points the committee is reminded and, from the at-risk point, the case is listed as at risk; at the
 * deadline to the millisecond, the breach and the escalation to the executive director are recorded;
 * the applicant is told by intake, which follows those events. A decision signal ends the timeline
 * (after a breach, it records that the decision came late).
 */
export async function reviewTimeline(input: ReviewTimelineInput): Promise<ReviewTimelineOutcome> {
  let stage: ReviewStage = 'under-review';
  let decided = false;
  setHandler(decisionReachedSignal, () => {
    decided = true;
  });
  setHandler(stageQuery, () => stage);
  const moveTo = (next: ReviewStage): void => {
    stage = next;
    upsertSearchAttributes([{ key: STAGE, value: next }]);
  };
  /** Waits until the instant or a decision, whichever comes first; true when decided. */
  const decidedBy = async (instant: string): Promise<boolean> => {
    const remainingMs = Date.parse(instant) - Date.now();
    return remainingMs > 0 ? condition(() => decided, remainingMs) : decided;
  };

  // Timelines started before reminders and rounds (no marker in their history) keep the path they were started on.
  if (!patched(TIMELINE_WITH_REMINDERS)) {
    if (await decidedBy(input.deadline)) {
      moveTo('decided');
      return 'decided';
    }
    await recordDeadlineBreach({ tenantId: input.tenantId, caseId: input.caseId, firedAt: new Date(Date.now()).toISOString() });
    moveTo('deadline-breached');
    return 'breached';
  }

  const round = input.round ?? 1;
  // Timelines started before ADR 0016 (no marker) keep their path: Stage by the order things happened in.
  const byInstant = patched(BREACH_BY_INSTANT);
  const breachArgs = () => ({ tenantId: input.tenantId, caseId: input.caseId, round, firedAt: new Date(Date.now()).toISOString() });
  /**
   * The decision signal arrived. Before the deadline (workflow time), the decision was made before it,
   * so in time. At or after it (the worker was down over the deadline, or the signal came late), only
   * the instants in the store can tell: the breach activity decides and records (ADR 0016).
   */
  const endDecided = async (): Promise<ReviewTimelineOutcome> => {
    if (byInstant && Date.now() >= Date.parse(input.deadline)) {
      const { breached } = await recordDeadlineBreach(breachArgs());
      if (breached) {
        moveTo('decided-late');
        return 'decided-late';
      }
    }
    moveTo('decided');
    return 'decided';
  };

  for (const point of input.points ?? []) {
    if (await decidedBy(point.at)) return endDecided();
    if (point.atRisk) moveTo('at-risk');
    if (point.remind) {
      await recordReminder({
        tenantId: input.tenantId,
        caseId: input.caseId,
        committeeId: input.committeeId ?? '',
        round,
        percent: point.percent,
        firedAt: new Date(Date.now()).toISOString(),
      });
    }
  }
  if (await decidedBy(input.deadline)) return endDecided();
  const result = await recordDeadlineBreach(breachArgs());
  if (byInstant && !result.breached) {
    // Decided at or before the deadline; its signal has not reached the timeline yet (ADR 0016).
    moveTo('decided');
    return 'decided';
  }
  moveTo('deadline-breached');
  await condition(() => decided);
  moveTo('decided-late');
  return 'decided-late';
}
