import {
  ALLOCATION_FACTOR_CLAUSES,
  ALLOCATION_FACTORS,
  allocationWeightProblems,
  DomainError,
  type AllocationFactor,
  type AllocationWeights,
  type Bilingual,
  type FieldProblem,
} from '@athar/contracts';
import type {
  AllocationReason,
  AllocationRequest,
  AllocationRoundInput,
  CapacityUnit,
  FactorLine,
  RequestAllocation,
  RoundAllocation,
  ServiceAllocation,
} from './allocation.types';
import { divide, formatRational, type Claim } from './fair-division';

/**
 * The score of "greatest impact" for a partner never evaluated: the scale's middle, so that having no
 * history neither rewards nor punishes (newcomers are favoured by "not served before" instead). ADR 0037.
 */
export const IMPACT_WHEN_NOT_EVALUATED = 50;

const SCALE = 100;
const CAPACITY_UNITS: CapacityUnit[] = ['seat', 'session', 'halala'];
const UNIT_NAMES: Record<CapacityUnit, Bilingual> = {
  seat: { ar: 'مقاعد', en: 'seats' },
  session: { ar: 'جلسات', en: 'sessions' },
  halala: { ar: 'هللة', en: 'halalas' },
};

/** The tie rule (ADR 0037), in order, after the total score. */
const TIE_KEYS: Array<{ key: string; name: Bilingual }> = [
  { key: 'regionNeed', name: { ar: 'احتياج أعلى للمنطقة', en: 'higher regional need' } },
  { key: 'notServedBefore', name: { ar: 'لم تُخدم سابقًا', en: 'not served before' } },
  { key: 'requestedAt', name: { ar: 'أسبقية تقديم الطلب', en: 'earlier request' } },
  { key: 'partnerId', name: { ar: 'ترتيب معرف الجمعية', en: 'partner id order' } },
];

const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SCALE;
const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
const reason = (ar: string, en: string): Bilingual[] => [{ ar, en }];

function inputProblems(input: AllocationRoundInput): FieldProblem[] {
  const problems: FieldProblem[] = [...allocationWeightProblems(input.weights, 'weights')];
  const capacityOf = new Map<string, number>();
  (input.capacities ?? []).forEach((capacity, i) => {
    if (capacityOf.has(capacity.serviceId))
      problems.push({
        field: `capacities[${i}].serviceId`,
        reasons: reason('الخدمة مكررة في سعة الجولة', 'the service is listed twice in the round capacity'),
      });
    capacityOf.set(capacity.serviceId, i);
    if (!CAPACITY_UNITS.includes(capacity.unit))
      problems.push({ field: `capacities[${i}].unit`, reasons: reason('الوحدة: مقعد أو جلسة أو هللة', 'the unit is seat, session or halala') });
    if (!isWhole(capacity.amount, 0))
      problems.push({ field: `capacities[${i}].amount`, reasons: reason('السعة عدد صحيح غير سالب', 'the capacity is a whole number, not negative') });
  });
  for (const [region, need] of Object.entries(input.regionNeed ?? {})) {
    if (!isScore(need))
      problems.push({
        field: `regionNeed.${region}`,
        reasons: reason('احتياج المنطقة عدد صحيح من 0 إلى 100', 'a region need is a whole number from 0 to 100'),
      });
  }
  const ids = new Set<string>();
  const partners = new Set<string>();
  (input.requests ?? []).forEach((request, i) => {
    const at = (field: string) => `requests[${i}].${field}`;
    if (ids.has(request.requestId)) problems.push({ field: at('requestId'), reasons: reason('الطلب مكرر', 'the request is listed twice') });
    ids.add(request.requestId);
    const partnerKey = `${request.serviceId}\u0000${request.partnerId}`;
    // One request per partner and service a round: split requests would multiply a partner's share.
    if (partners.has(partnerKey))
      problems.push({
        field: at('partnerId'),
        reasons: reason('للجمعية طلب آخر للخدمة نفسها في الجولة', 'the partner has another request for the same service in this round'),
      });
    partners.add(partnerKey);
    if (!capacityOf.has(request.serviceId))
      problems.push({ field: at('serviceId'), reasons: reason('لا سعة لهذه الخدمة في الجولة', 'the round has no capacity for this service') });
    if (!isWhole(request.asked, 1))
      problems.push({ field: at('asked'), reasons: reason('المطلوب عدد صحيح لا يقل عن 1', 'the amount asked is a whole number of at least 1') });
    if (!isScore(input.regionNeed?.[request.region]))
      problems.push({ field: at('region'), reasons: reason('لا يُعرف احتياج هذه المنطقة', 'the need of this region is not known') });
    if (typeof request.requestedAt !== 'string' || Number.isNaN(Date.parse(request.requestedAt)))
      problems.push({ field: at('requestedAt'), reasons: reason('وقت الطلب غير صالح', 'the request time is not a valid instant') });
    if (request.lastEvaluationScore !== null && !isScore(request.lastEvaluationScore))
      problems.push({
        field: at('lastEvaluationScore'),
        reasons: reason('التقييم عدد صحيح من 0 إلى 100 أو لا شيء', 'the evaluation is a whole number from 0 to 100, or null'),
      });
    if (typeof request.servedBefore !== 'boolean')
      problems.push({ field: at('servedBefore'), reasons: reason('القيمة صح أو خطأ', 'the value is true or false') });
    for (const factor of ['scopeOfWork', 'targetedBeneficiaries', 'infrastructureReadiness', 'fitWithGoalsAndPlans'] as const) {
      if (!isScore(request.study?.[factor]))
        problems.push({ field: at(`study.${factor}`), reasons: reason('درجة الدراسة عدد صحيح من 0 إلى 100', 'a study score is a whole number from 0 to 100') });
    }
  });
  return problems;
}

