import {
  windowEnd,
  type DomainEvent,
  type EligibilityAssessedV1,
  type ReviewDeadlineBreachedV1,
  type ReviewEscalatedV1,
  type ReviewOpenedV1,
  type ReviewReminderSentV1,
  type ReviewWindow,
  type VoteCastV1,
} from '@athar/contracts';

/** A review stream's events: the event map's, narrowed to these types. */
export type ReviewEvent = Extract<
  DomainEvent,
  {
    type:
      | 'ReviewOpened'
      | 'ReviewDeadlineBreached'
      | 'ReviewEscalated'
      | 'ReviewReminderSent'
      | 'ConflictOfInterestDeclared'
      | 'VoteCast'
      | 'ApplicationAccepted'
      | 'ApplicationRejected'
      | 'ReconsiderationRequested';
  }
>;

/** One case's review: the current round, its votes and deadline, and who may not vote. */
export interface ReviewState {
  status: 'none' | 'open' | 'accepted' | 'rejected';
  serviceId?: string;
  reviewWindow?: ReviewWindow;
  round: number;
  deadline?: string;
  /** The current round's deadline passed with no decision by then (recorded at the deadline, or after a late decision). */
  breached: boolean;
  /** When the current round was decided (the decision's `decidedAt`); absent while undecided. */
  decidedAt?: string;
  escalated: boolean;
  remindedPercents: number[];
  /** The current round's votes. */
  votes: VoteCastV1[];
  /** Members who declared a conflict of interest on this case (all rounds). */
  recused: string[];
  reconsiderationUntil?: string | null;
  /** Rounds decided after their own deadline (ADR 0016): what a late timer of an earlier round answers. */
  roundsDecidedLate: number[];
}

export const initialReviewState: ReviewState = {
  status: 'none',
  round: 0,
  breached: false,
  escalated: false,
  remindedPercents: [],
  votes: [],
  recused: [],
  roundsDecidedLate: [],
};

/** The rounds decided late once a decision of `round` at `decidedAt` is recorded against the current deadline. */
const withLateDecision = (state: ReviewState, round: number, decidedAt: string): number[] =>
  state.deadline !== undefined && Date.parse(decidedAt) > Date.parse(state.deadline) ? [...state.roundsDecidedLate, round] : state.roundsDecidedLate;

const newRound = (state: ReviewState, round: number, deadline: string, reviewWindow: ReviewWindow): ReviewState => ({
  ...state,
  status: 'open',
  round,
  deadline,
  reviewWindow,
  breached: false,
  escalated: false,
  remindedPercents: [],
  votes: [],
  decidedAt: undefined,
  reconsiderationUntil: undefined,
});

/** Events of other types (none today) leave the state as it is, so a newer writer never breaks a reader. */
export function evolveReview(state: ReviewState, event: ReviewEvent): ReviewState {
  switch (event.type) {
    case 'ReviewOpened':
      return { ...newRound(state, 1, event.data.deadline, event.data.reviewWindow), serviceId: event.data.serviceId };
    case 'ReconsiderationRequested':
      return newRound(state, event.data.round, event.data.deadline, event.data.reviewWindow);
    case 'ReviewDeadlineBreached':
      return { ...state, breached: true };
    case 'ReviewEscalated':
      return { ...state, escalated: true };
    case 'ReviewReminderSent':
      return event.data.round === state.round ? { ...state, remindedPercents: [...state.remindedPercents, event.data.percent] } : state;
    case 'ConflictOfInterestDeclared':
      return { ...state, recused: [...state.recused, event.data.memberId] };
    case 'VoteCast':
      return { ...state, votes: [...state.votes, event.data] };
    case 'ApplicationAccepted':
      return {
        ...state,
        status: 'accepted',
        decidedAt: event.data.decidedAt,
        roundsDecidedLate: withLateDecision(state, event.data.round, event.data.decidedAt),
      };
    case 'ApplicationRejected':
      return {
        ...state,
        status: 'rejected',
        decidedAt: event.data.decidedAt,
        reconsiderationUntil: event.data.reconsiderationUntil,
        roundsDecidedLate: withLateDecision(state, event.data.round, event.data.decidedAt),
      };
    default:
      return state;
  }
}

