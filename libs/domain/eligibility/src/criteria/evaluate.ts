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
  serviceId: string;
  applicant: Record<string, string | number | boolean | undefined>;
}

/** Which current cases a draft version would decide differently, before the board approves it. */
export async function compareVersions(
  current: EligibilityPolicyVersion,
  draft: EligibilityPolicyVersion,
  cases: readonly WhatIfCase[],
): Promise<Array<{ caseId: string; from: Evaluation['outcome']; to: Evaluation['outcome'] }>> {
  const changes: Array<{ caseId: string; from: Evaluation['outcome']; to: Evaluation['outcome'] }> = [];
  for (const c of cases) {
    if (!current.services[c.serviceId] || !draft.services[c.serviceId]) continue;
    const [before, after] = await Promise.all([evaluateEligibility(current, c.serviceId, c.applicant), evaluateEligibility(draft, c.serviceId, c.applicant)]);
    if (before.outcome !== after.outcome) changes.push({ caseId: c.caseId, from: before.outcome, to: after.outcome });
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
  if (missing.length === 0) return { criterionId: 'group-documents', met: true, reason: { ar: 'أُرفقت مستندات الفئة المستهدفة كاملة', en: "the target group's documents are all attached" } };
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
