import type {
  DomainEvent,
  EligibilityAssessedV1,
  EligibilityLapsedV1,
  EligibilityOverriddenV1,
  EligibilityPolicyReviewDueV1,
  EligibilityReconfirmedV1,
} from '@athar/contracts';
import type { ContinuedEligibility } from './continued-eligibility';

/** The facts a case's assessment stream holds. */
export type AssessmentEventType = 'EligibilityAssessed' | 'EligibilityOverridden' | 'EligibilityReconfirmed' | 'EligibilityLapsed';

/** What a case's assessment stream adds up to, as its deciders need it. */
export interface AssessmentState {
  /** The first decision's case facts (what an override carries on to the committee); null until assessed. */
  assessed: Pick<EligibilityAssessedV1, 'serviceId' | 'submittedAt' | 'reviewWindow'> | null;
  /** The decision as it stands: the assessment's, or the latest override of it. */
  outcome: 'eligible' | 'not-eligible' | null;
  /** The periodic review rounds that recorded a result (Tuwaiq 6-4: one per round and beneficiary). */
  reviewedRounds: ReadonlySet<string>;
}

export const initialAssessmentState: AssessmentState = { assessed: null, outcome: null, reviewedRounds: new Set() };

export function evolveAssessment(state: AssessmentState, event: { type: string; data: unknown }): AssessmentState {
  switch (event.type) {
    case 'EligibilityAssessed': {
      const data = event.data as EligibilityAssessedV1;
      return { ...state, assessed: { serviceId: data.serviceId, submittedAt: data.submittedAt, reviewWindow: data.reviewWindow }, outcome: data.outcome };
    }
    case 'EligibilityOverridden':
      return { ...state, outcome: (event.data as EligibilityOverriddenV1).to };
    case 'EligibilityReconfirmed':
    case 'EligibilityLapsed':
      return { ...state, reviewedRounds: new Set(state.reviewedRounds).add((event.data as { round: string }).round) };
    default:
      return state;
  }
}

export const assessmentOf = (history: ReadonlyArray<{ type: string; data: unknown }>): AssessmentState =>
  history.reduce(evolveAssessment, initialAssessmentState);

/** A submitted application is assessed once (Tuwaiq 6-3): nothing when the case is assessed already (a redelivery). */
export function recordAssessment(state: AssessmentState, assessed: EligibilityAssessedV1): EligibilityAssessedV1 | null {
  return state.assessed ? null : assessed;
}

/**
 * A periodic review round's result for one beneficiary (Tuwaiq 6-4): lapsed with every reason, or
 * reconfirmed; nothing when this round recorded it already (a retried activity, a resumed round).
 */
export function recordReview(
  state: AssessmentState,
  review: ContinuedEligibility,
  round: { caseId: string; round: string; reviewedAt: string },
): DomainEvent<'EligibilityLapsed' | 'EligibilityReconfirmed'> | null {
  if (state.reviewedRounds.has(round.round)) return null;
  const common = {
    caseId: round.caseId,
    round: round.round,
    eligibilityPolicyVersion: review.eligibilityPolicyVersion,
    criteria: review.criteria,
    inputs: review.inputs,
    reviewedAt: round.reviewedAt,
  };
  return review.lapsed
    ? { type: 'EligibilityLapsed', data: { ...common, reasons: review.reasons } satisfies EligibilityLapsedV1 }
    : { type: 'EligibilityReconfirmed', data: common satisfies EligibilityReconfirmedV1 };
}

/** What a tenant's policy stream adds up to: the yearly review reminders already recorded. */
export interface PolicyReviewState {
  /** The schedule runs that reminded the admin already. */
  remindedRounds: ReadonlySet<string>;
}

export const initialPolicyReviewState: PolicyReviewState = { remindedRounds: new Set() };

export function evolvePolicyReview(state: PolicyReviewState, event: { type: string; data: unknown }): PolicyReviewState {
  return event.type === 'EligibilityPolicyReviewDue'
    ? { remindedRounds: new Set(state.remindedRounds).add((event.data as EligibilityPolicyReviewDueV1).round) }
    : state;
}

/** The version in force turned a year old (Tuwaiq 6-4: updated yearly): one reminder per schedule run. */
export function remindPolicyReview(state: PolicyReviewState, due: EligibilityPolicyReviewDueV1): EligibilityPolicyReviewDueV1 | null {
  return state.remindedRounds.has(due.round) ? null : due;
}
