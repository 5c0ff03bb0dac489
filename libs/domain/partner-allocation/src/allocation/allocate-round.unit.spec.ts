import { DomainError } from '@athar/contracts';
import { allocateRound, IMPACT_WHEN_NOT_EVALUATED } from './allocate-round';
import { request, round, weightsOf } from './allocation-fixtures';
import type { AllocationRequest, AllocationRoundInput, RoundAllocation } from './allocation.types';
import { whatIf } from './what-if';

const sharesOf = (result: RoundAllocation) => Object.fromEntries(result.services[0].allocations.map((a) => [a.requestId, a.share]));
const ranksOf = (result: RoundAllocation) => result.services[0].allocations.map((a) => a.requestId);
const codesOf = (result: RoundAllocation, id: string) => result.services[0].allocations.find((a) => a.requestId === id)!.reasons.map((r) => r.code);

// Scored on scope of work alone (weight 1), so a request's score is the number given to `request`.
const cases: Array<{ name: string; input: AllocationRoundInput; shares: Record<string, number>; ranks?: string[] }> = [
  {
    name: 'capacity larger than all asked: everyone in full, the rest unallocated',
    input: round(100, [request('a', 80, 10), request('b', 20, 30)]),
    shares: { a: 10, b: 30 },
  },
  {
    name: 'one partner asking more than the capacity gets the whole capacity',
    input: round(10, [request('a', 40, 25)]),
    shares: { a: 10 },
  },
  {
    name: 'capacity smaller than any request: 3 seats by 60:30:10 (quotas 1.8, 0.9, 0.3 → 2, 1, 0)',
    input: round(3, [request('a', 60, 10), request('b', 30, 10), request('c', 10, 10)]),
    shares: { a: 2, b: 1, c: 0 },
  },
  {
    name: 'a cap: a asks 10 of its proportional 50, the 40 it leaves go to b and c by score',
    input: round(100, [request('a', 50, 10), request('b', 25, 100), request('c', 25, 100)]),
    shares: { a: 10, b: 45, c: 45 },
  },
  {
    name: 'caps cascade: the first cap lifts the level until the second is capped too',
    input: round(100, [request('a', 40, 20), request('b', 30, 35), request('c', 30, 100)]),
    // level 100/100: a capped at 20; 80 over 60 points → b 40 > 35, capped; c gets 45
    shares: { a: 20, b: 35, c: 45 },
  },
  {
    name: 'rounding with remainders: 7 seats by 50:30:20 (3.5, 2.1, 1.4 → 4, 2, 1)',
    input: round(7, [request('a', 50, 10), request('b', 30, 10), request('c', 20, 10)]),
    shares: { a: 4, b: 2, c: 1 },
  },
  {
    name: 'money in halalas: 1,000.01 SAR by 2:1 gives 666.67 and 333.34 SAR',
    input: round(100_001, [request('a', 2, 100_001), request('b', 1, 100_001)], { capacities: [{ serviceId: 'training', unit: 'halala', amount: 100_001 }] }),
    // quotas 66,667.33 and 33,333.67 → floors 66,667 and 33,333, one halala left to the larger remainder
    shares: { a: 66_667, b: 33_334 },
  },
  {
    name: 'tie on score, the odd seat to the higher-need region',
    input: round(5, [request('a', 50, 10, { region: 'riyadh' }), request('b', 50, 10, { region: 'jazan' })]),
    shares: { a: 2, b: 3 },
    ranks: ['b', 'a'],
  },
  {
    name: 'tie on score and region, the odd seat to the partner not served before',
    input: round(5, [request('a', 50, 10), request('b', 50, 10, { servedBefore: false })]),
    shares: { a: 2, b: 3 },
    ranks: ['b', 'a'],
  },
  {
    name: 'tie on score, region and history, the odd seat to the earlier request',
    input: round(5, [request('a', 50, 10, { requestedAt: '2026-01-10T09:00:00Z' }), request('b', 50, 10, { requestedAt: '2026-01-10T08:59:59Z' })]),
    shares: { a: 2, b: 3 },
    ranks: ['b', 'a'],
  },
  {
    name: 'tie on everything else, the odd seat by partner id',
    input: round(5, [request('b', 50, 10), request('a', 50, 10)]),
    shares: { a: 3, b: 2 },
    ranks: ['a', 'b'],
  },
  {
    name: 'all scores zero: the capacity shared equally, the odd seat by the tie rule',
    input: round(10, [request('c', 0, 5), request('a', 0, 5), request('b', 0, 5)]),
    shares: { a: 4, b: 3, c: 3 },
  },
  {
    name: 'a zero score gets nothing while scored requests want the capacity',
    input: round(10, [request('a', 30, 20), request('z', 0, 20)]),
    shares: { a: 10, z: 0 },
  },
  {
    name: 'a zero score gets what scored requests leave',
    input: round(10, [request('a', 30, 4), request('z', 0, 20)]),
    shares: { a: 4, z: 6 },
  },
  {
    name: 'capacity zero: nothing to anyone',
    input: round(0, [request('a', 30, 4), request('b', 10, 2)]),
    shares: { a: 0, b: 0 },
  },
];

