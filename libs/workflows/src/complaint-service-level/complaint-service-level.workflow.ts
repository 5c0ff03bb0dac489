import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { STAGE } from '../search-attributes';
import {
  complaintResolvedSignal,
  complaintStageQuery,
  type ComplaintServiceLevelActivities,
  type ComplaintServiceLevelInput,
  type ComplaintStage,
} from './definitions';

const { recordComplaintReminder, recordComplaintBreach } = proxyActivities<ComplaintServiceLevelActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * A complaint must be resolved within its service level (docs/adr/0042). At each point of the window
 * the handler is reminded and, from the at-risk point, the complaint is listed at risk; at the deadline
 * the breach and the escalation to the executive director are recorded, judged by the instants
 * (ADR 0016: a late timer decides the same way). The resolution signal ends it.
 */
export async function complaintServiceLevel(input: ComplaintServiceLevelInput): Promise<ComplaintStage> {
  let stage: ComplaintStage = 'complaint-open';
  let resolved = false;
  setHandler(complaintResolvedSignal, () => {
    resolved = true;
  });
  setHandler(complaintStageQuery, () => stage);
  const moveTo = (next: ComplaintStage): void => {
    stage = next;
    upsertSearchAttributes([{ key: STAGE, value: next }]);
  };
  const resolvedBy = async (instant: string): Promise<boolean> => {
    const remainingMs = Date.parse(instant) - Date.now();
    return remainingMs > 0 ? condition(() => resolved, remainingMs) : resolved;
  };
  const ids = { tenantId: input.tenantId, complaintId: input.complaintId, round: input.round };
  const endResolved = async (): Promise<ComplaintStage> => {
    if (Date.now() >= Date.parse(input.resolveBy)) {
      const { breached } = await recordComplaintBreach({ ...ids, firedAt: new Date(Date.now()).toISOString() });
      if (breached) {
        moveTo('complaint-resolved-late');
        return stage;
      }
    }
    moveTo('complaint-resolved');
    return stage;
  };

  for (const point of input.points) {
    if (await resolvedBy(point.at)) return endResolved();
    if (point.atRisk) moveTo('complaint-at-risk');
    if (point.remind) await recordComplaintReminder({ ...ids, percent: point.percent, atRisk: point.atRisk, firedAt: new Date(Date.now()).toISOString() });
  }
  if (await resolvedBy(input.resolveBy)) return endResolved();
  const { breached } = await recordComplaintBreach({ ...ids, firedAt: new Date(Date.now()).toISOString() });
  if (!breached) {
    // Resolved at or before the deadline; its signal has not reached the workflow yet (ADR 0016).
    moveTo('complaint-resolved');
    return stage;
  }
  moveTo('complaint-breached');
  await condition(() => resolved);
  moveTo('complaint-resolved-late');
  return stage;
}
