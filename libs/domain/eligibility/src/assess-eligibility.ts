import type { ApplicationSubmittedV1, CriterionResult, EligibilityAssessedV1 } from '@athar/contracts';

/**
 * The walking skeleton's placeholder rule: a service the tenant still offers, and an applicant
 * identified by a 10-digit national ID or iqama. Versioned criteria replace it, evaluated
 * by a rules library. The result names every criterion as met or not (Tuwaiq 6-3).
 */
export function assessEligibility(application: ApplicationSubmittedV1, offeredServiceIds: readonly string[], now: Date): EligibilityAssessedV1 {
  const serviceOffered = offeredServiceIds.includes(application.serviceId);
  const identified = /^[12]\d{9}$/.test(application.applicant.nationalId);
  const criteria: CriterionResult[] = [
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
  return {
    caseId: application.caseId,
    serviceId: application.serviceId,
    policyVersion: application.policyVersion,
    eligibilityPolicyVersion: null,
    outcome: criteria.every((c) => c.met) ? 'eligible' : 'not-eligible',
    criteria,
    inputs: { serviceId: application.serviceId, nationalIdFormatValid: identified },
    assessedAt: now.toISOString(),
    submittedAt: application.submittedAt,
    reviewWindow: application.reviewWindow,
  };
}
