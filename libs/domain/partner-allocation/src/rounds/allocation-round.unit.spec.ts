import type { AllocationRoundScheduledV1, RecordedEventOf } from '@athar/contracts';
import { weightsOf } from '../allocation/allocation-fixtures';
import {
  approveRound,
  closeRound,
  evolveAllocationRound,
  hijriOf,
  initialAllocationRoundState,
  openRound,
  proposeAllocation,
  proposedAllocation,
  roundInput,
  roundWhatIf,
  scheduleRound,
  type AllocationRoundEvent,
  type AllocationRoundState,
  type RoundCandidate,
} from './allocation-round';

const NOW = new Date('2026-03-01T08:00:00Z');
const SERVICES = ['job-seeker-training'];
const schedule = (patch: Partial<Parameters<typeof scheduleRound>[1]> = {}) =>
  scheduleRound(
    initialAllocationRoundState,
    {
      roundId: 'r1',
      serviceId: 'job-seeker-training',
      unit: 'seat',
      capacity: 100,
      unitsPerBeneficiary: 1,
      opensAt: '2026-03-01T08:00:00Z',
      closesAt: '2026-03-10T08:00:00Z',
      ...patch,
    },
    SERVICES,
    'u-team',
    NOW,
  );
const fold = (...events: Array<[AllocationRoundEvent['type'], unknown]>): AllocationRoundState =>
  events.reduce(
    (state, [type, data]) => evolveAllocationRound(state, { type, data } as unknown as RecordedEventOf<typeof type> as AllocationRoundEvent),
    initialAllocationRoundState,
  );
const candidate = (id: string, over: Partial<RoundCandidate> = {}): RoundCandidate => ({
  partnerRequestId: id,
  partner: { kind: 'tenant', tenantId: `t-${id}`, name: { ar: id, en: id } },
  licenceNumber: '1',
  serviceId: 'job-seeker-training',
  regionId: 'qassim',
  expectedBeneficiaries: 60,
  submittedAt: `2026-02-0${id.length}T08:00:00Z`,
  study: [
    { factorId: 'scope-of-work', score: 4, maxScore: 5 },
    { factorId: 'targeted-beneficiaries', score: 3, maxScore: 5 },
    { factorId: 'infrastructure-readiness', score: 5, maxScore: 5 },
    { factorId: 'fit-with-goals-and-plans', score: 2, maxScore: 5 },
  ],
  lastEvaluationScore: null,
  servedBefore: false,
  allocatedBefore: false,
  ...over,
});
const WEIGHTS = weightsOf({ scopeOfWork: 10, notServedBefore: 20, higherNeedRegion: 20 });
const NEED = { qassim: 60, eastern: 30, riyadh: 10 };

