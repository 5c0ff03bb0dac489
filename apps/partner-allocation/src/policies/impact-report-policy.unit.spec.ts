import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { PartnerAllocationPolicies, PartnerAllocationPolicyError } from './partner-allocation-policies';

const SHIPPED = join(__dirname, '..', '..', 'policies', 'tuwaiq.partner-allocation.json');

function loadWith(patch: (policy: Record<string, unknown>) => void): PartnerAllocationPolicies {
  const dir = mkdtempSync(join(tmpdir(), 'impact-reports-'));
  const policy = JSON.parse(readFileSync(SHIPPED, 'utf8')) as Record<string, unknown>;
  patch(policy);
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

describe('impact report reminders and grace (partner allocation 5; docs/adr/0040)', () => {
  it("Tuwaiq's shipped file: reminded 7 days before the due date, escalated after 7 days' grace", () => {
    expect(loadWith(() => undefined).impactReportPolicy('tuwaiq')).toEqual({ remindDaysBefore: 7, overdueGraceDays: 7 });
  });

  it.each([
    ['a negative reminder', { remindDaysBefore: -1, overdueGraceDays: 7 }, 'impactReports.remindDaysBefore', 'أيام التذكير'],
    ['a fractional grace', { remindDaysBefore: 7, overdueGraceDays: 1.5 }, 'impactReports.overdueGraceDays', 'أيام المهلة'],
    ['a grace of a year', { remindDaysBefore: 7, overdueGraceDays: 365 }, 'impactReports.overdueGraceDays', 'المهلة'],
  ])('stops the start-up on %s, naming the field in Arabic and English', (_name, values, field, arabic) => {
    let error: unknown;
    try {
      loadWith((p) => (p.impactReports = { source: 'test values', ...values }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartnerAllocationPolicyError);
    const problem = (error as PartnerAllocationPolicyError).problems.find((p) => p.includes(field));
    expect(problem).toContain(arabic);
  });
});
