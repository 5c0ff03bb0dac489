import type { ApplicationAcceptedV1, ApplicationRejectedV1, EligibilityAssessedV1 } from '@athar/contracts';
import {
  breachDeadline,
  deadlineBreached,
  escalateReview,
  evolveReview,
  initialReviewState,
  openReview,
  remindCommittee,
  roundBreached,
  type ReviewEvent,
} from './review';

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

  it('given an assessment that reaches the committee hours late (a backlog), keeps the deadline counted from submission (docs/adr/0049)', () => {
    const late = new Date('2026-11-22T19:00:00Z');
    expect(openReview(initialReviewState, assessment, late)).toMatchObject({ deadline: '2026-12-06T07:00:00.000Z', openedAt: late.toISOString() });
  });

  it('given a not-eligible assessment, opens nothing (Tuwaiq 6-3: the applicant is told why instead)', () => {
    expect(openReview(initialReviewState, { ...assessment, outcome: 'not-eligible' }, now)).toBeNull();
  });

  it('given an open review, a redelivered assessment opens nothing again', () => {
    const opened = openReview(initialReviewState, assessment, now)!;
    expect(openReview(replay([{ type: 'ReviewOpened', data: opened }]), assessment, now)).toBeNull();
  });

  it('records a breach once per round', () => {
    const opened = openReview(initialReviewState, assessment, now)!;
    const state = replay([{ type: 'ReviewOpened', data: opened }]);
    const breach = breachDeadline(state, 'c-1', new Date(opened.deadline));
    expect(breach).toEqual({ caseId: 'c-1', deadline: opened.deadline, breachedAt: opened.deadline });
    expect(
      breachDeadline(
        replay([
          { type: 'ReviewOpened', data: opened },
          { type: 'ReviewDeadlineBreached', data: breach! },
        ]),
        'c-1',
        now,
      ),
    ).toBeNull();
    expect(breachDeadline(initialReviewState, 'c-1', now)).toBeNull();
  });
});

describe('a breach is decided by the instant of the decision, not by the order the timeline ran in (ADR 0016)', () => {
  const opened = openReview(initialReviewState, assessment, now)!;
  const deadline = Date.parse(opened.deadline);
  const at = (offsetMs: number) => new Date(deadline + offsetMs);
  const decision = (decidedAt: Date): ApplicationAcceptedV1 => ({
    caseId: 'c-1',
    committeeId: 'research-committee',
    round: 1,
    decidedAt: decidedAt.toISOString(),
    tally: { accept: 2, reject: 0, quorum: 2, tieBrokenByChair: false },
    reasons: [],
  });
  const decidedAt = (instant: Date) =>
    replay([
      { type: 'ReviewOpened', data: opened },
      { type: 'ApplicationAccepted', data: decision(instant) },
    ]);

  it('given a decision 10 minutes after the deadline and a timeline that runs only afterwards, records the breach, naming the late decision', () => {
    const state = decidedAt(at(10 * 60_000));
    expect(deadlineBreached(state, at(20 * 60_000))).toBe(true);
    expect(breachDeadline(state, 'c-1', at(20 * 60_000))).toEqual({
      caseId: 'c-1',
      deadline: opened.deadline,
      breachedAt: at(20 * 60_000).toISOString(),
      decidedLate: { decision: 'accepted', decidedAt: at(10 * 60_000).toISOString() },
    });
    // The ED has nothing left to take over: no escalation of a decided case.
    expect(escalateReview(state, 'c-1', at(20 * 60_000))).toBeNull();
  });

  it('given a rejection 1 ms after the deadline, records the breach', () => {
    const rejected: ApplicationRejectedV1 = { ...decision(at(1)), reconsiderationUntil: null };
    const state = replay([
      { type: 'ReviewOpened', data: opened },
      { type: 'ApplicationRejected', data: rejected },
    ]);
    expect(breachDeadline(state, 'c-1', at(5_000))?.decidedLate).toEqual({ decision: 'rejected', decidedAt: at(1).toISOString() });
  });

  it('given a decision at or before the deadline whose signal reached the timeline late, records no breach', () => {
    for (const instant of [at(0), at(-1), at(-60_000)]) {
      const state = decidedAt(instant);
      expect(deadlineBreached(state, at(5 * 60_000))).toBe(false);
      expect(breachDeadline(state, 'c-1', at(5 * 60_000))).toBeNull();
      expect(escalateReview(state, 'c-1', at(5 * 60_000))).toBeNull();
    }
  });

  it('given no decision, breaches at the deadline and not before it', () => {
    const open = replay([{ type: 'ReviewOpened', data: opened }]);
    expect(deadlineBreached(open, at(-1))).toBeNull();
    expect(breachDeadline(open, 'c-1', at(-1))).toBeNull();
    expect(escalateReview(open, 'c-1', at(-1))).toBeNull();
    expect(deadlineBreached(open, at(0))).toBe(true);
    expect(breachDeadline(open, 'c-1', at(0))).toEqual({ caseId: 'c-1', deadline: opened.deadline, breachedAt: opened.deadline });
  });

  it('given a breach recorded at the deadline, a decision after it records nothing more', () => {
    const open = replay([{ type: 'ReviewOpened', data: opened }]);
    const breach = breachDeadline(open, 'c-1', at(0))!;
    const state = replay([
      { type: 'ReviewOpened', data: opened },
      { type: 'ReviewDeadlineBreached', data: breach },
      { type: 'ApplicationAccepted', data: decision(at(60_000)) },
    ]);
    expect(deadlineBreached(state, at(120_000))).toBe(true);
    expect(breachDeadline(state, 'c-1', at(120_000))).toBeNull();
  });

  it('a new round forgets the previous round’s decision', () => {
    const state = evolveReview(decidedAt(at(-1)), {
      type: 'ReconsiderationRequested',
      data: {
        caseId: 'c-1',
        round: 2,
        requestedAt: opened.deadline,
        grounds: 'g',
        deadline: new Date(deadline + 14 * 86_400_000).toISOString(),
        reviewWindow: opened.reviewWindow,
      },
    });
    expect(state.decidedAt).toBeUndefined();
    expect(deadlineBreached(state, at(1))).toBeNull();
  });

  it('a late timer of an earlier round answers whether that round was decided after its own deadline', () => {
    const reconsider = (state: ReturnType<typeof decidedAt>) =>
      evolveReview(state, {
        type: 'ReconsiderationRequested',
        data: {
          caseId: 'c-1',
          round: 2,
          requestedAt: opened.deadline,
          grounds: 'g',
          deadline: new Date(deadline + 14 * 86_400_000).toISOString(),
          reviewWindow: opened.reviewWindow,
        },
      });
    const late = reconsider(decidedAt(at(1)));
    const inTime = reconsider(decidedAt(at(0)));
    expect(late.roundsDecidedLate).toEqual([1]);
    expect(roundBreached(late, 1, at(60_000))).toBe(true);
    expect(roundBreached(inTime, 1, at(60_000))).toBe(false);
    // The current round (2) is judged by its own deadline, not by round 1's late decision.
    expect(roundBreached(late, 2, at(60_000))).toBe(false);
    expect(roundBreached(late, 2, new Date(deadline + 14 * 86_400_000))).toBe(true);
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
    expect(
      escalateReview(
        replay([
          { type: 'ReviewOpened', data: opened },
          { type: 'ReviewEscalated', data: escalation },
        ]),
        'c-1',
        now,
      ),
    ).toBeNull();
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
