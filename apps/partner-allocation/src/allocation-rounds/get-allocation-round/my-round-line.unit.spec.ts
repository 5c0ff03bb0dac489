import type { RecordedEventOf } from '@athar/contracts';
import {
  closeRound,
  evolveAllocationRound,
  initialAllocationRoundState,
  proposeAllocation,
  roundInput,
  scheduleRound,
  type AllocationRoundEvent,
  type AllocationRoundState,
  type RoundCandidate,
} from '@athar/domain-partner-allocation';
import { myRoundLine } from './get-allocation-round.handler';

// A partner tenant's own line of a round (ADR 0038; Tuwaiq 5-4: confidentiality between associations):
// what `GET /allocation-rounds/mine` and `{id}/my-allocation` answer.
const WEIGHTS = {
  greatestImpact: 20,
  higherNeedRegion: 20,
  notServedBefore: 20,
  scopeOfWork: 10,
  targetedBeneficiaries: 10,
  infrastructureReadiness: 10,
  fitWithGoalsAndPlans: 10,
};
const NEED = Object.fromEntries(['qassim', 'eastern', 'riyadh'].map((r) => [r, 50]));
const candidate = (id: string, partner: RoundCandidate['partner'], score: number): RoundCandidate => ({
  partnerRequestId: id,
  partner,
  licenceNumber: id,
  serviceId: 'partner-association-services',
  regionId: 'qassim',
  expectedBeneficiaries: 100,
  submittedAt: '2026-02-01T08:00:00Z',
  study: ['scope-of-work', 'targeted-beneficiaries', 'infrastructure-readiness', 'fit-with-goals-and-plans'].map((factorId) => ({
    factorId,
    score,
    maxScore: 5,
  })),
  lastEvaluationScore: null,
  servedBefore: false,
  allocatedBefore: false,
});
const apply = (state: AllocationRoundState, type: AllocationRoundEvent['type'], data: unknown) =>
  evolveAllocationRound(state, { type, data } as unknown as RecordedEventOf<typeof type> as AllocationRoundEvent);

describe("a partner tenant's own line of a round", () => {
  const NOW = new Date('2026-03-01T08:00:00Z');
  const round = scheduleRound(
    initialAllocationRoundState,
    {
      roundId: 'r1',
      serviceId: 'partner-association-services',
      unit: 'seat',
      capacity: 90,
      unitsPerBeneficiary: 1,
      opensAt: '2026-03-01T08:00:00Z',
      closesAt: '2026-03-10T08:00:00Z',
    },
    ['partner-association-services'],
    'u-team',
    NOW,
  );
  let state = apply(initialAllocationRoundState, 'AllocationRoundScheduled', round);
  state = apply(state, 'AllocationRoundOpened', { openedAt: NOW.toISOString() });
  state = apply(state, 'AllocationRoundClosed', closeRound(state, new Date(round.closesAt)) ?? { closedAt: round.closesAt });
  const built = roundInput(
    round,
    [
      candidate('req-awj', { kind: 'tenant', tenantId: 'awj', name: { ar: 'أوج', en: 'Awj' } }, 5),
      candidate('req-ga', { kind: 'tenant', tenantId: 'general-assembly-002', name: { ar: 'الجمعية', en: 'The association' } }, 3),
      candidate('req-out', { kind: 'outside', name: { ar: 'جمعية البر', en: 'Al-Birr Charity' } }, 1),
    ],
    NEED,
    WEIGHTS,
  );
  const proposed = apply(state, 'AllocationProposed', proposeAllocation(state, built, null, new Date(round.closesAt)));
  const approved = apply(proposed, 'AllocationRoundApproved', {});

  it('before approval: its own request only, no share, rank or reasons', () => {
    expect(myRoundLine(proposed, 'tuwaiq', 'r1', 'general-assembly-002')).toMatchObject({
      partnerRequestId: 'req-ga',
      status: 'proposed',
      rank: null,
      ranked: null,
      share: null,
      asked: null,
      outcome: null,
      reasons: [],
    });
  });

  it("once approved: its share, rank of how many and reasons in general words, never another partner's request, name or score", () => {
    const line = myRoundLine(approved, 'tuwaiq', 'r1', 'general-assembly-002')!;
    expect(line).toMatchObject({ partnerRequestId: 'req-ga', status: 'approved', rank: 2, ranked: 3, asked: 100, outcome: 'in-part' });
    expect(line.share).toBeGreaterThan(0);
    expect(line.reasons.length).toBeGreaterThan(0);
    const text = JSON.stringify(line);
    for (const leak of ['req-awj', 'req-out', 'Awj', 'Al-Birr', 'totalScore', 'factors']) expect(text).not.toContain(leak);
  });

  it('answers nothing to a tenant without a request in the round, nor for an outside body, nor before a proposal', () => {
    expect(myRoundLine(approved, 'tuwaiq', 'r1', 'quwayiyah')).toBeNull();
    expect(myRoundLine(approved, 'tuwaiq', 'r1', 'tuwaiq')).toBeNull();
    expect(myRoundLine(state, 'tuwaiq', 'r1', 'awj')).toBeNull();
  });
});
