import type { CommitteeRole, Tally, Vote } from '@athar/contracts';

/** A committee as the tenant's policy sets it: who sits on it, in which role, and its quorum. */
export interface Committee {
  id: string;
  quorum: number;
  members: Array<{ userId: string; role: CommitteeRole }>;
}

export interface Ballot {
  memberId: string;
  vote: Vote;
}

export interface RoundOutcome {
  /** null: no decision yet (quorum not reached, or a tie the chair has not broken). */
  decision: Vote | null;
  tally: Tally;
}

/** Who may vote on a case: chair and members, not the secretary, and nobody who declared a conflict. */
export function eligibleVoters(committee: Committee, recused: readonly string[]): string[] {
  return committee.members.filter((m) => m.role !== 'secretary' && !recused.includes(m.userId)).map((m) => m.userId);
}

/**
 * Once the quorum has voted, the majority decides; on a tie, the chair's vote does. Only the
 * ballots of eligible voters count. Pure: the same ballots always give the same outcome.
 */
export function decideRound(committee: Committee, ballots: readonly Ballot[], recused: readonly string[] = []): RoundOutcome {
  const voters = eligibleVoters(committee, recused);
  const counted = ballots.filter((b) => voters.includes(b.memberId));
  const accept = counted.filter((b) => b.vote === 'accept').length;
  const reject = counted.length - accept;
  const tally = (tieBrokenByChair: boolean): Tally => ({ accept, reject, quorum: committee.quorum, tieBrokenByChair });
  if (counted.length < committee.quorum) return { decision: null, tally: tally(false) };
  if (accept !== reject) return { decision: accept > reject ? 'accept' : 'reject', tally: tally(false) };
  const chair = committee.members.find((m) => m.role === 'chair');
  const chairBallot = counted.find((b) => b.memberId === chair?.userId);
  return chairBallot ? { decision: chairBallot.vote, tally: tally(true) } : { decision: null, tally: tally(false) };
}

/** Whether a decision can still be reached: enough members who may vote to make the quorum. */
export function quorumAttainable(committee: Committee, recused: readonly string[]): boolean {
  return eligibleVoters(committee, recused).length >= committee.quorum;
}
