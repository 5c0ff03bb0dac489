// Names shared by the partner agreement's workflow, its worker and the code that starts or signals it.
// Free of Node built-ins: the workflow bundle imports this file.
import { defineSignal } from '@temporalio/workflow';

export interface PartnerAgreementTimelineInput {
  tenantId: string;
  agreementId: string;
  /** ISO instant: both signatures are due by then (PartnerAgreementSent's signBy). */
  signBy: string;
}

/** Where the agreement stands after an activity judged it on its stream. */
export type AgreementStanding = { status: 'in-force'; termEndsAt: string } | { status: 'closed' } | { status: 'pending' };

export interface PartnerAgreementTimelineActivities {
  /** At the signature deadline: appends PartnerAgreementTerminated (signature-deadline-passed) when it is not in force; tells where it stands. */
  lapseUnsignedAgreement(input: { tenantId: string; agreementId: string; firedAt: string }): Promise<AgreementStanding>;
  /** At the term's end: appends PartnerAgreementEnded once the last day is over; tells where it stands. */
  endAgreementAtTerm(input: { tenantId: string; agreementId: string; firedAt: string }): Promise<AgreementStanding>;
}

/** Both parties signed: the term runs to this instant (the end of its last day in Riyadh). */
export const partnerAgreementInForceSignal = defineSignal<[{ termEndsAt: string }]>('partnerAgreementInForce');
/** Terminated by a party: nothing is left to wait for. */
export const partnerAgreementTerminatedSignal = defineSignal('partnerAgreementTerminated');

/** One workflow per agreement: starting it twice is refused by Temporal. */
export function partnerAgreementWorkflowId(tenantId: string, agreementId: string): string {
  return `partner-agreement/${tenantId}/${agreementId}`;
}
