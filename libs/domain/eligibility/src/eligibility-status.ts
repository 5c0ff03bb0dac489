import type {
  Bilingual,
  CriterionResult,
  EligibilityAssessedV1,
  EligibilityLapsedV1,
  EligibilityOverriddenV1,
  EligibilityReconfirmedV1,
} from '@athar/contracts';
import { documentsOf, type DocumentState } from './documents/document-verification';

/**
 * Where a case's eligibility stands, as staff read it: the latest decision-bearing event names the
 * stage. An override replaces the decision; a periodic review confirms or lapses it (Tuwaiq 6-4).
 */
export type EligibilityStage = 'assessed-eligible' | 'assessed-not-eligible' | 'overridden-eligible' | 'overridden-not-eligible' | 'reconfirmed' | 'lapsed';

export interface EligibilityStatus {
  stage: EligibilityStage;
  /** The decision as it stands: the assessment's, or the researcher's override of it. */
  outcome: 'eligible' | 'not-eligible';
  /** The first decision, under the policy version in force at submission (kept: what the override replaced). */
  assessedOutcome: 'eligible' | 'not-eligible';
  criteria: CriterionResult[];
  assessedAt: string;
  policyVersion: number;
  eligibilityPolicyVersion: number | null;
  /** The latest researcher override: who, why, when, from what to what; null when never overridden. */
  override: { from: 'eligible' | 'not-eligible'; to: 'eligible' | 'not-eligible'; reason: string; by: string; at: string } | null;
  /** The latest periodic review: its result, round, criteria as judged then and every reason it lapsed. */
  review: {
    result: 'reconfirmed' | 'lapsed';
    round: string;
    reviewedAt: string;
    eligibilityPolicyVersion: number | null;
    criteria: CriterionResult[];
    reasons: Bilingual[];
  } | null;
  /** Each supporting document's verification state (Tuwaiq 6-2). Documents never change the stage: a rejected or expired one is weighed by the committee's vote and the periodic review. */
  documents: Array<{
    documentId: string;
    documentType: string;
    status: DocumentState['status'];
    reason: DocumentState['pendingReason'];
    validUntil: string | null;
  }>;
}

type Fact = { type: string; data: unknown; eventId?: string };

/**
 * Folds a case's assessment stream (assessed, overridden, reconfirmed, lapsed) and documents stream into
 * its eligibility status; null until the case is assessed. Pure: every read model that shows a case's
 * eligibility derives it from here, so none can stay on a decision that has been replaced.
 */
export function eligibilityStatusOf(assessment: readonly Fact[], documents: readonly Fact[] = []): EligibilityStatus | null {
  let status = null as EligibilityStatus | null;
  for (const event of assessment) {
    switch (event.type) {
      case 'EligibilityAssessed': {
        const data = event.data as EligibilityAssessedV1;
        status = {
          stage: `assessed-${data.outcome}`,
          outcome: data.outcome,
          assessedOutcome: data.outcome,
          criteria: data.criteria,
          assessedAt: data.assessedAt,
          policyVersion: data.policyVersion,
          eligibilityPolicyVersion: data.eligibilityPolicyVersion,
          override: null,
          review: null,
          documents: [],
        };
        break;
      }
      case 'EligibilityOverridden': {
        if (!status) break;
        const data = event.data as EligibilityOverriddenV1;
        status = {
          ...status,
          stage: `overridden-${data.to}`,
          outcome: data.to,
          override: { from: data.from, to: data.to, reason: data.reason, by: data.overriddenBy, at: data.overriddenAt },
        };
        break;
      }
      case 'EligibilityReconfirmed': {
        if (!status) break;
        const data = event.data as EligibilityReconfirmedV1;
        status = {
          ...status,
          stage: 'reconfirmed',
          review: {
            result: 'reconfirmed',
            round: data.round,
            reviewedAt: data.reviewedAt,
            eligibilityPolicyVersion: data.eligibilityPolicyVersion,
            criteria: data.criteria,
            reasons: [],
          },
        };
        break;
      }
      case 'EligibilityLapsed': {
        if (!status) break;
        const data = event.data as EligibilityLapsedV1;
        status = {
          ...status,
          stage: 'lapsed',
          review: {
            result: 'lapsed',
            round: data.round,
            reviewedAt: data.reviewedAt,
            eligibilityPolicyVersion: data.eligibilityPolicyVersion,
            criteria: data.criteria,
            reasons: data.reasons,
          },
        };
        break;
      }
      default:
        break;
    }
  }
  if (!status) return null;
  const docs = [...documentsOf(documents).values()].map((d) => ({
    documentId: d.documentId,
    documentType: d.documentType,
    status: d.status,
    reason: d.pendingReason,
    validUntil: d.validUntil,
  }));
  return { ...status, documents: docs };
}

/** The event types that change a case's eligibility status. */
export const ELIGIBILITY_STATUS_EVENTS = [
  'EligibilityAssessed',
  'EligibilityOverridden',
  'EligibilityReconfirmed',
  'EligibilityLapsed',
  'DocumentVerificationRequested',
  'DocumentVerified',
  'DocumentRejected',
  'DocumentVerificationClosed',
] as const;