function factorLines(request: AllocationRequest, regionNeed: number, weights: AllocationWeights): FactorLine[] {
  const evaluated = request.lastEvaluationScore !== null;
  const scores: Record<AllocationFactor, { score: number; basis: Bilingual }> = {
    greatestImpact: evaluated
      ? {
          score: request.lastEvaluationScore!,
          basis: {
            ar: `تقييم الشراكة السابقة ${request.lastEvaluationScore}/100`,
            en: `evaluation of the last partnership ${request.lastEvaluationScore}/100`,
          },
        }
      : {
          score: IMPACT_WHEN_NOT_EVALUATED,
          basis: {
            ar: `لم تُقيَّم بعد: منتصف المقياس ${IMPACT_WHEN_NOT_EVALUATED}`,
            en: `not evaluated yet: the middle of the scale, ${IMPACT_WHEN_NOT_EVALUATED}`,
          },
        },
    higherNeedRegion: {
      score: regionNeed,
      basis: { ar: `احتياج منطقة ${request.region}: ${regionNeed}/100`, en: `need of region ${request.region}: ${regionNeed}/100` },
    },
    notServedBefore: request.servedBefore
      ? { score: 0, basis: { ar: 'استفادت سابقًا من خدمات الجمعية', en: 'served by the association before' } }
      : { score: SCALE, basis: { ar: 'لم تستفد سابقًا من خدمات الجمعية', en: 'not served by the association before' } },
    scopeOfWork: { score: request.study.scopeOfWork, basis: { ar: 'دراسة الاحتياج', en: 'needs study' } },
    targetedBeneficiaries: { score: request.study.targetedBeneficiaries, basis: { ar: 'دراسة الاحتياج', en: 'needs study' } },
    infrastructureReadiness: { score: request.study.infrastructureReadiness, basis: { ar: 'دراسة الاحتياج', en: 'needs study' } },
    fitWithGoalsAndPlans: { score: request.study.fitWithGoalsAndPlans, basis: { ar: 'دراسة الاحتياج', en: 'needs study' } },
  };
  return ALLOCATION_FACTORS.map((factor) => ({
    factor,
    clause: ALLOCATION_FACTOR_CLAUSES[factor].clause,
    name: ALLOCATION_FACTOR_CLAUSES[factor].text,
    score: scores[factor].score,
    weight: weights[factor],
    contribution: scores[factor].score * weights[factor],
    basis: scores[factor].basis,
  }));
}

interface Scored {
  request: AllocationRequest;
  factors: FactorLine[];
  totalScore: number;
  regionNeed: number;
  requestedAtMs: number;
}

