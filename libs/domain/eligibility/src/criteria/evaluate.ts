import { Engine } from 'json-rules-engine';
import { documentName, type Bilingual, type CriterionResult } from '@athar/contracts';
import type { EligibilityPolicyVersion } from './policy-version';

export interface Evaluation {
  serviceId: string;
  policyVersion: number;
  outcome: 'eligible' | 'not-eligible';
  criteria: CriterionResult[];
  /** Exactly the attributes the decision used: the declared ones its criteria name, nothing else. */
  inputs: Record<string, string | number | boolean>;
}

/**
 * Matches an applicant against a service's criteria (Tuwaiq 6-3) with json-rules-engine, one rule per
 * criterion, and explains each as met or not met in Arabic and English. A missing attribute is not
 * met, with a reason saying what is missing.
 */
export async function evaluateEligibility(
  version: EligibilityPolicyVersion,
  serviceId: string,
  applicant: Record<string, string | number | boolean | undefined>,
): Promise<Evaluation> {
  const service = version.services[serviceId];
  if (!service) throw new Error(`Service ${serviceId} has no criteria in version ${version.version}`);
  const used = [...new Set(service.criteria.map((c) => c.attribute))];
  const inputs = Object.fromEntries(used.filter((name) => applicant[name] !== undefined).map((name) => [name, applicant[name] as string | number | boolean]));

  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const criterion of service.criteria) {
    engine.addRule({
      name: criterion.id,
      conditions: { all: [{ fact: criterion.attribute, operator: criterion.operator, value: criterion.value }] },
      event: { type: 'criterion-met', params: { criterionId: criterion.id } },
    });
  }
  const { results } = await engine.run({ ...inputs });
  const met = new Set(results.map((r) => r.name));
  const labels = new Map(version.attributes.map((a) => [a.name, a.label]));

  const criteria: CriterionResult[] = service.criteria.map((criterion) => {
    if (inputs[criterion.attribute] === undefined) {
      const label = labels.get(criterion.attribute) ?? { ar: criterion.attribute, en: criterion.attribute };
      return { criterionId: criterion.id, met: false, reason: { ar: `لم يُقدَّم: ${label.ar}`, en: `not given: ${label.en}` } };
    }
    const ok = met.has(criterion.id);
    return { criterionId: criterion.id, met: ok, reason: ok ? criterion.met : criterion.notMet };
  });
  return { serviceId, policyVersion: version.version, outcome: criteria.every((c) => c.met) ? 'eligible' : 'not-eligible', criteria, inputs };
}

export interface WhatIfCase {
  caseId: string;
  /** The number staff know the case by (PREFIX-HIJRIYEAR-SEQUENCE); null for a case projected before it was kept. */
  caseNumber?: string | null;
  serviceId: string;
  applicant: Record<string, string | number | boolean | undefined>;
}

/** One criterion whose result a draft changes: as judged now and under the draft (null where a version has no such criterion). */
export interface CriterionChange {
  criterionId: string;
  before: { met: boolean; reason: Bilingual } | null;
  after: { met: boolean; reason: Bilingual } | null;
}

export interface WhatIfChange {
  caseId: string;
  caseNumber: string | null;
  from: Evaluation['outcome'];
  to: Evaluation['outcome'];
  /** Every criterion that passes under one version and fails (or is absent) under the other. */
  criteria: CriterionChange[];
}

/** The criteria whose result differs between two evaluations of one case, in the order the versions list them. */
export function changedCriteria(before: readonly CriterionResult[], after: readonly CriterionResult[]): CriterionChange[] {
  const ids = [...new Set([...before.map((c) => c.criterionId), ...after.map((c) => c.criterionId)])];
  return ids.flatMap((criterionId) => {
    const was = before.find((c) => c.criterionId === criterionId);
    const will = after.find((c) => c.criterionId === criterionId);
    if (was && will && was.met === will.met) return [];
    return [{ criterionId, before: was ? { met: was.met, reason: was.reason } : null, after: will ? { met: will.met, reason: will.reason } : null }];
  });
}

/** Which current cases a draft version would decide differently, and by which criteria, before the board approves it. */
export async function compareVersions(
  current: EligibilityPolicyVersion,
  draft: EligibilityPolicyVersion,
  cases: readonly WhatIfCase[],
): Promise<WhatIfChange[]> {
  const changes: WhatIfChange[] = [];
  for (const c of cases) {
    if (!current.services[c.serviceId] || !draft.services[c.serviceId]) continue;
    const [before, after] = await Promise.all([evaluateEligibility(current, c.serviceId, c.applicant), evaluateEligibility(draft, c.serviceId, c.applicant)]);
    if (before.outcome !== after.outcome) {
      changes.push({
        caseId: c.caseId,
        caseNumber: c.caseNumber ?? null,
        from: before.outcome,
        to: after.outcome,
        criteria: changedCriteria(before.criteria, after.criteria),
      });
    }
  }
  return changes;
}

/**
 * The supporting documents the service's target groups require (Tuwaiq 6-2), as one criterion: met
 * when every one was attached, otherwise naming what is missing. Null when the groups require none.
 */
export function groupDocumentsCriterion(
  version: EligibilityPolicyVersion,
  serviceId: string,
  attachedTypes: readonly string[],
  names: (type: string) => Bilingual = documentName,
): CriterionResult | null {
  const groups = new Set(version.services[serviceId]?.targetGroups ?? []);
  const required = [...new Set((version.groups ?? []).filter((g) => g.kind === 'target' && groups.has(g.id)).flatMap((g) => g.requiredDocuments))];
  if (required.length === 0) return null;
  const missing = required.filter((type) => !attachedTypes.includes(type));
  if (missing.length === 0)
    return {
      criterionId: 'group-documents',
      met: true,
      reason: { ar: 'أُرفقت مستندات الفئة المستهدفة كاملة', en: "the target group's documents are all attached" },
    };
  const listed = missing.map(names);
  return {
    criterionId: 'group-documents',
    met: false,
    reason: { ar: `مستندات ناقصة: ${listed.map((n) => n.ar).join('، ')}`, en: `documents missing: ${listed.map((n) => n.en).join(', ')}` },
  };
}

/** An evaluation with the group-documents criterion added (and the document types it used); as it was when there is none. */
export function withGroupDocuments(evaluation: Evaluation, documents: CriterionResult | null, attachedTypes: readonly string[]): Evaluation {
  if (!documents) return evaluation;
  const criteria = [...evaluation.criteria, documents];
  return {
    ...evaluation,
    criteria,
    inputs: { ...evaluation.inputs, documentTypes: [...new Set(attachedTypes)].sort().join(',') },
    outcome: criteria.every((c) => c.met) ? 'eligible' : 'not-eligible',
  };
}
