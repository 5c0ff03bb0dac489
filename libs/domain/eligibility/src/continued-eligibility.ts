import { documentName, DomainError, type Bilingual, type CriterionResult, type EligibilityOverriddenV1 } from '@athar/contracts';
import type { AssessmentState } from './assessment';
import { attributesAsOf, type GivenAttributes } from './criteria/attributes';
import { evaluateEligibility } from './criteria/evaluate';
import type { EligibilityPolicyVersion } from './criteria/policy-version';
import { invalidDocuments, type CaseDocuments } from './documents/document-verification';

export interface ContinuedEligibility {
  lapsed: boolean;
  eligibilityPolicyVersion: number | null;
  criteria: CriterionResult[];
  inputs: Record<string, string | number | boolean>;
  /** Every reason it lapsed: criteria no longer met, documents expired or rejected. */
  reasons: Bilingual[];
}

/**
 * The periodic review of a beneficiary (Tuwaiq 6-4): the service's criteria under the version in force
 * today, with the attributes as of today (an applicant ages), and every document still valid.
 */
export async function reviewContinuedEligibility(
  version: EligibilityPolicyVersion | null,
  serviceId: string,
  given: GivenAttributes,
  documents: CaseDocuments,
  asOf: Date,
): Promise<ContinuedEligibility> {
  const evaluation = version?.services[serviceId] ? await evaluateEligibility(version, serviceId, attributesAsOf(given, asOf)) : null;
  const criteria = evaluation?.criteria ?? [];
  const reasons: Bilingual[] = criteria.filter((c) => !c.met).map((c) => c.reason);
  for (const problem of invalidDocuments(documents, asOf)) {
    const name = documentName(problem.documentType);
    reasons.push(
      problem.why === 'expired'
        ? { ar: `انتهت صلاحية المستند: ${name.ar}`, en: `document expired: ${name.en}` }
        : { ar: `رُفض المستند: ${name.ar}`, en: `document rejected: ${name.en}` },
    );
  }
  return { lapsed: reasons.length > 0, eligibilityPolicyVersion: evaluation?.policyVersion ?? null, criteria, inputs: evaluation?.inputs ?? {}, reasons };
}

/**
 * A social researcher replaces the decision, only with a reason. Overriding to the decision
 * already standing is refused, as is an override before the case is assessed.
 */
export function overrideEligibility(
  state: AssessmentState,
  request: { caseId: string; to: 'eligible' | 'not-eligible'; reason: string; researcherId: string },
  now: Date,
): EligibilityOverriddenV1 {
  const { assessed, outcome: from } = state;
  if (!assessed || !from)
    throw new DomainError('case-not-assessed', 'not-found', { ar: 'لا يوجد تقييم استحقاق لهذه الحالة', en: 'This case has no eligibility assessment' });
  const reason = request.reason.trim();
  if (reason.length < 10) {
    throw new DomainError('override-reason-required', 'invalid', { ar: 'سبب التجاوز مطلوب', en: 'An override needs a reason' }, [
      { field: 'reason', reasons: [{ ar: 'اذكر سبب تجاوز القرار (10 أحرف على الأقل)', en: 'state why the decision is overridden (at least 10 characters)' }] },
    ]);
  }
  if (from === request.to) {
    throw new DomainError('override-changes-nothing', 'conflict', {
      ar: `القرار القائم هو نفسه: ${from === 'eligible' ? 'مستحق' : 'غير مستحق'}`,
      en: `The decision already is ${from}`,
    });
  }
  return {
    caseId: request.caseId,
    serviceId: assessed.serviceId,
    from,
    to: request.to,
    reason,
    overriddenBy: request.researcherId,
    overriddenAt: now.toISOString(),
    submittedAt: assessed.submittedAt,
    reviewWindow: assessed.reviewWindow,
  };
}
