import { windowEnd, type EligibilityAssessedV1, type ReviewDeadlineBreachedV1, type ReviewOpenedV1 } from '@athar/contracts';

export type ReviewEvent =
  | { type: 'ReviewOpened'; data: ReviewOpenedV1 }
  | { type: 'ReviewDeadlineBreached'; data: ReviewDeadlineBreachedV1 };

export interface ReviewState {
  status: 'none' | 'open' | 'breached';
  deadline?: string;
}

export const initialReviewState: ReviewState = { status: 'none' };

export function evolveReview(state: ReviewState, event: ReviewEvent): ReviewState {
  switch (event.type) {
    case 'ReviewOpened':
      return { status: 'open', deadline: event.data.deadline };
    case 'ReviewDeadlineBreached':
      return { ...state, status: 'breached' };
  }
}

/**
 * An eligible application goes to the committee, which must answer by submission + the tenant's window
 * (000/001/002 step 5). A not-eligible one does not: the applicant is told why instead (Tuwaiq 6-3).
 * Returns null when there is nothing to open (not eligible, or already open: the event was redelivered).
 */
/** The decision that sends a case to the committee: the assessment, or a researcher's override (issue 4). */
export type EligibilityDecision = Pick<EligibilityAssessedV1, 'caseId' | 'serviceId' | 'submittedAt' | 'reviewWindow' | 'outcome'>;

export function openReview(state: ReviewState, assessment: EligibilityDecision, now: Date): ReviewOpenedV1 | null {
  if (assessment.outcome !== 'eligible' || state.status !== 'none') return null;
  return {
    caseId: assessment.caseId,
    serviceId: assessment.serviceId,
    submittedAt: assessment.submittedAt,
    openedAt: now.toISOString(),
    deadline: windowEnd(new Date(assessment.submittedAt), assessment.reviewWindow).toISOString(),
    reviewWindow: assessment.reviewWindow,
  };
}

/** The deadline passed with no decision: recorded once, at the time the timeline fired. */
export function breachDeadline(state: ReviewState, caseId: string, firedAt: Date): ReviewDeadlineBreachedV1 | null {
  if (state.status !== 'open' || !state.deadline) return null;
  return { caseId, deadline: state.deadline, breachedAt: firedAt.toISOString() };
}
