import { condition, patched, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import {
  decisionReachedSignal,
  STAGE,
  stageQuery,
  TIMELINE_WITH_REMINDERS,
  type ReviewStage,
  type ReviewTimelineActivities,
  type ReviewTimelineInput,
  type ReviewTimelineOutcome,
} from './definitions';

const { recordDeadlineBreach, recordReminder } = proxyActivities<ReviewTimelineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The committee must answer by the deadline (000/001/002 step 5; issue 5). At each of the tenant's
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

  // Timelines started before issue 5 (no marker in their history) keep the path they were started on.
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
  for (const point of input.points ?? []) {
    if (await decidedBy(point.at)) {
      moveTo('decided');
      return 'decided';
    }
    if (point.atRisk) moveTo('at-risk');
    if (point.remind) {
      await recordReminder({ tenantId: input.tenantId, caseId: input.caseId, committeeId: input.committeeId ?? '', round, percent: point.percent, firedAt: new Date(Date.now()).toISOString() });
    }
  }
  if (await decidedBy(input.deadline)) {
    moveTo('decided');
    return 'decided';
  }
  await recordDeadlineBreach({ tenantId: input.tenantId, caseId: input.caseId, round, firedAt: new Date(Date.now()).toISOString() });
  moveTo('deadline-breached');
  await condition(() => decided);
  moveTo('decided-late');
  return 'decided-late';
}
