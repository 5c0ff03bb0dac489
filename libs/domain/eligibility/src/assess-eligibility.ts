import type { ApplicationSubmittedV1, CriterionResult, EligibilityAssessedV1 } from '@athar/contracts';

/** What the baseline checks use: the service asked for, and whether the ID is well-formed (Tuwaiq 6-5: nothing else). */
export interface BaselineInputs {
  serviceId: string;
  nationalIdFormatValid: boolean;
}

/**
 * The baseline criteria from their recorded inputs alone, so an auditor re-runs them from an
 * `EligibilityAssessed` event without the applicant's personal data (ADR 0044).
 */
export function baselineCriteria(inputs: BaselineInputs, offeredServiceIds: readonly string[]): CriterionResult[] {
  const serviceOffered = offeredServiceIds.includes(inputs.serviceId);
  const identified = inputs.nationalIdFormatValid;
  return [
    {
      criterionId: 'service-offered',
      met: serviceOffered,
      reason: serviceOffered
        ? { ar: 'الخدمة ضمن خدمات الجمعية', en: 'the service is one the association offers' }
        : { ar: 'الخدمة لم تعد ضمن خدمات الجمعية', en: 'the association no longer offers this service' },
    },
    {
      criterionId: 'applicant-identified',
      met: identified,
      reason: identified
        ? { ar: 'رقم الهوية أو الإقامة مكتمل', en: 'a national ID or iqama number is given' }
        : { ar: 'رقم الهوية أو الإقامة غير مكتمل', en: 'no valid national ID or iqama number' },
    },
  ];
}

/**
 * The walking skeleton's placeholder rule: a service the tenant still offers, and an applicant
 * identified by a 10-digit national ID or iqama. Versioned criteria replace it, evaluated
 * by a rules library. The result names every criterion as met or not (Tuwaiq 6-3).
 */
export function assessEligibility(application: ApplicationSubmittedV1, offeredServiceIds: readonly string[], now: Date): EligibilityAssessedV1 {
  const inputs: BaselineInputs = { serviceId: application.serviceId, nationalIdFormatValid: /^[12]\d{9}$/.test(application.applicant.nationalId) };
  const criteria = baselineCriteria(inputs, offeredServiceIds);
  return {
    caseId: application.caseId,
    serviceId: application.serviceId,
    policyVersion: application.policyVersion,
    eligibilityPolicyVersion: null,
    outcome: criteria.every((c) => c.met) ? 'eligible' : 'not-eligible',
    criteria,
    inputs: { ...inputs },
    assessedAt: now.toISOString(),
    submittedAt: application.submittedAt,
    reviewWindow: application.reviewWindow,
  };
}
