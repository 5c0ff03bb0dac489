import { DomainError, type ApplicationAcceptedV1, type ApplicationRejectedV1, type DecisionReason, type Vote, type VoteCastV1 } from '@athar/contracts';
import { decideRound, type Committee } from './committee';
import type { ReviewState } from './review';

export interface CastVote {
  caseId: string;
  memberId: string;
  vote: Vote;
  reasonId: string;
  note: string | null;
}

/** The tenant's rules a vote is judged under (its policy's committeeReview block). */
export interface VotingRules {
  committee: Committee;
  reasons: { accept: DecisionReason[]; reject: DecisionReason[] };
  reconsiderationDays: number;
  maxRounds: number;
}

export type VoteOutcome =
  | { vote: VoteCastV1; decision: null }
  | { vote: VoteCastV1; decision: { type: 'ApplicationAccepted'; data: ApplicationAcceptedV1 } | { type: 'ApplicationRejected'; data: ApplicationRejectedV1 } };

const DAY_MS = 24 * 60 * 60 * 1000;

const refuse = (code: string, kind: 'invalid' | 'conflict' | 'not-found' | 'forbidden', ar: string, en: string, field?: string): never => {
  throw new DomainError(code, kind, { ar, en }, field ? [{ field, reasons: [{ ar, en }] }] : []);
};

/**
 * A member's vote on the current round, with a reason from the tenant's list. When it completes the
 * quorum with a majority (or the chair's casting vote on a tie), the decision is recorded with it in
 * the same append: two final votes racing each other cannot both succeed (optimistic concurrency on
 * the review stream), and the one decided second finds the review decided (409).
 */
export function castVote(state: ReviewState, rules: VotingRules, command: CastVote, now: Date): VoteOutcome {
  if (state.status === 'none') refuse('review-not-found', 'not-found', 'لا توجد مراجعة لهذه الحالة', 'No review for this case');
  if (state.status !== 'open') refuse('review-decided', 'conflict', 'صدر قرار اللجنة في هذا الطلب', 'The committee has already decided this request');
  const member = rules.committee.members.find((m) => m.userId === command.memberId);
  if (!member) refuse('not-a-member', 'forbidden', 'لست عضواً في اللجنة المختصة بهذا الطلب', 'You are not a member of the committee studying this request');
  if (member!.role === 'secretary') refuse('secretary-does-not-vote', 'forbidden', 'أمين اللجنة لا يصوّت', 'The committee secretary does not vote');
  if (state.recused.includes(command.memberId)) {
    refuse(
      'recused',
      'forbidden',
      'أعلنت تعارض مصالح في هذا الطلب فلا يحق لك التصويت عليه',
      'You declared a conflict of interest on this request and cannot vote on it',
    );
  }
  if (state.votes.some((v) => v.memberId === command.memberId))
    refuse('already-voted', 'conflict', 'سبق أن صوّتَّ في هذه الجولة', 'You have already voted in this round');
  const reason = rules.reasons[command.vote].find((r) => r.id === command.reasonId);
  if (!reason) {
    const allowed = rules.reasons[command.vote].map((r) => r.id).join(', ');
    refuse(
      'reason-unknown',
      'invalid',
      `السبب غير معروف لهذا التصويت؛ الأسباب المقبولة: ${allowed}`,
      `unknown reason for this vote; accepted: ${allowed}`,
      'reasonId',
    );
  }

  const vote: VoteCastV1 = {
    caseId: command.caseId,
    committeeId: rules.committee.id,
    round: state.round,
    memberId: command.memberId,
    role: member!.role,
    vote: command.vote,
    reason: reason!,
    note: command.note,
    castAt: now.toISOString(),
  };
  const ballots = [...state.votes, vote];
  const outcome = decideRound(rules.committee, ballots, state.recused);
  if (!outcome.decision) return { vote, decision: null };

  const reasons = uniqueReasons(ballots.filter((b) => b.vote === outcome.decision).map((b) => b.reason));
  const common = { caseId: command.caseId, committeeId: rules.committee.id, round: state.round, decidedAt: now.toISOString(), tally: outcome.tally, reasons };
  if (outcome.decision === 'accept') return { vote, decision: { type: 'ApplicationAccepted', data: common } };
  const mayAskAgain = state.round < rules.maxRounds && rules.reconsiderationDays > 0;
  return {
    vote,
    decision: {
      type: 'ApplicationRejected',
      data: { ...common, reconsiderationUntil: mayAskAgain ? new Date(now.getTime() + rules.reconsiderationDays * DAY_MS).toISOString() : null },
    },
  };
}

function uniqueReasons(reasons: DecisionReason[]): DecisionReason[] {
  return reasons.filter((r, i) => reasons.findIndex((o) => o.id === r.id) === i);
}
