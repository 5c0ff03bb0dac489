// A deliberately incompatible change, for the replay test to prove it catches one in the partner
// agreement's timeline: it asks the lapse decider before setting the signature deadline's timer,
// which no recorded history did.
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  partnerAgreementInForceSignal,
  partnerAgreementTerminatedSignal,
  type PartnerAgreementTimelineActivities,
  type PartnerAgreementTimelineInput,
} from '../definitions';

const { lapseUnsignedAgreement } = proxyActivities<PartnerAgreementTimelineActivities>({ startToCloseTimeout: '30 seconds' });

export async function partnerAgreementTimeline(input: PartnerAgreementTimelineInput): Promise<string> {
  let signalled = false;
  setHandler(partnerAgreementInForceSignal, () => void (signalled = true));
  setHandler(partnerAgreementTerminatedSignal, () => void (signalled = true));
  await lapseUnsignedAgreement({ tenantId: input.tenantId, agreementId: input.agreementId, firedAt: input.signBy });
  await condition(() => signalled, Date.parse(input.signBy) - Date.now());
  return 'lapsed';
}
