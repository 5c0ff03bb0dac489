import type { Bilingual, FieldProblem } from './errors';

/**
 * The factors a partner-allocation round weighs (docs/adr/0037), each named after its clause of Tuwaiq's
 * "distributing services to partner associations" (آلية توزيع الخدمات على الجمعيات المستفيدة):
 * clause 3 (fair distribution) gives priority to the greatest impact, higher-need regions and those not
 * served before; clause 2 (needs study) weighs scope of work, targeted beneficiaries, infrastructure
 * readiness and fit with the association's goals and approved operating plans.
 *
 * Kept in contracts because both the tenant policy (libs/platform/tenancy, validated at start-up) and the
 * allocation method (libs/domain/partner-allocation) name them, and allocation events will carry them.
 */
export const ALLOCATION_FACTORS = [
  'greatestImpact',
  'higherNeedRegion',
  'notServedBefore',
  'scopeOfWork',
  'targetedBeneficiaries',
  'infrastructureReadiness',
  'fitWithGoalsAndPlans',
] as const;
export type AllocationFactor = (typeof ALLOCATION_FACTORS)[number];

/** A weight per factor: every factor named, each a whole number from 0 to MAX_ALLOCATION_WEIGHT. */
export type AllocationWeights = Record<AllocationFactor, number>;

export const MAX_ALLOCATION_WEIGHT = 1000;

/** Each factor's clause, in the seed's Arabic and in English (docs/traceability.md). */
export const ALLOCATION_FACTOR_CLAUSES: Record<AllocationFactor, { clause: string; text: Bilingual }> = {
  greatestImpact: { clause: '004 partner allocation 3', text: { ar: 'ذات الأثر الأكبر', en: 'the greatest impact' } },
  higherNeedRegion: { clause: '004 partner allocation 3', text: { ar: 'الواقعة في مناطق ذات احتياج أعلى', en: 'in regions of higher need' } },
  notServedBefore: { clause: '004 partner allocation 3', text: { ar: 'التي لم تستفد سابقًا من خدمات الجمعية', en: 'not served by the association before' } },
  scopeOfWork: { clause: '004 partner allocation 2', text: { ar: 'نطاق عمل الجمعية المتقدمة', en: "the applying association's scope of work" } },
  targetedBeneficiaries: { clause: '004 partner allocation 2', text: { ar: 'عدد المستفيدين المستهدفين', en: 'the number of targeted beneficiaries' } },
  infrastructureReadiness: {
    clause: '004 partner allocation 2',
    text: { ar: 'جاهزية الجمعية من حيث البنية التحتية', en: "the association's infrastructure readiness" },
  },
  fitWithGoalsAndPlans: {
    clause: '004 partner allocation 2',
    text: { ar: 'توافق الطلب مع أهداف الجمعية والخطط التشغيلية المعتمدة', en: "fit with the association's goals and approved operating plans" },
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every problem of a set of weights, field by field, Arabic with English beside it: each known factor
 * present once as a whole number from 0 to MAX_ALLOCATION_WEIGHT, no unknown name, and a sum above zero
 * (with all weights zero every score would be zero and the method would rank nothing). `at` prefixes
 * the field paths (e.g. "partnerAllocation.weights").
 */
export function allocationWeightProblems(raw: unknown, at = 'weights'): FieldProblem[] {
  if (!isRecord(raw)) return [{ field: at, reasons: [{ ar: 'الأوزان يجب أن تكون كائنًا يسمي كل عامل', en: 'weights must be an object naming every factor' }] }];
  const problems: FieldProblem[] = [];
  const known = new Set<string>(ALLOCATION_FACTORS);
  for (const name of Object.keys(raw).sort()) {
    if (!known.has(name)) {
      problems.push({
        field: `${at}.${name}`,
        reasons: [
          {
            ar: `"${name}" ليس عاملًا معروفًا؛ العوامل: ${ALLOCATION_FACTORS.join('، ')}`,
            en: `"${name}" is not a known factor; the factors are ${ALLOCATION_FACTORS.join(', ')}`,
          },
        ],
      });
    }
  }
  let sum = 0;
  for (const factor of ALLOCATION_FACTORS) {
    const value = raw[factor];
    if (value === undefined) {
      problems.push({
        field: `${at}.${factor}`,
        reasons: [{ ar: 'الوزن مفقود (اكتب 0 لإهمال العامل)', en: 'the weight is missing (write 0 to leave the factor out)' }],
      });
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_ALLOCATION_WEIGHT) {
      problems.push({
        field: `${at}.${factor}`,
        reasons: [{ ar: `الوزن عدد صحيح من 0 إلى ${MAX_ALLOCATION_WEIGHT}`, en: `a weight is a whole number from 0 to ${MAX_ALLOCATION_WEIGHT}` }],
      });
    } else {
      sum += value;
    }
  }
  if (problems.length === 0 && sum === 0) {
    problems.push({ field: at, reasons: [{ ar: 'مجموع الأوزان يجب أن يكون أكبر من صفر', en: 'the weights must add up to more than zero' }] });
  }
  return problems;
}
