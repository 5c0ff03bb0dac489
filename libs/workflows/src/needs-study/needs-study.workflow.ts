import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { needsStudyCompletedSignal, type NeedsStudyTimelineActivities, type NeedsStudyTimelineInput } from './definitions';
import { STAGE } from '../search-attributes';

const { recordStudyReminder, recordStudyBreach } = proxyActivities<NeedsStudyTimelineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * A needs study is due by its deadline (Tuwaiq, partner allocation 2; the window is the tenant's
 * setting). The assessor is reminded at each point of the window, as the committee is; at the deadline
 * the breach is recorded (the activity judges by instants). The study's completion signal ends it.
 */
export async function needsStudyTimeline(input: NeedsStudyTimelineInput): Promise<'studied' | 'breached'> {
  let studied = false;
  setHandler(needsStudyCompletedSignal, () => {
    studied = true;
  });
  const studiedBy = async (instant: string): Promise<boolean> => {
    const remainingMs = Date.parse(instant) - Date.now();
    return remainingMs > 0 ? condition(() => studied, remainingMs) : studied;
  };
  for (const point of input.points) {
    if (await studiedBy(point.at)) break;
    await recordStudyReminder({
      tenantId: input.tenantId,
      partnerRequestId: input.partnerRequestId,
      percent: point.percent,
      firedAt: new Date(Date.now()).toISOString(),
    });
  }
  if (studied || (await studiedBy(input.deadline))) {
    upsertSearchAttributes([{ key: STAGE, value: 'studied' }]);
    return 'studied';
  }
  await recordStudyBreach({ tenantId: input.tenantId, partnerRequestId: input.partnerRequestId, firedAt: new Date(Date.now()).toISOString() });
  upsertSearchAttributes([{ key: STAGE, value: 'study-overdue' }]);
  return 'breached';
}