/**
 * An eligible application goes to the committee, which must answer by submission + the tenant's window
 * (000/001/002 step 5), holidays skipped when the tenant counts working days. A not-eligible one does
 * not: the applicant is told why instead (Tuwaiq 6-3). Returns null when there is nothing to open (not
 * eligible, or already open: the event was redelivered).
 */
/** The decision that sends a case to the committee: the assessment, or a researcher's override. */
export type EligibilityDecision = Pick<EligibilityAssessedV1, 'caseId' | 'serviceId' | 'submittedAt' | 'reviewWindow' | 'outcome'>;

export function openReview(state: ReviewState, assessment: EligibilityDecision, now: Date, holidays: ReadonlySet<string> = new Set()): ReviewOpenedV1 | null {
  if (assessment.outcome !== 'eligible' || state.status !== 'none') return null;
  return {
    caseId: assessment.caseId,
    serviceId: assessment.serviceId,
    submittedAt: assessment.submittedAt,
    openedAt: now.toISOString(),
    deadline: windowEnd(new Date(assessment.submittedAt), assessment.reviewWindow, holidays).toISOString(),
    reviewWindow: assessment.reviewWindow,
  };
}

/**
 * Whether the current round's deadline was breached, judged by instants (ADR 0016), not by the order
 * in which the timeline's activity and the deciding vote happened to run: a decision at or before the
 * deadline is in time; a decision after it, or no decision at `at` (an instant at or after the
 * deadline), is a breach. Null while it cannot be told yet (undecided and `at` before the deadline).
 */
export function deadlineBreached(state: ReviewState, at: Date): boolean | null {
  if (state.status === 'none' || !state.deadline) return null;
  const deadline = Date.parse(state.deadline);
  if (state.status !== 'open') return state.decidedAt !== undefined && Date.parse(state.decidedAt) > deadline;
  return at.getTime() >= deadline ? true : null;
}

/**
 * What the deadline timer of `round` answers (ADR 0016): for the current round, whether its deadline
 * was breached at `at`; for an earlier round (a late timer), whether that round was decided after its
 * own deadline.
 */
export function roundBreached(state: ReviewState, round: number, at: Date): boolean {
  if (round !== state.round) return state.roundsDecidedLate.includes(round);
  return state.breached || deadlineBreached(state, at) === true;
}

/**
 * The deadline passed with no decision by then: recorded once per round, when the timeline fires, even
 * if a late decision was recorded first (the worker or the store was down at the deadline); never when
 * the decision came at or before the deadline (its signal may reach the timeline after it). A breach
 * recorded after the decision names it, so readers keep the case decided (ADR 0016).
 */
export function breachDeadline(state: ReviewState, caseId: string, firedAt: Date): ReviewDeadlineBreachedV1 | null {
  if (state.breached || !state.deadline || deadlineBreached(state, firedAt) !== true) return null;
  const breach: ReviewDeadlineBreachedV1 = { caseId, deadline: state.deadline, breachedAt: firedAt.toISOString() };
  if (state.status === 'accepted' || state.status === 'rejected') breach.decidedLate = { decision: state.status, decidedAt: state.decidedAt! };
  return breach;
}

/** With the breach, the undecided case goes to the executive director, once per round; a case decided (late) has nothing left for them to take over. */
export function escalateReview(state: ReviewState, caseId: string, firedAt: Date): ReviewEscalatedV1 | null {
  if (state.status !== 'open' || state.escalated || !state.deadline || deadlineBreached(state, firedAt) !== true) return null;
  return { caseId, round: state.round, to: 'executive-director', deadline: state.deadline, escalatedAt: firedAt.toISOString() };
}

/** A reminder to the committee at one of the tenant's points, once per point and round, only while undecided. */
export function remindCommittee(
  state: ReviewState,
  caseId: string,
  committeeId: string,
  round: number,
  percent: number,
  firedAt: Date,
): ReviewReminderSentV1 | null {
  if (state.status !== 'open' || state.round !== round || state.remindedPercents.includes(percent) || !state.deadline) return null;
  return { caseId, committeeId, round, percent, deadline: state.deadline, remindedAt: firedAt.toISOString() };
}