describe('allocateRound: a table of cases (docs/adr/0037)', () => {
  it.each(cases)('$name', ({ input, shares, ranks }) => {
    const result = allocateRound(input);
    expect(sharesOf(result)).toEqual(shares);
    if (ranks) expect(ranksOf(result)).toEqual(ranks);
    const service = result.services[0];
    expect(service.allocated).toBe(Math.min(service.capacity, service.totalAsked));
    // Whoever got less than asked is told why.
    for (const a of service.allocations) if (a.share < a.asked) expect(a.reasons.map((r) => r.code)).not.toEqual(expect.arrayContaining(['asked-in-full']));
    for (const a of service.allocations) if (a.share < a.asked) expect(a.reasons.length).toBeGreaterThan(0);
  });

  it('a zero-need region: the region factor adds nothing, the other factors still count', () => {
    const weights = weightsOf({ higherNeedRegion: 1, scopeOfWork: 1 });
    const result = allocateRound(round(10, [request('a', 40, 10, { region: 'empty' }), request('b', 40, 10, { region: 'jazan' })], { weights }));
    const [first, second] = result.services[0].allocations;
    expect([first.requestId, first.totalScore, second.requestId, second.totalScore]).toEqual(['b', 130, 'a', 40]);
    expect(second.factors.find((f) => f.factor === 'higherNeedRegion')).toMatchObject({ score: 0, weight: 1, contribution: 0 });
    // 10 seats by 130:40 → 7.64 and 2.35 → 8 and 2
    expect(sharesOf(result)).toEqual({ a: 2, b: 8 });
  });

  it('a request scored on a zero-need region alone joins the zero-score tier', () => {
    const weights = weightsOf({ higherNeedRegion: 1 });
    const result = allocateRound(round(10, [request('a', 90, 8, { region: 'empty' }), request('b', 0, 8, { region: 'riyadh' })], { weights }));
    expect(sharesOf(result)).toEqual({ a: 2, b: 8 });
    expect(codesOf(result, 'a')).toEqual(['capacity-short', 'zero-score']);
  });
});

describe('the explanation of each allocation', () => {
  // Tuwaiq's weights (policies/tuwaiq.policy.json): clause 3 priorities 20 each, clause 2 factors 10 each.
  const tuwaiq = weightsOf({
    greatestImpact: 20,
    higherNeedRegion: 20,
    notServedBefore: 20,
    scopeOfWork: 10,
    targetedBeneficiaries: 10,
    infrastructureReadiness: 10,
    fitWithGoalsAndPlans: 10,
  });
  const study = { scopeOfWork: 80, targetedBeneficiaries: 60, infrastructureReadiness: 40, fitWithGoalsAndPlans: 100 };
  const input = round(
    30,
    [
      request('awj', 0, 20, { study, region: 'jazan', servedBefore: false, lastEvaluationScore: null }),
      request('quwayiyah', 0, 20, { study, region: 'riyadh', servedBefore: true, lastEvaluationScore: 90 }),
    ],
    { weights: tuwaiq },
  );
  const result = allocateRound(input);
  const awj = result.services[0].allocations.find((a) => a.partnerId === 'partner-awj')!;
  const quwayiyah = result.services[0].allocations.find((a) => a.partnerId === 'partner-quwayiyah')!;

  it("gives every factor's score, weight and score × weight, named after its clause", () => {
    expect(awj.factors.map((f) => [f.factor, f.clause, f.score, f.weight, f.contribution])).toEqual([
      ['greatestImpact', '004 partner allocation 3', IMPACT_WHEN_NOT_EVALUATED, 20, 1000],
      ['higherNeedRegion', '004 partner allocation 3', 90, 20, 1800],
      ['notServedBefore', '004 partner allocation 3', 100, 20, 2000],
      ['scopeOfWork', '004 partner allocation 2', 80, 10, 800],
      ['targetedBeneficiaries', '004 partner allocation 2', 60, 10, 600],
      ['infrastructureReadiness', '004 partner allocation 2', 40, 10, 400],
      ['fitWithGoalsAndPlans', '004 partner allocation 2', 100, 10, 1000],
    ]);
    expect(awj.factors[0].basis.en).toMatch(/not evaluated yet/);
    expect(awj.factors[0].name).toEqual({ ar: 'ذات الأثر الأكبر', en: 'the greatest impact' });
    expect([awj.totalScore, awj.maxScore]).toEqual([7600, 10000]);
    expect(quwayiyah.factors[0]).toMatchObject({ score: 90, contribution: 1800 });
    expect(quwayiyah.totalScore).toBe(1800 + 400 + 0 + 2800);
  });

  it('gives the rank, the exact share and the bilingual reasons for less than asked', () => {
    // 30 seats by 7600:5000 → 18.09 and 11.90 → 18 and 12
    expect([awj.rank, awj.quota, awj.share, awj.outcome]).toEqual([1, '18.09', 18, 'in-part']);
    expect([quwayiyah.rank, quwayiyah.quota, quwayiyah.share]).toEqual([2, '11.90', 12]);
    expect(awj.reasons.map((r) => r.code)).toEqual(['capacity-short', 'proportional-share', 'rounded-down']);
    expect(quwayiyah.reasons.map((r) => r.code)).toEqual(['capacity-short', 'proportional-share', 'rounded-up']);
    for (const r of awj.reasons) {
      expect(r.text.ar).toMatch(/[\u0600-\u06FF]/);
      expect(r.text.en).toMatch(/[a-z]/);
    }
    expect(awj.reasons[0].text.en).toBe("the service's capacity of 30 seats is less than the 40 asked in all; it is shared in proportion to score");
    expect(awj.reasons[1].text.en).toMatch(/its score 7600 of the 12600 .* sharing 30 seats .*exact share 18\.09/);
  });

  it('says who was capped at what it asked, and which key of the tie rule ranked two equal scores', () => {
    const capped = allocateRound(round(100, [request('a', 50, 10), request('b', 25, 100), request('c', 25, 100)]));
    expect(codesOf(capped, 'a')).toEqual(['asked-in-full', 'capped-at-asked']);
    expect(codesOf(capped, 'b')).toEqual(['capacity-short', 'proportional-share', 'tie-broken']);
    const b = capped.services[0].allocations.find((x) => x.requestId === 'b')!;
    expect(b.reasons[2].text.en).toBe('tied on score with the request ranked 3; ranked ahead by the tie rule: partner id order');
  });

  it('is the same result whatever the order of requests and capacities', () => {
    const shuffled = { ...input, requests: [...input.requests].reverse() };
    expect(allocateRound(shuffled)).toEqual(result);
  });
});

