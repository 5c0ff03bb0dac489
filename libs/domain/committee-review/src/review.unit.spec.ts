import type { EligibilityAssessedV1 } from '@athar/contracts';
import { breachDeadline, escalateReview, evolveReview, initialReviewState, openReview, remindCommittee, type ReviewEvent } from './review';

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

describe('the timeline’s facts, once per round and only while undecided', () => {
  const opened = openReview(initialReviewState, assessment, now)!;
  const open = replay([{ type: 'ReviewOpened', data: opened }]);

  it('opens with holidays skipped when the tenant counts working days', () => {
    const working = { ...assessment, reviewWindow: { days: 1, counting: 'working' as const } };
    // Submitted Sunday 10:00 Riyadh; Monday 23 November is a holiday, so one working day ends Tuesday.
    expect(openReview(initialReviewState, working, now, new Set(['2026-11-23']))?.deadline).toBe('2026-11-24T07:00:00.000Z');
  });

  it('escalates to the executive director once', () => {
    const escalation = escalateReview(open, 'c-1', new Date(opened.deadline))!;
    expect(escalation).toEqual({ caseId: 'c-1', round: 1, to: 'executive-director', deadline: opened.deadline, escalatedAt: opened.deadline });
    expect(escalateReview(replay([{ type: 'ReviewOpened', data: opened }, { type: 'ReviewEscalated', data: escalation }]), 'c-1', now)).toBeNull();
  });

  it('reminds once per point, not for another round, not after the decision', () => {
    const reminder = remindCommittee(open, 'c-1', 'research-committee', 1, 50, now)!;
    expect(reminder).toMatchObject({ percent: 50, round: 1, deadline: opened.deadline });
    const reminded = evolveReview(open, { type: 'ReviewReminderSent', data: reminder });
    expect(remindCommittee(reminded, 'c-1', 'research-committee', 1, 50, now)).toBeNull();
    expect(remindCommittee(reminded, 'c-1', 'research-committee', 1, 80, now)).not.toBeNull();
    expect(remindCommittee(open, 'c-1', 'research-committee', 2, 50, now)).toBeNull();
    expect(remindCommittee({ ...open, status: 'accepted' }, 'c-1', 'research-committee', 1, 80, now)).toBeNull();
  });
});
