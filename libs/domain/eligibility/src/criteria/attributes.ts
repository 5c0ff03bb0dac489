import type { ApplicationSubmittedV1 } from '@athar/contracts';
import type { Evaluation } from './evaluate';

/** What an applicant gave that a policy version may judge on: a birth date, not an age, so age is judged as of a date. */
export interface GivenAttributes {
  birthDate?: string;
  qualification?: string;
  employmentStatus?: string;
  /** The city of the national address: a tenant serving some regions may judge on it. */
  region?: string;
}

/** The attributes as of a date (age then); a policy version decides which of them it uses. */
export function attributesAsOf(given: GivenAttributes, asOf: Date): Record<string, string | number | undefined> {
  const { birthDate, qualification, employmentStatus, region } = given;
  return { age: birthDate ? wholeYears(new Date(birthDate), asOf) : undefined, qualification, employmentStatus, region };
}

/** What an application gives for judging, as the applicant recorded it. */
export function givenAttributes(applicant: ApplicationSubmittedV1['applicant']): GivenAttributes {
  const { birthDate, qualification, employmentStatus, nationalAddress } = applicant;
  return { birthDate, qualification, employmentStatus, region: nationalAddress?.city };
}

/** The attributes an application offers for judging, as of its submission. */
export function applicantAttributes(application: ApplicationSubmittedV1): Record<string, string | number | undefined> {
  return attributesAsOf(givenAttributes(application.applicant), new Date(application.submittedAt));
}

function wholeYears(from: Date, to: Date): number {
  let years = to.getUTCFullYear() - from.getUTCFullYear();
  if (to.getUTCMonth() < from.getUTCMonth() || (to.getUTCMonth() === from.getUTCMonth() && to.getUTCDate() < from.getUTCDate())) years -= 1;
  return years;
}

/** The baseline checks and the versioned criteria together: eligible only if every criterion is met. */
export function combineAssessment<
  T extends { outcome: 'eligible' | 'not-eligible'; criteria: Evaluation['criteria']; inputs: Record<string, string | number | boolean> },
>(baseline: T, evaluation: Evaluation | null): T & { eligibilityPolicyVersion: number | null } {
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