/** The stated rule: higher score, then higher region need, then not served before, then earlier request, then partner id. */
function compareByPriority(a: Scored, b: Scored): number {
  return (
    b.totalScore - a.totalScore ||
    b.regionNeed - a.regionNeed ||
    Number(a.request.servedBefore) - Number(b.request.servedBefore) ||
    a.requestedAtMs - b.requestedAtMs ||
    (a.request.partnerId < b.request.partnerId ? -1 : a.request.partnerId > b.request.partnerId ? 1 : 0)
  );
}

/** The first key of the tie rule on which two requests of equal score differ. */
function decidingKey(a: Scored, b: Scored): Bilingual {
  if (a.regionNeed !== b.regionNeed) return TIE_KEYS[0].name;
  if (a.request.servedBefore !== b.request.servedBefore) return TIE_KEYS[1].name;
  if (a.requestedAtMs !== b.requestedAtMs) return TIE_KEYS[2].name;
  return TIE_KEYS[3].name;
}

function allocateService(serviceId: string, unit: CapacityUnit, capacity: number, requests: Scored[]): ServiceAllocation {
  const ranked = [...requests].sort(compareByPriority);
  const claims: Claim[] = ranked.map((s) => ({ key: s.request.requestId, weight: BigInt(s.totalScore), cap: BigInt(s.request.asked) }));
  const division = divide(
    claims,
    BigInt(capacity),
    ranked.map((s) => s.request.requestId),
  );
  const totalAsked = ranked.reduce((sum, s) => sum + s.request.asked, 0);
  const short = totalAsked > capacity;
  const u = UNIT_NAMES[unit];
  // What the uncapped scored requests shared: the capacity less what the capped ones took.
  const capped = ranked.filter((s) => division.get(s.request.requestId)!.capped && division.get(s.request.requestId)!.tier === 'scored');
  const sharedUnits = capacity - capped.reduce((sum, s) => sum + s.request.asked, 0);
  const sharingScores = ranked.filter((s) => s.totalScore > 0 && !division.get(s.request.requestId)!.capped).reduce((sum, s) => sum + s.totalScore, 0);
  const unitsRoundedUp = [...division.values()].filter((d) => d.roundedUp).length;

  const allocations: RequestAllocation[] = ranked.map((s, index) => {
    const d = division.get(s.request.requestId)!;
    const share = Number(d.share);
    const asked = s.request.asked;
    const quota = formatRational(d.quota);
    const reasons: AllocationReason[] = [];
    if (share === asked) {
      reasons.push({ code: 'asked-in-full', text: { ar: `حصلت على كامل المطلوب ${asked} ${u.ar}`, en: `received all it asked, ${asked} ${u.en}` } });
      if (short && d.capped)
        reasons.push({
          code: 'capped-at-asked',
          text: {
            ar: 'حصتها النسبية تجاوزت ما طلبته فحُدّت بالمطلوب، ووُزّع الفائض على بقية الطلبات بحسب درجاتها',
            en: 'its proportional share exceeded what it asked, so it was capped at that and the surplus went to the other requests by score',
          },
        });
    } else {
      if (short)
        reasons.push({
          code: 'capacity-short',
          text: {
            ar: `سعة الخدمة ${capacity} ${u.ar} أقل من مجموع المطلوب ${totalAsked}؛ تُقسم السعة بنسبة الدرجات`,
            en: `the service's capacity of ${capacity} ${u.en} is less than the ${totalAsked} asked in all; it is shared in proportion to score`,
          },
        });
      if (d.tier === 'scored')
        reasons.push({
          code: 'proportional-share',
          text: {
            ar: `درجتها ${s.totalScore} من ${sharingScores} مجموع درجات الطلبات المتقاسمة لـ ${sharedUnits} ${u.ar} (بعد ${capped.length} طلبات نالت كامل مطلوبها)؛ حصتها الدقيقة ${quota}`,
            en: `its score ${s.totalScore} of the ${sharingScores} scored by the requests sharing ${sharedUnits} ${u.en} (after ${capped.length} requests received all they asked); its exact share ${quota}`,
          },
        });
      else
        reasons.push({
          code: 'zero-score',
          text: {
            ar: 'درجتها صفر: لا تشارك إلا فيما تتركه الطلبات ذات الدرجات، بالتساوي مع مثيلاتها',
            en: 'its score is zero: it shares, equally with other zero-score requests, only what the scored requests leave',
          },
        });
      if (!d.roundedUp && d.quota.num % d.quota.den !== BigInt(0))
        reasons.push({
          code: 'rounded-down',
          text: {
            ar: `الوحدات صحيحة: قُرّبت حصتها ${quota} إلى الأدنى، وذهبت ${unitsRoundedUp} وحدات متبقية إلى أكبر الكسور ثم بقاعدة التعادل`,
            en: `whole units only: its share ${quota} was rounded down; the ${unitsRoundedUp} units left went to the largest remainders, then by the tie rule`,
          },
        });
    }
    if (d.roundedUp)
      reasons.push({
        code: 'rounded-up',
        text: { ar: `قُرّبت حصتها ${quota} إلى الأعلى لأن كسرها من الأكبر`, en: `its share ${quota} was rounded up: its remainder was among the largest` },
      });
    for (const neighbour of [ranked[index - 1], ranked[index + 1]]) {
      if (!neighbour || neighbour.totalScore !== s.totalScore) continue;
      const ahead = compareByPriority(s, neighbour) < 0;
      const key = decidingKey(s, neighbour);
      const other = ranked.indexOf(neighbour) + 1;
      reasons.push({
        code: 'tie-broken',
        text: {
          ar: `تعادلت في الدرجة مع الطلب ذي الترتيب ${other}، و${ahead ? 'تقدّمت' : 'تأخّرت'} عليه بقاعدة التعادل: ${key.ar}`,
          en: `tied on score with the request ranked ${other}; ranked ${ahead ? 'ahead' : 'behind'} by the tie rule: ${key.en}`,
        },
      });
    }
    return {
      requestId: s.request.requestId,
      partnerId: s.request.partnerId,
      serviceId,
      unit,
      asked,
      factors: s.factors,
      totalScore: s.totalScore,
      maxScore: s.factors.reduce((sum, f) => sum + f.weight * SCALE, 0),
      rank: index + 1,
      quota,
      share,
      outcome: share === asked ? 'in-full' : share === 0 ? 'nothing' : 'in-part',
      reasons,
    };
  });
  const allocated = allocations.reduce((sum, a) => sum + a.share, 0);
  return { serviceId, unit, capacity, totalAsked, allocated, unallocated: capacity - allocated, allocations };
}

