import { DomainError, type ReviewOpenedV1 } from '@athar/contracts';
import { castVote, type CastVote, type VotingRules } from './cast-vote';
import { declareConflictOfInterest } from './conflict-of-interest';
import { requestReconsideration } from './reconsideration';
import { evolveReview, initialReviewState, type ReviewEvent, type ReviewState } from './review';

const opened: ReviewOpenedV1 = {
  caseId: 'c-1',
  serviceId: 'member-service',
  submittedAt: '2026-11-22T07:00:00.000Z',
  openedAt: '2026-11-22T07:00:05.000Z',
  deadline: '2026-12-06T07:00:00.000Z',
  reviewWindow: { days: 14, counting: 'calendar' },
};
const rules: VotingRules = {
  committee: {
    id: 'research-committee',
    quorum: 2,
    members: [
      { userId: 'chair', role: 'chair' },
      { userId: 'm1', role: 'member' },
      { userId: 'm2', role: 'member' },
      { userId: 'sec', role: 'secretary' },
    ],
  },
  reasons: {
    accept: [{ id: 'meets-conditions', text: { ar: 'مستوفٍ', en: 'meets the conditions' } }],
    reject: [
      { id: 'conditions-not-met', text: { ar: 'غير مستوفٍ', en: 'does not meet the conditions' } },
      { id: 'capacity-full', text: { ar: 'اكتمل العدد', en: 'places are full' } },
    ],
  },
  reconsiderationDays: 30,
  maxRounds: 2,
};
const now = new Date('2026-11-25T09:00:00Z');
const vote = (memberId: string, v: 'accept' | 'reject', reasonId = v === 'accept' ? 'meets-conditions' : 'conditions-not-met'): CastVote => ({
  caseId: 'c-1',
  memberId,
  vote: v,
  reasonId,
  note: null,
});

/** Applies a vote's events to the state, as the stream would. */
function apply(state: ReviewState, command: CastVote, at = now): ReviewState {
  const outcome = castVote(state, rules, command, at);
  const events: ReviewEvent[] = [{ type: 'VoteCast', data: outcome.vote }, ...(outcome.decision ? [outcome.decision as ReviewEvent] : [])];
  return events.reduce(evolveReview, state);
}
const open = evolveReview(initialReviewState, { type: 'ReviewOpened', data: opened });
const refusal = (fn: () => unknown): { code: string; kind: string } => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, kind: error.kind };
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('casting a vote', () => {
  it('records a vote with its reason and decides nothing under the quorum', () => {
    const outcome = castVote(open, rules, vote('m1', 'accept'), now);
    expect(outcome.decision).toBeNull();
    expect(outcome.vote).toMatchObject({ round: 1, role: 'member', vote: 'accept', reason: rules.reasons.accept[0], committeeId: 'research-committee' });
  });

  it('decides with the vote that completes the quorum, giving the winning side its reasons once', () => {
    const afterFirst = apply(open, vote('m1', 'reject', 'capacity-full'));
    const outcome = castVote(afterFirst, rules, vote('m2', 'reject'), now);
    expect(outcome.decision?.type).toBe('ApplicationRejected');
    expect(outcome.decision?.data).toMatchObject({
      round: 1,
      tally: { accept: 0, reject: 2, quorum: 2, tieBrokenByChair: false },
      reasons: [rules.reasons.reject[1], rules.reasons.reject[0]],
      reconsiderationUntil: '2026-12-25T09:00:00.000Z',
    });
  });

  it('two final votes on the same state: the one appended second finds the review decided (409)', () => {
    const afterFirst = apply(open, vote('m1', 'accept'));
    const chairFinal = castVote(afterFirst, rules, vote('chair', 'accept'), now);
    const memberFinal = castVote(afterFirst, rules, vote('m2', 'accept'), now);
    expect([chairFinal.decision?.type, memberFinal.decision?.type]).toEqual(['ApplicationAccepted', 'ApplicationAccepted']);
    const decided = apply(afterFirst, vote('chair', 'accept'));
    expect(refusal(() => castVote(decided, rules, vote('m2', 'accept'), now))).toEqual({ code: 'review-decided', kind: 'conflict' });
  });

  it.each`
    state                                | command                                  | code                         | kind
    ${initialReviewState}                | ${vote('m1', 'accept')}                  | ${'review-not-found'}        | ${'not-found'}
    ${open}                              | ${vote('stranger', 'accept')}            | ${'not-a-member'}            | ${'forbidden'}
    ${open}                              | ${vote('sec', 'accept')}                 | ${'secretary-does-not-vote'} | ${'forbidden'}
    ${{ ...open, recused: ['m1'] }}      | ${vote('m1', 'accept')}                  | ${'recused'}                 | ${'forbidden'}
    ${apply(open, vote('m1', 'accept'))} | ${vote('m1', 'reject')}                  | ${'already-voted'}           | ${'conflict'}
    ${open}                              | ${vote('m1', 'accept', 'capacity-full')} | ${'reason-unknown'}          | ${'invalid'}
    ${{ ...open, status: 'accepted' }}   | ${vote('m1', 'accept')}                  | ${'review-decided'}          | ${'conflict'}
  `('refuses $command.memberId with $code ($kind)', ({ state, command, code, kind }) => {
    expect(refusal(() => castVote(state, rules, command, now))).toEqual({ code, kind });
  });
});

