import type { Bilingual } from '../errors';
import type { CaseScoped } from './event';

export interface CriterionResult {
  criterionId: string;
  met: boolean;
  reason: Bilingual;
}

/** v1. The first placeholder rule; versioned, board-approved criteria replaced it. */
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

/** Who reviews supporting documents (Tuwaiq 6-2): the services officer or the social researcher. */
export type DocumentReviewerRole = 'services-officer' | 'social-researcher';
/** How a document was checked. */
export type VerificationMethod = 'original-sighted' | 'government-platform' | 'issuer-confirmed' | 'copy-compared';
export const VERIFICATION_METHODS: readonly VerificationMethod[] = ['original-sighted', 'government-platform', 'issuer-confirmed', 'copy-compared'];

/** A document waits in a role's verification queue: newly attached, about to expire, or due for periodic review. */
export interface DocumentVerificationRequestedV1 extends CaseScoped {
  documentId: string;
  documentType: string;
  role: DocumentReviewerRole;
  reason: 'attached' | 'expiring' | 'periodic-review';
  requestedAt: string;
  /** For an expiring document: verify again before this instant. */
  dueBy: string | null;
}

export interface DocumentVerifiedV1 extends CaseScoped {
  documentId: string;
  documentType: string;
  method: VerificationMethod;
  verifiedBy: string;
  role: DocumentReviewerRole;
  note: string | null;
  /** The document's own expiry (an ID card, a status certificate); a re-verification task is raised before it. */
  validUntil: string | null;
  verifiedAt: string;
}

export interface DocumentRejectedV1 extends CaseScoped {
  documentId: string;
  documentType: string;
  method: VerificationMethod;
  rejectedBy: string;
  role: DocumentReviewerRole;
  reason: string;
  rejectedAt: string;
}

/**
 * A verification task closed without a review because the committee decided the case (accepted or
 * rejected): the reviewer's queue no longer shows it, and the reason says why.
 */
export interface DocumentVerificationClosedV1 extends CaseScoped {
  documentId: string;
  documentType: string;
  role: DocumentReviewerRole;
  reason: 'case-decided';
  /** The committee's decision that closed it, and when it was made. */
  decision: 'accepted' | 'rejected';
  decidedAt: string;
  closedAt: string;
}

/** A social researcher replaces the decision, always with a reason. */
export interface EligibilityOverriddenV1 extends CaseScoped {
  serviceId: string;
  from: 'eligible' | 'not-eligible';
  to: 'eligible' | 'not-eligible';
  reason: string;
  overriddenBy: string;
  overriddenAt: string;
  /** Carried so the committee's timeline still counts from submission when an override opens a review. */
  submittedAt: string;
  reviewWindow: { days: number; counting: 'calendar' | 'working' };
}

/** Periodic review of a beneficiary (Tuwaiq 6-4): still eligible, with the criteria as judged today. */
export interface EligibilityReconfirmedV1 extends CaseScoped {
  /** The review round (the schedule's run), so one round records one result per beneficiary. */
  round: string;
  eligibilityPolicyVersion: number | null;
  criteria: CriterionResult[];
  inputs: Record<string, string | number | boolean>;
  reviewedAt: string;
}

/** Periodic review found a criterion no longer met or a document expired: the researcher follows up. */
export interface EligibilityLapsedV1 extends CaseScoped {
  round: string;
  eligibilityPolicyVersion: number | null;
  criteria: CriterionResult[];
  inputs: Record<string, string | number | boolean>;
  /** Every reason, criteria not met and documents no longer valid, in Arabic and English. */
  reasons: Bilingual[];
  reviewedAt: string;
}

/** An eligibility policy version has been in force a year: the tenant's admin is reminded to review it. */
export interface EligibilityPolicyReviewDueV1 {
  /** The schedule's run: one reminder per run. */
  round: string;
  eligibilityPolicyVersion: number;
  effectiveFrom: string;
  approval: { session: string; gregorianDate: string; hijriDate: string } | null;
  dueAt: string;
}