describe('allocation rounds (Tuwaiq, partner allocation 3; ADR 0037)', () => {
  describe('scheduling', () => {
    it('records the round with its instants normalised', () => {
      expect(schedule({ opensAt: '2026-03-01T11:00:00+03:00' })).toMatchObject({
        roundId: 'r1',
        opensAt: '2026-03-01T08:00:00.000Z',
        capacity: 100,
        scheduledBy: 'u-team',
      });
    });
    it.each([
      ['a service the association does not distribute', { serviceId: 'volunteering' }, 'serviceId'],
      ['closing before opening', { closesAt: '2026-02-28T08:00:00Z' }, 'closesAt'],
      ['closing in the past', { opensAt: '2026-01-01T08:00:00Z', closesAt: '2026-02-01T08:00:00Z' }, 'closesAt'],
      ['longer than a programme year', { closesAt: '2027-06-01T08:00:00Z' }, 'closesAt'],
      ['a capacity beyond safe integers', { capacity: Number.MAX_SAFE_INTEGER, unitsPerBeneficiary: 3 }, 'capacity'],
    ])('refuses %s with a bilingual field reason', (_name, patch, field) => {
      expect(() => schedule(patch)).toThrow(expect.objectContaining({ kind: 'invalid', fields: [expect.objectContaining({ field })] }));
    });
    it('refuses a second schedule of the same round', () => {
      const state = fold(['AllocationRoundScheduled', schedule()]);
      expect(() => scheduleRound(state, state.round as never, SERVICES, 'u', NOW)).toThrow(expect.objectContaining({ kind: 'conflict' }));
    });
  });

  describe('opening and closing by instants', () => {
    const round = schedule();
    const scheduled = fold(['AllocationRoundScheduled', round]);
    it('opens at or after its instant, once', () => {
      expect(openRound(scheduled, new Date('2026-03-01T07:59:59Z'))).toBeNull();
      expect(openRound(scheduled, NOW)).toEqual({ roundId: 'r1', openedAt: NOW.toISOString() });
      expect(openRound(fold(['AllocationRoundScheduled', round], ['AllocationRoundOpened', { openedAt: NOW.toISOString() }]), NOW)).toBeNull();
    });
    it('closes at or after its instant, once, opened or not', () => {
      const at = new Date(round.closesAt);
      expect(closeRound(scheduled, new Date(at.getTime() - 1))).toBeNull();
      expect(closeRound(scheduled, at)).toEqual({ roundId: 'r1', closedAt: at.toISOString() });
      const open = fold(['AllocationRoundScheduled', round], ['AllocationRoundOpened', { openedAt: NOW.toISOString() }]);
      expect(closeRound(open, at)).not.toBeNull();
      const closed = fold(['AllocationRoundScheduled', round], ['AllocationRoundClosed', { closedAt: at.toISOString() }]);
      expect(closeRound(closed, at)).toBeNull();
    });
  });

  describe('the input from the studied requests', () => {
    const round = schedule({ unitsPerBeneficiary: 2 }) as AllocationRoundScheduledV1;
    it('scales each study score to 0-100, asks expected beneficiaries × units, and keeps only the regions named', () => {
      const built = roundInput(round, [candidate('a')], NEED, WEIGHTS);
      expect(built.input.requests).toEqual([
        expect.objectContaining({
          requestId: 'a',
          partnerId: 'tenant:t-a',
          asked: 120,
          study: { scopeOfWork: 80, targetedBeneficiaries: 60, infrastructureReadiness: 100, fitWithGoalsAndPlans: 40 },
          servedBefore: false,
          lastEvaluationScore: null,
        }),
      ]);
      expect(built.input.regionNeed).toEqual({ qassim: 60 });
      expect(built.input.capacities).toEqual([{ serviceId: 'job-seeker-training', unit: 'seat', amount: 100 }]);
    });
    it("leaves out other services, requests allocated before, and a partner's later request, each with a reason", () => {
      const built = roundInput(
        round,
        [
          candidate('a'),
          candidate('bb', { partner: { kind: 'tenant', tenantId: 't-a', name: { ar: 'a', en: 'a' } } }),
          candidate('ccc', { allocatedBefore: true }),
          candidate('dddd', { serviceId: 'other' }),
          candidate('eeeee', { partner: { kind: 'outside', name: { ar: 'e', en: 'e' } }, licenceNumber: '77' }),
        ],
        NEED,
        WEIGHTS,
      );
      expect(built.input.requests.map((r) => r.requestId)).toEqual(['a', 'eeeee']);
      expect(built.input.requests[1].partnerId).toBe('licence:77');
      expect(built.excluded.map((e) => e.partnerRequestId)).toEqual(['bb', 'ccc']);
      expect(built.excluded[0].reason.en).toContain("partner's earlier request");
      expect(built.excluded[1].reason.ar).toContain('جولة معتمدة سابقة');
    });
  });

  describe('proposal, recompute, approval and what-if', () => {
    const round = schedule();
    const closedAt = round.closesAt;
    const closed = fold(
      ['AllocationRoundScheduled', round],
      ['AllocationRoundOpened', { openedAt: NOW.toISOString() }],
      ['AllocationRoundClosed', { closedAt }],
    );
    const built = roundInput(round, [candidate('a'), candidate('bb', { servedBefore: true, regionId: 'riyadh' })], NEED, WEIGHTS);
    const proposal = proposeAllocation(closed, built, null, new Date(closedAt));
    const proposed = evolveAllocationRound(closed, { type: 'AllocationProposed', data: proposal } as never);

    it('computes the proposal with every request explained, the not-served-before partner ranked first', () => {
      const allocation = proposedAllocation(proposal);
      const lines = allocation.services[0].allocations;
      expect(lines.map((l) => [l.requestId, l.rank])).toEqual([
        ['a', 1],
        ['bb', 2],
      ]);
      expect(lines[0].share + lines[1].share).toBe(100);
      expect(lines[0].share).toBeGreaterThan(lines[1].share);
      expect(lines[1].reasons.map((r) => r.code)).toContain('proportional-share');
      expect(lines[0].factors.find((f) => f.factor === 'notServedBefore')).toMatchObject({ score: 100, weight: 20 });
      expect(proposal.partners.map((p) => p.partnerRequestId)).toEqual(['a', 'bb']);
      expect(proposed.status).toBe('proposed');
    });
    it('is not recomputed by hand before the close, nor once approved', () => {
      const open = fold(['AllocationRoundScheduled', round]);
      expect(() => proposeAllocation(open, built, 'u', NOW)).toThrow(expect.objectContaining({ code: 'allocation-round-not-closed' }));
      const approved = evolveAllocationRound(proposed, { type: 'AllocationRoundApproved', data: {} } as never);
      expect(() => proposeAllocation(approved, built, 'u', NOW)).toThrow(expect.objectContaining({ code: 'allocation-round-approved' }));
    });
    it('is recomputed while a proposal, by the user', () => {
      expect(proposeAllocation(proposed, built, 'u-team', new Date('2026-03-11T08:00:00Z'))).toMatchObject({ proposedBy: 'u-team' });
    });
    const later = new Date('2026-03-12T08:00:00Z');
    const by = { userId: 'u-ed', role: 'executive-director' as const };
    it('is approved with the session dated in both calendars (Umm al-Qura)', () => {
      expect(hijriOf('2026-03-12')).toBe('1447-09-23');
      expect(approveRound(proposed, { session: ' 7th board session ', gregorianDate: '2026-03-12', hijriDate: '1447-09-23' }, by, later)).toMatchObject({
        approval: { session: '7th board session', hijriDate: '1447-09-23' },
        approvedBy: by,
      });
    });
    it("takes today's session in Riyadh after midnight there, while the UTC date is still yesterday", () => {
      // 00:30 in Riyadh on 13 March is 21:30 UTC on 12 March: the board met "today", the 13th
      const afterMidnight = new Date('2026-03-12T21:30:00Z');
      expect(approveRound(proposed, { session: 's', gregorianDate: '2026-03-13', hijriDate: hijriOf('2026-03-13')! }, by, afterMidnight)).toMatchObject({
        approval: { gregorianDate: '2026-03-13' },
      });
      expect(() => approveRound(proposed, { session: 's', gregorianDate: '2026-03-14', hijriDate: hijriOf('2026-03-14')! }, by, afterMidnight)).toThrow(
        expect.objectContaining({ fields: [expect.objectContaining({ field: 'gregorianDate' })] }),
      );
    });
    it.each([
      ['a Hijri date of another day', { hijriDate: '1447-09-01' }, 'hijriDate'],
      ['a Gregorian date that does not exist', { gregorianDate: '2026-02-30' }, 'gregorianDate'],
      ['a session in the future', { gregorianDate: '2026-03-20', hijriDate: '1447-10-01' }, 'gregorianDate'],
      ['a session before the proposal', { gregorianDate: '2026-03-01', hijriDate: '1447-09-12' }, 'gregorianDate'],
    ])('refuses %s', (_name, patch, field) => {
      expect(() => approveRound(proposed, { session: 's', gregorianDate: '2026-03-12', hijriDate: '1447-09-23', ...patch }, by, later)).toThrow(
        expect.objectContaining({ kind: 'invalid', fields: expect.arrayContaining([expect.objectContaining({ field })]) }),
      );
    });
    it('refuses approval without a proposal and a second approval', () => {
      expect(() => approveRound(closed, { session: 's', gregorianDate: '2026-03-12', hijriDate: '1447-09-23' }, by, later)).toThrow(
        expect.objectContaining({ code: 'allocation-round-no-proposal' }),
      );
      const approved = evolveAllocationRound(proposed, { type: 'AllocationRoundApproved', data: {} } as never);
      expect(() => approveRound(approved, { session: 's', gregorianDate: '2026-03-12', hijriDate: '1447-09-23' }, by, later)).toThrow(
        expect.objectContaining({ code: 'allocation-round-approved' }),
      );
    });
    it('answers a what-if on the recorded input with other weights', () => {
      const result = roundWhatIf(proposed, weightsOf({ higherNeedRegion: 1 }));
      expect(result.current).toEqual(proposedAllocation(proposal));
      expect(result.alternative.weights.higherNeedRegion).toBe(1);
      expect(() => roundWhatIf(closed, WEIGHTS)).toThrow(expect.objectContaining({ code: 'allocation-round-no-proposal' }));
    });
  });
});
