import { createHash } from 'node:crypto';
import { DomainError, streamId, type RecordedEventOf } from '@athar/contracts';
import { evolveAgreement, initialAgreementState, type AgreementEvent, type AgreementState } from '@athar/domain-partner-allocation';
import type { Aggregate } from '@athar/service-kit';

/**
 * An agreement lives in the allocating association's stream, as the request it carries out does
 * (docs/adr/0038, 0039); the partner tenant reaches it only through the doors that check its token's
 * tenant against the agreement's partner.
 */
export const partnerAgreementStreamId = (allocatingTenantId: string, agreementId: string): string =>
  streamId('partner-allocation', 'partner-agreement', allocatingTenantId, agreementId);

export type AgreementEventType = AgreementEvent['type'];
export type AgreementRecord = RecordedEventOf<AgreementEventType>;

export const partnerAgreementAggregate: Aggregate<AgreementState, AgreementEventType> = {
  initialState: initialAgreementState,
  evolve: evolveAgreement,
};

/**
 * One agreement per request and round: its id is derived from both, so drafting it twice (a retried
 * POST, two officers at once) meets the first draft's stream and is refused as already recorded.
 */
export function agreementIdFor(partnerRequestId: string, roundId: string): string {
  const hex = createHash('sha256').update(`partner-agreement:${partnerRequestId}:${roundId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const AGREEMENT_STATES = ['draft', 'sent', 'signed-by-one', 'in-force', 'ended', 'terminated'] as const;

export const agreementNotFound = (): DomainError =>
  new DomainError('agreement-not-found', 'not-found', { ar: 'لا توجد اتفاقية بهذا الرقم', en: 'No agreement with this id' });

/** The instant the term is over: the end of its last day in Riyadh (UTC+3), as endAtTerm judges it. */
export const termEndsAt = (endsOn: string): string => new Date(Date.parse(`${endsOn}T00:00:00+03:00`) + 86_400_000).toISOString();
