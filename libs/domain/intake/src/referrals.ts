import {
  DomainError,
  type ApplicationReferredToAssociationV1,
  type FieldProblem,
  type ReferralDecidedV1,
  type ReferralTarget,
  type SharedApplicantData,
} from '@athar/contracts';

export interface ReferApplication {
  referralId: string;
  fromTenantId: string;
  target: ReferralTarget;
  requestedService: string;
  reason: string;
  applicant: Required<SharedApplicantData>;
  consentedFields: Array<keyof SharedApplicantData>;
}

const SHAREABLE: ReadonlyArray<keyof SharedApplicantData> = ['fullName', 'mobile', 'nationalId'];

/**
 * A request outside the association's remit is referred to the competent association, and only what
 * the applicant consented to share goes with it (Tuwaiq 5-10; 5-4 confidentiality).
 */
export function referApplication(command: ReferApplication, platformTenantIds: readonly string[], now: Date): ApplicationReferredToAssociationV1 {
  const problems: FieldProblem[] = [];
  if (command.target.kind === 'tenant') {
    if (command.target.tenantId === command.fromTenantId) {
      problems.push({ field: 'target.tenantId', reasons: [{ ar: 'لا يُحال الطلب إلى الجمعية نفسها', en: 'a request cannot be referred to the same association' }] });
    } else if (!platformTenantIds.includes(command.target.tenantId)) {
      problems.push({ field: 'target.tenantId', reasons: [{ ar: 'الجمعية ليست على المنصة؛ سجّلها جهة خارجية', en: 'not an association on the platform; record it as an external body' }] });
    }
  }
  const unknown = command.consentedFields.filter((f) => !SHAREABLE.includes(f));
  if (unknown.length > 0) {
    problems.push({ field: 'consentedFields', reasons: [{ ar: 'حقول لا تُشارك', en: `cannot be shared: ${unknown.join(', ')}` }] });
  }
  if (problems.length > 0) throw new DomainError('referral-refused', 'invalid', { ar: 'تعذرت الإحالة', en: 'The referral cannot be made' }, problems);
  const consented = [...new Set(command.consentedFields)];
  return {
    referralId: command.referralId,
    target: command.target,
    requestedService: command.requestedService,
    reason: command.reason,
    sharedData: Object.fromEntries(consented.map((field) => [field, command.applicant[field]])),
    consentedFields: consented,
    referredAt: now.toISOString(),
  };
}

/** The receiving association accepts or declines once, with a reason the referring one is told. */
export function decideReferral(alreadyDecided: boolean, referralId: string, fromTenantId: string, decision: 'accepted' | 'declined', reason: string, now: Date): ReferralDecidedV1 {
  if (alreadyDecided) {
    throw new DomainError('referral-already-decided', 'conflict', { ar: 'سبق البت في هذه الإحالة', en: 'This referral has already been decided' });
  }
  return { referralId, fromTenantId, decision, reason: reason.trim(), decidedAt: now.toISOString() };
}
