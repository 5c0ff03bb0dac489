import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { PartnerAllocationPolicies, PartnerAllocationPolicyError } from './partner-allocation-policies';

const SHIPPED = join(__dirname, '..', '..', 'policies', 'tuwaiq.partner-allocation.json');

/** Loads the policies from a folder holding Tuwaiq's file with the template patched. */
function loadWith(patch: (template: Record<string, unknown>) => void): PartnerAllocationPolicies {
  const dir = mkdtempSync(join(tmpdir(), 'agreement-template-'));
  const policy = JSON.parse(readFileSync(SHIPPED, 'utf8')) as { agreementTemplate: Record<string, unknown> };
  patch(policy.agreementTemplate);
  writeFileSync(join(dir, 'tuwaiq.partner-allocation.json'), JSON.stringify(policy));
  const before = process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR;
  process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR = dir;
  try {
    return new PartnerAllocationPolicies(new TenantRegistry(loadTenantPolicies()));
  } finally {
    if (before === undefined) delete process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR;
    else process.env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR = before;
  }
}

describe("the tenant's agreement template (partner allocation 4; docs/adr/0039)", () => {
  it("Tuwaiq's shipped template: a year's term, quarterly reports 15 days after each quarter, 14 days to sign", () => {
    expect(loadWith(() => undefined).agreementTemplate('tuwaiq')).toMatchObject({
      id: 'tuwaiq-partner-mou',
      version: 1,
      termMonths: 12,
      signatureDays: 14,
      reporting: { every: 'quarter', dueDaysAfterPeriod: 15 },
    });
  });

  it.each([
    ['a fractional term', (t: Record<string, unknown>) => (t.termMonths = 1.5), 'termMonths', 'مدة الاتفاقية'],
    ['no days to sign', (t: Record<string, unknown>) => (t.signatureDays = 0), 'signatureDays', 'مهلة التوقيع'],
    ['a weekly schedule', (t: Record<string, unknown>) => (t.reporting = { every: 'week', dueDaysAfterPeriod: 15 }), 'reporting.every', 'دورية التقارير'],
    [
      'no partner responsibilities',
      (t: Record<string, unknown>) => (t.responsibilities = { allocator: [{ ar: 'أ', en: 'a' }], partner: [] }),
      'responsibilities.partner',
      'مسؤوليات',
    ],
  ])('stops the start-up on %s, naming the field in Arabic and English', (_name, patch, field, arabic) => {
    let error: unknown;
    try {
      loadWith(patch);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartnerAllocationPolicyError);
    const problem = (error as PartnerAllocationPolicyError).problems.find((p) => p.includes(`agreementTemplate.${field}:`));
    expect(problem).toBeDefined();
    expect(problem).toContain(arabic);
    expect(problem).toMatch(/ \/ [A-Za-z]/);
  });
});
