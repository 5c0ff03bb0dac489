import { ALLOCATION_FACTORS, type AllocationWeights } from '@athar/contracts';
import fc from 'fast-check';
import { allocateRound } from './allocate-round';
import type { AllocationRequest, AllocationRoundInput, NeedsStudyScores, RoundAllocation } from './allocation.types';

// Properties of the method (docs/adr/0037), checked by fast-check over generated rounds. Scores are
// drawn often from a few values so that ties, caps and equal remainders come up in most runs.
const score = fc.oneof(fc.constantFrom(0, 25, 50, 100), fc.integer({ min: 0, max: 100 }));
const SERVICES = ['mentoring', 'training'];
const REGIONS = ['eastern', 'riyadh', 'jazan', 'empty'];

const requestArb = fc.record({
  serviceId: fc.constantFrom(...SERVICES),
  asked: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 500 })),
  region: fc.constantFrom(...REGIONS),
  requestedAt: fc.constantFrom('2026-01-10T08:00:00Z', '2026-01-10T09:00:00Z', '2026-01-11T08:00:00Z'),
  study: fc.record({ scopeOfWork: score, targetedBeneficiaries: score, infrastructureReadiness: score, fitWithGoalsAndPlans: score }),
  lastEvaluationScore: fc.option(score, { nil: null }),
  servedBefore: fc.boolean(),
});

const weightsArb = fc
  .tuple(...ALLOCATION_FACTORS.map(() => fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 }))))
  .filter((values) => values.some((v) => v > 0))
  .map((values) => Object.fromEntries(ALLOCATION_FACTORS.map((f, i) => [f, values[i]])) as AllocationWeights);

const roundArb: fc.Arbitrary<AllocationRoundInput> = fc
  .record({
    capacities: fc.tuple(...SERVICES.map(() => fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2000 })))),
    regionNeed: fc.tuple(...REGIONS.map(() => score)),
    requests: fc.array(requestArb, { minLength: 1, maxLength: 8 }),
    weights: weightsArb,
  })
  .map(({ capacities, regionNeed, requests, weights }) => ({
    roundId: 'round-p',
    capacities: SERVICES.map((serviceId, i) => ({ serviceId, unit: 'seat' as const, amount: capacities[i] })),
    regionNeed: Object.fromEntries(REGIONS.map((r, i) => [r, i === REGIONS.indexOf('empty') ? 0 : regionNeed[i]])),
    requests: requests.map((r, i): AllocationRequest => ({ ...r, requestId: `r${i}`, partnerId: `p${i}` })),
    weights,
  }));

const allocations = (result: RoundAllocation) => result.services.flatMap((s) => s.allocations);
const shareOf = (result: RoundAllocation, requestId: string) => allocations(result).find((a) => a.requestId === requestId)!.share;
const runs = { numRuns: 400 };

describe('allocateRound: properties', () => {
  it('never gives a request more than it asked, nor a service more than its capacity', () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        const result = allocateRound(input);
        for (const service of result.services) {
          let sum = 0;
          for (const a of service.allocations) {
            expect(a.share).toBeGreaterThanOrEqual(0);
            expect(a.share).toBeLessThanOrEqual(a.asked);
            // Whoever gets less than asked is told why.
            if (a.share < a.asked)
              expect(a.reasons.map((r) => r.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(capacity-short|zero-score)$/)]));
            sum += a.share;
          }
          expect(sum).toBeLessThanOrEqual(service.capacity);
        }
      }),
      runs,
    );
  });

  it('gives out exactly min(capacity, total asked) per service: nothing wasted while someone asked', () => {
    fc.assert(
      fc.property(roundArb, (input) => {
        for (const service of allocateRound(input).services) {
          const asked = input.requests.filter((r) => r.serviceId === service.serviceId).reduce((sum, r) => sum + r.asked, 0);
          expect(service.allocations.reduce((sum, a) => sum + a.share, 0)).toBe(Math.min(service.capacity, asked));
        }
      }),
      runs,
    );
  });

  it("never lowers a request's share when one of its scores rises (monotonicity)", () => {
    const studyFactor = fc.constantFrom<keyof NeedsStudyScores | 'lastEvaluationScore'>(
      'scopeOfWork',
      'targetedBeneficiaries',
      'infrastructureReadiness',
      'fitWithGoalsAndPlans',
      'lastEvaluationScore',
    );
    fc.assert(
      fc.property(roundArb, fc.nat(), studyFactor, fc.integer({ min: 1, max: 100 }), (input, pick, factor, rise) => {
        const target = input.requests[pick % input.requests.length];
        const raised: AllocationRequest =
          factor === 'lastEvaluationScore'
            ? { ...target, lastEvaluationScore: Math.min(100, (target.lastEvaluationScore ?? 0) + rise) }
            : { ...target, study: { ...target.study, [factor]: Math.min(100, target.study[factor] + rise) } };
        if (factor === 'lastEvaluationScore' && target.lastEvaluationScore === null) return; // null → a score is not a rise
        const before = allocateRound(input);
        const after = allocateRound({ ...input, requests: input.requests.map((r) => (r === target ? raised : r)) });
        expect(allocations(after).find((a) => a.requestId === target.requestId)!.totalScore).toBeGreaterThanOrEqual(
          allocations(before).find((a) => a.requestId === target.requestId)!.totalScore,
        );
        expect(shareOf(after, target.requestId)).toBeGreaterThanOrEqual(shareOf(before, target.requestId));
      }),
      runs,
    );
  });

  it('gives the same output for the same input in any order (determinism)', () => {
    fc.assert(
      fc.property(roundArb, fc.array(fc.nat()), (input, keys) => {
        const order = (i: number) => keys[i % Math.max(keys.length, 1)] ?? i;
        const shuffled: AllocationRoundInput = {
          ...input,
          capacities: [...input.capacities].reverse(),
          requests: input.requests
            .map((r, i) => ({ r, k: order(i) * 31 + ((i * 17) % 7) }))
            .sort((a, b) => a.k - b.k)
            .map(({ r }) => r),
        };
        expect(allocateRound(shuffled)).toEqual(allocateRound(input));
      }),
      runs,
    );
  });
});
