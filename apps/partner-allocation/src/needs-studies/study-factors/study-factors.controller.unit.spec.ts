import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Principal } from '@athar/identity';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import { StudyFactorsController } from './study-factors.controller';

const SHIPPED = join(__dirname, '..', '..', '..', 'policies', 'tuwaiq.partner-allocation.json');
const staff = (tenantId: string): Principal => ({ userId: `${tenantId}-staff`, tenantId, roles: ['empowerment-team'] });

/** The controller over the tenants' partner-allocation policies, Tuwaiq's file as shipped or patched. */
function controllerWith(patch: (policy: { needsStudy: { factors: Array<Record<string, unknown>> } }) => void = () => undefined): StudyFactorsController {
  const dir = mkdtempSync(join(tmpdir(), 'study-factors-'));
  const policy = JSON.parse(readFileSync(SHIPPED, 'utf8')) as { needsStudy: { factors: Array<Record<string, unknown>> } };
  patch(policy);
  writeFileSync(join(dir, 'tuwaiq.partner-allocation.json'), JSON.stringify(policy));
  const before = process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR;
  process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR = dir;
  try {
    return new StudyFactorsController(new PartnerAllocationPolicies(new TenantRegistry(loadTenantPolicies())));
  } finally {
    if (before === undefined) delete process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR;
    else process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR = before;
  }
}

describe('the needs study factors the service publishes (Tuwaiq, partner allocation 2)', () => {
  it("Tuwaiq's four factors from its shipped policy, in order, named in Arabic and English, scored 0 to 5", () => {
    const answer = controllerWith().list(staff('tuwaiq'));
    expect(answer.tenantId).toBe('tuwaiq');
    expect(answer.factors.map((f) => [f.id, f.maxScore])).toEqual([
      ['scope-of-work', 5],
      ['targeted-beneficiaries', 5],
      ['infrastructure-readiness', 5],
      ['fit-with-goals-and-plans', 5],
    ]);
    expect(answer.factors[3]!.name).toEqual({
      ar: 'التوافق مع أهداف الجمعية وخططها التشغيلية المعتمدة',
      en: "Fit with the association's goals and approved operating plans",
    });
    // the policy's own bookkeeping (its source line) is not published
    expect(Object.keys(answer.factors[0]!).sort()).toEqual(['id', 'maxScore', 'name']);
  });

  it('follows the policy file: a factor added there is published, with its own highest score', () => {
    const answer = controllerWith((p) =>
      p.needsStudy.factors.push({ id: 'volunteer-base', name: { ar: 'قاعدة المتطوعين', en: 'Volunteer base' }, maxScore: 10, source: 'test value' }),
    ).list(staff('tuwaiq'));
    expect(answer.factors.at(-1)).toEqual({ id: 'volunteer-base', name: { ar: 'قاعدة المتطوعين', en: 'Volunteer base' }, maxScore: 10 });
  });

  it('a tenant that distributes nothing to partners has no factors', () => {
    expect(controllerWith().list(staff('awj'))).toEqual({ tenantId: 'awj', factors: [] });
  });
});
