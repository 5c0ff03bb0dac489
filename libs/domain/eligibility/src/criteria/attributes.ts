import type { ApplicationSubmittedV1 } from '@athar/contracts';
import type { Evaluation } from './evaluate';

/** The attributes an application offers for judging; a policy version decides which of them it uses. */
export function applicantAttributes(application: ApplicationSubmittedV1): Record<string, string | number | undefined> {
  const { birthDate, qualification, employmentStatus } = application.applicant;
  return { age: birthDate ? wholeYears(new Date(birthDate), new Date(application.submittedAt)) : undefined, qualification, employmentStatus };
}

function wholeYears(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  if (to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate())) years -= 1;
  return years;
}

/** The baseline checks and the versioned criteria together: eligible only if every criterion is met. */
export function combineAssessment<T extends { outcome: 'eligible' | 'not-eligible'; criteria: Evaluation['criteria']; inputs: Record<string, string | number | boolean> }>(
  baseline: T,
  evaluation: Evaluation | null,
): T & { eligibilityPolicyVersion: number | null } {
  if (!evaluation) return { ...baseline, eligibilityPolicyVersion: null };
  const criteria = [...baseline.criteria, ...evaluation.criteria];
  return {
    ...baseline,
    criteria,
    inputs: { ...baseline.inputs, ...evaluation.inputs },
    outcome: criteria.every((c) => c.met) ? 'eligible' : 'not-eligible',
    eligibilityPolicyVersion: evaluation.policyVersion,
  };
}
