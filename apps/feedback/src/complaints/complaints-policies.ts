import { Injectable } from '@nestjs/common';
import { DomainError, type ComplaintPriority } from '@athar/contracts';
import type { ServiceLevelRules } from '@athar/domain-feedback';
import { TenantRegistry, type ComplaintsPolicy } from '@athar/tenancy';

/**
 * ATHAR_COMPLAINT_DAY_MS: test platforms only. A "working day" of the complaints' service levels lasts
 * this many milliseconds of calendar time, so an end-to-end test sees reminders and a breach in seconds.
 */
export function complaintDayMs(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const text = env.ATHAR_COMPLAINT_DAY_MS;
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 100) throw new Error('ATHAR_COMPLAINT_DAY_MS must be a whole number of milliseconds, at least 100');
  return value;
}

/** The tenant's complaints policy (validated with the tenant policy at start-up) and its calendar (committeeReview.holidays). */
@Injectable()
export class ComplaintsPolicies {
  private readonly dayMs = complaintDayMs();

  constructor(private readonly tenants: TenantRegistry) {}

  of(tenantId: string): ComplaintsPolicy {
    const policy = this.tenants.get(tenantId).complaints;
    if (!policy)
      throw new DomainError('complaints-not-offered', 'not-found', {
        ar: 'لا تستقبل الجمعية الشكاوى عبر المنصة',
        en: 'The association takes no complaints on the platform',
      });
    return policy;
  }

  rules(tenantId: string, priority: ComplaintPriority): ServiceLevelRules {
    const policy = this.of(tenantId);
    const level = policy.priorities.find((p) => p.id === priority)!;
    return {
      acknowledgeWithinWorkingDays: level.acknowledgeWithinWorkingDays,
      resolveWithinWorkingDays: level.resolveWithinWorkingDays,
      remindAtPercents: policy.remindAtPercents,
      atRiskFromPercent: policy.atRiskFromPercent,
      holidays: new Set(this.tenants.get(tenantId).committeeReview.holidays),
      dayMs: this.dayMs,
    };
  }
}
