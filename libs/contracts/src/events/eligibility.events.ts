import type { Bilingual } from '../errors';
import type { CaseScoped, DomainEvent } from './event';

export interface CriterionResult {
  criterionId: string;
  met: boolean;
  reason: Bilingual;
}

/** v1. The skeleton's placeholder rule; issue 4 brings versioned, board-approved criteria. */
export interface EligibilityAssessedV1 extends CaseScoped {
  serviceId: string;
  policyVersion: number;
  /** The eligibility policy version the case was judged under (null: the service declares no criteria). */
  eligibilityPolicyVersion: number | null;
  outcome: 'eligible' | 'not-eligible';
  criteria: CriterionResult[];
  /** Exactly the applicant attributes the decision used (no discrimination: Tuwaiq 6-5). */
  inputs: Record<string, string | number | boolean>;
  assessedAt: string;
  /** Carried forward so the committee's timeline counts from submission, not from assessment. */
  submittedAt: string;
  reviewWindow: { days: number; counting: 'calendar' | 'working' };
}
export type EligibilityAssessed = DomainEvent<'EligibilityAssessed', EligibilityAssessedV1, 1>;