describe('what-if with other weights', () => {
  const input = round(30, [request('a', 80, 20, { region: 'riyadh', servedBefore: true }), request('b', 40, 20, { region: 'jazan', servedBefore: false })]);

  it('returns both allocations side by side with the differences, and records nothing', () => {
    const before = JSON.stringify(input);
    const result = whatIf(input, weightsOf({ higherNeedRegion: 1, notServedBefore: 1 }));
    expect(sharesOf(result.current)).toEqual({ a: 20, b: 10 });
    expect(sharesOf(result.alternative)).toEqual({ a: 10, b: 20 });
    expect(result.differences).toEqual([
      {
        requestId: 'a',
        partnerId: 'partner-a',
        serviceId: 'training',
        totalScore: { current: 80, alternative: 20 },
        rank: { current: 1, alternative: 2, change: 1 },
        share: { current: 20, alternative: 10, change: -10 },
      },
      {
        requestId: 'b',
        partnerId: 'partner-b',
        serviceId: 'training',
        totalScore: { current: 40, alternative: 190 },
        rank: { current: 2, alternative: 1, change: -1 },
        share: { current: 10, alternative: 20, change: 10 },
      },
    ]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('lists no difference when the other weights change nothing', () => {
    expect(whatIf(input, weightsOf({ scopeOfWork: 7 })).differences.map((d) => [d.requestId, d.share.change, d.rank.change])).toEqual([
      ['a', 0, 0],
      ['b', 0, 0],
    ]);
    expect(whatIf(input, weightsOf({ scopeOfWork: 1 })).differences).toEqual([]);
  });

  it('refuses bad weights field by field, in Arabic and English', () => {
    const bad = { ...weightsOf({}), impact: 3, scopeOfWork: -1 } as never;
    try {
      whatIf(input, bad);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const fields = (error as DomainError).fields;
      expect(fields.map((f) => f.field)).toEqual(['otherWeights.impact', 'otherWeights.scopeOfWork']);
      expect(fields[1].reasons[0]).toEqual({ ar: 'الوزن عدد صحيح من 0 إلى 1000', en: 'a weight is a whole number from 0 to 1000' });
    }
    expect(() => whatIf(input, weightsOf({}))).toThrow(
      expect.objectContaining({
        fields: [{ field: 'otherWeights', reasons: [{ ar: 'مجموع الأوزان يجب أن يكون أكبر من صفر', en: 'the weights must add up to more than zero' }] }],
      }),
    );
  });
});

describe('bad round input', () => {
  it('lists every problem with its field, in Arabic and English', () => {
    const broken: AllocationRequest[] = [
      request('a', 101, 0, { region: 'nowhere', requestedAt: 'yesterday' }),
      request('a', 10, 5, { serviceId: 'unknown', lastEvaluationScore: 1.5 }),
      request('c', 10, 5, { partnerId: 'partner-d' }),
      request('d', 10, 5),
    ];
    try {
      allocateRound(round(-1, broken, { regionNeed: { eastern: 50, north: 200 } }));
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe('invalid');
      const fields = (error as DomainError).fields;
      expect(fields.map((f) => f.field)).toEqual([
        'capacities[0].amount',
        'regionNeed.north',
        'requests[0].asked',
        'requests[0].region',
        'requests[0].requestedAt',
        'requests[0].study.scopeOfWork',
        'requests[1].requestId',
        'requests[1].serviceId',
        'requests[1].lastEvaluationScore',
        'requests[3].partnerId',
      ]);
      for (const f of fields) expect(f.reasons[0].ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
