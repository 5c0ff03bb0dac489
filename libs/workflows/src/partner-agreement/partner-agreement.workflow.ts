import { condition, proxyActivities, setHandler, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import {
  partnerAgreementInForceSignal,
  partnerAgreementTerminatedSignal,
  type AgreementStanding,
  type PartnerAgreementTimelineActivities,
  type PartnerAgreementTimelineInput,
} from './definitions';
import { DEADLINE, STAGE } from '../search-attributes';

const { lapseUnsignedAgreement, endAgreementAtTerm } = proxyActivities<PartnerAgreementTimelineActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * A partner agreement's deadlines (Tuwaiq, partner allocation 4; docs/adr/0039): it sleeps until the
 * signature deadline, where the agreement lapses unless both parties signed; once in force it sleeps
 * until the term's end and ends it. The deciders judge the instants (the activities only ask them and
 * report where the agreement stands), so a late timer or a signal lost in a race decides the same way.
 * A termination by a party ends the workflow.
 */
export async function partnerAgreementTimeline(input: PartnerAgreementTimelineInput): Promise<'lapsed' | 'ended' | 'terminated'> {
  const now: { standing: AgreementStanding } = { standing: { status: 'pending' } };
  setHandler(partnerAgreementInForceSignal, ({ termEndsAt }) => {
    if (now.standing.status === 'pending') now.standing = { status: 'in-force', termEndsAt };
  });
  setHandler(partnerAgreementTerminatedSignal, () => {
    now.standing = { status: 'closed' };
  });
  const ids = { tenantId: input.tenantId, agreementId: input.agreementId };
  const firedAt = (): string => new Date(Date.now()).toISOString();
  const waitUntil = async (instant: string, done: () => boolean): Promise<void> => {
    const remainingMs = Date.parse(instant) - Date.now();
    if (remainingMs > 0) await condition(done, remainingMs);
    else await sleep(1000); // a decider that found the instant not yet reached: ask again a moment later
  };

  // Until the signature deadline.
  while (now.standing.status === 'pending') {
    await waitUntil(input.signBy, () => now.standing.status !== 'pending');
    if (now.standing.status !== 'pending') break;
    now.standing = await lapseUnsignedAgreement({ ...ids, firedAt: firedAt() });
    if (now.standing.status === 'closed') {
      upsertSearchAttributes([{ key: STAGE, value: 'lapsed' }]);
      return 'lapsed';
    }
  }
  // In force until the term's end.
  for (;;) {
    const standing = now.standing;
    if (standing.status !== 'in-force') return 'terminated';
    upsertSearchAttributes([
      { key: STAGE, value: 'in-force' },
      { key: DEADLINE, value: new Date(standing.termEndsAt) },
    ]);
    await waitUntil(standing.termEndsAt, () => now.standing.status === 'closed');
    if (now.standing.status === 'closed') return 'terminated';
    now.standing = await endAgreementAtTerm({ ...ids, firedAt: firedAt() });
    if (now.standing.status === 'closed') {
      upsertSearchAttributes([{ key: STAGE, value: 'ended' }]);
      return 'ended';
    }
  }
}
