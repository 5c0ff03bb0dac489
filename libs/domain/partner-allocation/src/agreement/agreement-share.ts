import { DomainError, type AgreementAllocation, type Bilingual } from '@athar/contracts';
import type { CapacityUnit } from '../allocation/allocation.types';
import { proposedAllocation, type AllocationRoundState } from '../rounds/allocation-round';

// An agreement carries the approved round's share (Tuwaiq, partner allocation 3–4; docs/adr/0039): the
// board approved the round's result, so an agreement may not give a partner more than that result gave
// its request, nor anything from a round not yet approved. One agreement per share: the agreement's id
// is derived from the request and the round, so a second draft for the same share is refused as existing.

const AGREEMENT_UNIT: Record<CapacityUnit, AgreementAllocation['unit']> = { seat: 'seats', session: 'sessions', halala: 'halalas' };

/** The approved round's share for one partner request, in the agreement's units. */
export interface ApprovedShare {
  serviceId: string;
  units: number;
  unit: AgreementAllocation['unit'];
}

const invalid = (field: string, ar: string, en: string): never => {
  throw new DomainError(
    'agreement-share-mismatch',
    'invalid',
    { ar: 'لا تطابق الاتفاقية حصة الجولة المعتمدة', en: "The agreement does not match the approved round's share" },
    [{ field, reasons: [{ ar, en }] }],
  );
};

const ROUND_STATUS: Record<AllocationRoundState['status'], Bilingual> = {
  none: { ar: 'غير موجودة', en: 'not found' },
  scheduled: { ar: 'مجدولة لم تُفتح', en: 'scheduled, not yet open' },
  open: { ar: 'مفتوحة', en: 'open' },
  proposed: { ar: 'مقترحة بانتظار الاعتماد', en: 'proposed, awaiting approval' },
  approved: { ar: 'معتمدة', en: 'approved' },
};

/**
 * The share the approved round gave this request; refuses (409) a round not yet approved and (422, with
 * the field) a round unknown to the tenant, a request the round gave nothing, or an allocation in another
 * unit or above the share. `round` is null when the tenant has no such round.
 */
export function approvedShareFor(round: AllocationRoundState | null, partnerRequestId: string): ApprovedShare {
  if (!round || round.status === 'none')
    return invalid('roundId', 'لا توجد جولة توزيع بهذا الرقم لدى جمعيتك', 'no allocation round with this id in your association');
  if (round.status !== 'approved' || !round.proposal) {
    const now = ROUND_STATUS[round.status];
    throw new DomainError('allocation-round-not-approved', 'conflict', {
      ar: `لا تُبرم اتفاقية من جولة لم تُعتمد نتيجتها؛ الجولة ${now.ar}`,
      en: `No agreement is made from a round whose result is not approved; the round is ${now.en}`,
    });
  }
  const line = proposedAllocation(round.proposal)
    .services.flatMap((service) => service.allocations)
    .find((allocation) => allocation.requestId === partnerRequestId);
  if (!line) return invalid('partnerRequestId', 'لم يدخل هذا الطلب الجولة المعتمدة', 'this request is not in the approved round');
  if (line.share <= 0) return invalid('partnerRequestId', 'لم تُخصص الجولة المعتمدة لهذا الطلب شيئًا', 'the approved round allocated this request nothing');
  return { serviceId: line.serviceId, units: line.share, unit: AGREEMENT_UNIT[line.unit] };
}

/** The agreement's allocation is within the approved share: the same service and unit, no more units than the share. */
export function requireWithinShare(share: ApprovedShare, allocation: AgreementAllocation): void {
  if (allocation.serviceId !== share.serviceId)
    invalid('partnerRequestId', 'خدمة الطلب غير خدمة الحصة في الجولة المعتمدة', "the request's service is not the service of its share in the approved round");
  if (allocation.unit !== share.unit) invalid('allocation.unit', `حصة الجولة المعتمدة بوحدة ${share.unit}`, `the approved round's share is in ${share.unit}`);
  if (allocation.units > share.units)
    invalid(
      'allocation.units',
      `تتجاوز الاتفاقية حصة الجولة المعتمدة (${share.units} ${share.unit})`,
      `the agreement exceeds the approved round's share (${share.units} ${share.unit})`,
    );
}