describe('recusal (a member who declares a conflict cannot vote on that case)', () => {
  it('records the declaration once, then refuses the member’s vote', () => {
    const declared = declareConflictOfInterest(open, rules.committee, 'c-1', 'm1', 'relative of the applicant', now)!;
    const state = evolveReview(open, { type: 'ConflictOfInterestDeclared', data: declared });
    expect(declareConflictOfInterest(state, rules.committee, 'c-1', 'm1', 'again', now)).toBeNull();
    expect(refusal(() => castVote(state, rules, vote('m1', 'accept'), now))).toEqual({ code: 'recused', kind: 'forbidden' });
  });

  it('refuses a declaration after the member voted in the open round, and from a non-member', () => {
    expect(refusal(() => declareConflictOfInterest(apply(open, vote('m1', 'accept')), rules.committee, 'c-1', 'm1', 'late', now))).toEqual({
      code: 'already-voted',
      kind: 'conflict',
    });
    expect(refusal(() => declareConflictOfInterest(open, rules.committee, 'c-1', 'x', 'n', now))).toEqual({ code: 'not-a-member', kind: 'forbidden' });
  });
});

describe('reconsideration (within the tenant’s period, reviewed again under the same rules)', () => {
  const rejected = apply(apply(open, vote('m1', 'reject')), vote('m2', 'reject'));

  it('opens round 2 with a new deadline of the tenant’s window and fresh votes', () => {
    const asked = requestReconsideration(rejected, 'c-1', 'new documents', rules.maxRounds, new Date('2026-12-01T10:00:00Z'));
    expect(asked).toMatchObject({ round: 2, deadline: '2026-12-15T10:00:00.000Z', reviewWindow: opened.reviewWindow });
    const round2 = evolveReview(rejected, { type: 'ReconsiderationRequested', data: asked });
    expect(round2).toMatchObject({ status: 'open', round: 2, votes: [], breached: false });
    expect(castVote(round2, rules, vote('m1', 'accept'), now).vote.round).toBe(2);
  });

  it.each`
    when                      | state           | code
    ${'2026-12-26T09:00:01Z'} | ${'rejected'}   | ${'reconsideration-period-over'}
    ${'2026-12-01T00:00:00Z'} | ${'open'}       | ${'not-rejected'}
    ${'2026-12-01T00:00:00Z'} | ${'last-round'} | ${'reconsideration-not-offered'}
  `('refuses at $when on a $state review: $code', ({ when, state, code }) => {
    const given: ReviewState = state === 'rejected' ? rejected : state === 'open' ? open : { ...rejected, round: 2, reconsiderationUntil: null };
    expect(refusal(() => requestReconsideration(given, 'c-1', 'g', rules.maxRounds, new Date(when))).code).toBe(code);
  });
});
