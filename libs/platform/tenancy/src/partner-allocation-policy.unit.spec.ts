import { ALLOCATION_FACTORS } from '@athar/contracts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY_DIR, loadTenantPolicies, PolicyValidationError } from './policy-loader';

describe('partner allocation weights in the tenant policy (Tuwaiq partner allocation 2 and 3, docs/adr/0037)', () => {
  const tuwaiq = JSON.parse(readFileSync(join(DEFAULT_POLICY_DIR, 'tuwaiq.policy.json'), 'utf8'));

  function problemsOf(weights: unknown): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'athar-allocation-policy-'));
    writeFileSync(join(dir, 'tuwaiq.policy.json'), JSON.stringify({ ...tuwaiq, partnerAllocation: { ...tuwaiq.partnerAllocation, weights } }));
    try {
      loadTenantPolicies(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyValidationError);
      return (error as PolicyValidationError).problems;
    }
    return [];
  }

  it('gives Tuwaiq a weight for every factor from its clauses: 20 for each clause-3 priority, 10 for each clause-2 study factor', () => {
    const byId = Object.fromEntries(loadTenantPolicies().map((p) => [p.tenantId, p]));
    expect(byId.tuwaiq.partnerAllocation?.weights).toEqual({
      greatestImpact: 20,
      higherNeedRegion: 20,
      notServedBefore: 20,
      scopeOfWork: 10,
      targetedBeneficiaries: 10,
      infrastructureReadiness: 10,
      fitWithGoalsAndPlans: 10,
    });
    expect(Object.keys(byId.tuwaiq.partnerAllocation!.weights).sort()).toEqual([...ALLOCATION_FACTORS].sort());
    expect(byId.tuwaiq.partnerAllocation?.source).toMatch(/^004 distributing services to partner associations 2 and 3/);
    // Only Tuwaiq's policy distributes services to partner associations.
    expect(
      Object.values(byId)
        .filter((p) => p.partnerAllocation)
        .map((p) => p.tenantId),
    ).toEqual(['tuwaiq']);
  });

  it('stops start-up on a negative, fractional or missing weight, each with its path, in Arabic and English', () => {
    const { scopeOfWork: _dropped, ...withoutScope } = tuwaiq.partnerAllocation.weights;
    expect(problemsOf({ ...withoutScope, greatestImpact: -1, higherNeedRegion: 2.5, notServedBefore: '3' })).toEqual([
      'partnerAllocation.weights.greatestImpact: الوزن عدد صحيح من 0 إلى 1000 — a weight is a whole number from 0 to 1000',
      'partnerAllocation.weights.higherNeedRegion: الوزن عدد صحيح من 0 إلى 1000 — a weight is a whole number from 0 to 1000',
      'partnerAllocation.weights.notServedBefore: الوزن عدد صحيح من 0 إلى 1000 — a weight is a whole number from 0 to 1000',
      'partnerAllocation.weights.scopeOfWork: الوزن مفقود (اكتب 0 لإهمال العامل) — the weight is missing (write 0 to leave the factor out)',
    ]);
  });

  it('stops start-up on an unknown factor name, on weights adding up to zero, and on no weights at all', () => {
    expect(problemsOf({ ...tuwaiq.partnerAllocation.weights, impact: 5 })).toEqual([
      expect.stringMatching(/^partnerAllocation\.weights\.impact: .*"impact" is not a known factor; the factors are greatestImpact, /),
    ]);
    const zeros = Object.fromEntries(ALLOCATION_FACTORS.map((f) => [f, 0]));
    expect(problemsOf(zeros)).toEqual(['partnerAllocation.weights: مجموع الأوزان يجب أن يكون أكبر من صفر — the weights must add up to more than zero']);
    expect(problemsOf(undefined)).toEqual([expect.stringMatching(/^partnerAllocation\.weights: .* — weights must be an object naming every factor$/)]);
    expect(problemsOf({ ...zeros, fitWithGoalsAndPlans: 1 })).toEqual([]);
  });
});