/**
 * A round's allocation (docs/adr/0037): a weighted score per request (each factor 0–100 × the tenant's
 * weight, Tuwaiq partner allocation 2 and 3), then per service a proportional share of the capacity by
 * score with each request capped at what it asked (water-filling), in whole units by largest remainder,
 * ties broken by higher score, higher region need, not served before, earlier request, partner id.
 * Deterministic: the same input in any order gives the same output. Bad input throws a DomainError
 * ('invalid') listing every field's problem in Arabic and English.
 */
export function allocateRound(input: AllocationRoundInput): RoundAllocation {
  const problems = inputProblems(input);
  if (problems.length > 0) {
    throw new DomainError(
      'allocation-input-invalid',
      'invalid',
      { ar: 'بيانات جولة التوزيع غير صالحة', en: 'The allocation round input is not valid' },
      problems,
    );
  }
  const scored: Scored[] = input.requests.map((request) => {
    const regionNeed = input.regionNeed[request.region];
    const factors = factorLines(request, regionNeed, input.weights);
    return { request, factors, totalScore: factors.reduce((sum, f) => sum + f.contribution, 0), regionNeed, requestedAtMs: Date.parse(request.requestedAt) };
  });
  const services = [...input.capacities]
    .sort((a, b) => (a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0))
    .map((capacity) =>
      allocateService(
        capacity.serviceId,
        capacity.unit,
        capacity.amount,
        scored.filter((s) => s.request.serviceId === capacity.serviceId),
      ),
    );
  return {
    roundId: input.roundId,
    method: 'weighted-score-proportional-capped-largest-remainder',
    methodVersion: 1,
    weights: Object.fromEntries(ALLOCATION_FACTORS.map((f) => [f, input.weights[f]])) as AllocationWeights,
    services,
  };
}
