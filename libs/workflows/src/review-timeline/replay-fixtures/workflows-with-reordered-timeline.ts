// A deliberately incompatible change, for the replay test to prove it catches one: this timeline
// reminds the committee before setting its first timer, which no recorded history did.
import { proxyActivities } from '@temporalio/workflow';
import type { ReviewTimelineActivities, ReviewTimelineInput } from '../definitions';

const { recordReminder } = proxyActivities<ReviewTimelineActivities>({ startToCloseTimeout: '30 seconds' });

export async function reviewTimeline(input: ReviewTimelineInput): Promise<string> {
  await recordReminder({ tenantId: input.tenantId, caseId: input.caseId, committeeId: '', round: 1, percent: 0, firedAt: input.deadline });
  return 'decided';
}
export { serviceDelivery } from '../../service-delivery/service-delivery.workflow';
