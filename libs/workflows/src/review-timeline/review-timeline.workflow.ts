import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import {
  decisionReachedSignal,
  STAGE,
  stageQuery,
  type ReviewTimelineActivities,
  type ReviewTimelineInput,
  type ReviewTimelineOutcome,
} from './definitions';

const { recordDeadlineBreach } = proxyActivities<ReviewTimelineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The committee must answer by the deadline (000/001/002 step 5). A decision signal ends the timeline;
 * otherwise, at the deadline to the millisecond, the breach is recorded as an event.
 * Issue 5 adds reminders and escalation at tenant-set points.
 */
export async function reviewTimeline(input: ReviewTimelineInput): Promise<ReviewTimelineOutcome> {
  let stage = 'under-review';
  let decided = false;
  setHandler(decisionReachedSignal, () => {
    decided = true;
  });
  setHandler(stageQuery, () => stage);

  const remainingMs = Date.parse(input.deadline) - Date.now();
  const decidedInTime = remainingMs > 0 ? await condition(() => decided, remainingMs) : decided;
  if (decidedInTime) {
    stage = 'decided';
    upsertSearchAttributes([{ key: STAGE, value: stage }]);
    return 'decided';
  }
  await recordDeadlineBreach({ tenantId: input.tenantId, caseId: input.caseId, firedAt: new Date(Date.now()).toISOString() });
  stage = 'deadline-breached';
  upsertSearchAttributes([{ key: STAGE, value: stage }]);
  return 'breached';
}
