import type { EligibilityAssessedV1 } from '@athar/contracts';
import { breachDeadline, evolveReview, initialReviewState, openReview, type ReviewEvent } from './review';

const assessment: EligibilityAssessedV1 = {
  caseId: 'c-1',
  serviceId: 's',
  policyVersion: 1,
  eligibilityPolicyVersion: null,
  outcome: 'eligible',
  criteria: [],
  inputs: {},
  assessedAt: '2026-11-22T07:00:05.000Z',
  submittedAt: '2026-11-22T07:00:00.000Z',
  reviewWindow: { days: 14, counting: 'calendar' },
};
const now = new Date('2026-11-22T07:00:10Z');
const replay = (events: ReviewEvent[]) => events.reduce(evolveReview, initialReviewState);

describe('review decider', () => {
  it('given an eligible assessment, opens a review due at submission + window (000 step 5)', () => {
    expect(openReview(initialReviewState, assessment, now)).toMatchObject({ deadline: '2026-12-06T07:00:00.000Z', openedAt: now.toISOString() });
  });

  it('given a not-eligible assessment, opens nothing (Tuwaiq 6-3: the applicant is told why instead)', () => {
    expect(openReview(initialReviewState, { ...assessment, outcome: 'not-eligible' }, now)).toBeNull();
  });

  it('given an open review, a redelivered assessment opens nothing again', () => {
    const opened = openReview(initialReviewState, assessment, now)!;
    expect(openReview(replay([{ type: 'ReviewOpened', data: opened }]), assessment, now)).toBeNull();
  });

  it('records a breach once, and only for an open review', () => {
    const opened = openReview(initialReviewState, assessment, now)!;
    const state = replay([{ type: 'ReviewOpened', data: opened }]);
    const breach = breachDeadline(state, 'c-1', new Date(opened.deadline));
    expect(breach).toEqual({ caseId: 'c-1', deadline: opened.deadline, breachedAt: opened.deadline });
    expect(breachDeadline(replay([{ type: 'ReviewOpened', data: opened }, { type: 'ReviewDeadlineBreached', data: breach! }]), 'c-1', now)).toBeNull();
    expect(breachDeadline(initialReviewState, 'c-1', now)).toBeNull();
  });
});
