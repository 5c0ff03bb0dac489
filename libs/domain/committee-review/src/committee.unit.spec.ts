import type { Vote } from '@athar/contracts';
import { decideRound, quorumAttainable, type Committee } from './committee';

// chair C, members A and B, secretary S; quorum as each row says.
const committee = (quorum: number): Committee => ({
  id: 'research-committee',
  quorum,
  members: [
    { userId: 'C', role: 'chair' },
    { userId: 'A', role: 'member' },
    { userId: 'B', role: 'member' },
    { userId: 'D', role: 'member' },
    { userId: 'S', role: 'secretary' },
  ],
});
const ballots = (spec: string) =>
  spec
    .split(' ')
    .filter(Boolean)
    .map((s) => ({ memberId: s[0], vote: (s[1] === '+' ? 'accept' : 'reject') as Vote }));

describe('a decision by majority once the quorum has voted; the chair breaks a tie', () => {
  it.each`
    quorum | votes            | recused | decision    | tieBrokenByChair | why
    ${3}   | ${''}            | ${''}   | ${null}     | ${false}         | ${'no vote yet'}
    ${3}   | ${'A+ B+'}       | ${''}   | ${null}     | ${false}         | ${'two votes under a quorum of three'}
    ${3}   | ${'A+ B+ D-'}    | ${''}   | ${'accept'} | ${false}         | ${'quorum reached, majority accepts'}
    ${3}   | ${'A- B- C+'}    | ${''}   | ${'reject'} | ${false}         | ${'majority against the chair rejects'}
    ${2}   | ${'A+ B-'}       | ${''}   | ${null}     | ${false}         | ${'tie without the chair waits for the chair'}
    ${2}   | ${'A+ C-'}       | ${''}   | ${'reject'} | ${true}          | ${'tie broken by the chair (reject)'}
    ${2}   | ${'A- C+'}       | ${''}   | ${'accept'} | ${true}          | ${'tie broken by the chair (accept)'}
    ${4}   | ${'A+ B+ C- D-'} | ${''}   | ${'reject'} | ${true}          | ${'2-2 at quorum four: the chair decides'}
    ${2}   | ${'A+ B- C+'}    | ${''}   | ${'accept'} | ${false}         | ${'the chair voting after a tie makes a majority'}
    ${2}   | ${'S+ A+'}       | ${''}   | ${null}     | ${false}         | ${'the secretary does not vote'}
    ${2}   | ${'A+ B+'}       | ${'A'}  | ${null}     | ${false}         | ${'a recused member does not count'}
    ${2}   | ${'A+ B- D-'}    | ${'A'}  | ${'reject'} | ${false}         | ${'recused A: B and D decide'}
    ${2}   | ${'A+ B-'}       | ${'C'}  | ${null}     | ${false}         | ${'tie with the chair recused: no casting vote'}
  `('quorum $quorum, votes [$votes], recused [$recused] → $decision ($why)', ({ quorum, votes, recused, decision, tieBrokenByChair }) => {
    const outcome = decideRound(committee(quorum), ballots(votes), recused ? recused.split(' ') : []);
    expect(outcome.decision).toBe(decision);
    expect(outcome.tally.tieBrokenByChair).toBe(tieBrokenByChair);
    expect(outcome.tally.quorum).toBe(quorum);
  });

  it('counts only eligible ballots in the tally', () => {
    expect(decideRound(committee(2), ballots('S+ A- B- C+'), ['C']).tally).toEqual({ accept: 0, reject: 2, quorum: 2, tieBrokenByChair: false });
  });

  it.each`
    quorum | recused            | attainable
    ${4}   | ${[]}              | ${true}
    ${4}   | ${['A']}           | ${false}
    ${3}   | ${['A']}           | ${true}
    ${2}   | ${['A', 'B', 'D']} | ${false}
  `('quorum $quorum with $recused recused is attainable: $attainable', ({ quorum, recused, attainable }) => {
    expect(quorumAttainable(committee(quorum), recused)).toBe(attainable);
  });
});
