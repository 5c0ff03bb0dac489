import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ScheduleAlreadyRunning, ScheduleNotFoundError, type ScheduleOptions } from '@temporalio/client';
import { TemporalRuntime } from '@athar/temporal-kit';
import { policyReviewScheduleId, reverificationScheduleId, TENANT_ID } from '@athar/workflows';
import { EligibilityPolicies } from '../assessments/policies/eligibility-policies';

/** The anniversary of a version's effective date, a year on and every year after (Tuwaiq 6-4: updated yearly). */
export function policyReviewSpec(effectiveFrom: string): ScheduleOptions['spec'] {
  const from = new Date(effectiveFrom);
  const firstDue = new Date(Date.UTC(from.getUTCFullYear() + 1, from.getUTCMonth(), from.getUTCDate(), 6));
  return {
    calendars: [{ month: MONTHS[from.getUTCMonth()], dayOfMonth: from.getUTCDate(), hour: 6 }],
    startAt: new Date(firstDue.getTime() - 60_000),
  };
}
const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'] as const;

/**
 * Per tenant with an eligibility policy: a schedule for the periodic review of beneficiaries, every
 * `reverification.everyDays` (Tuwaiq 6-4), and one reminding the admin when the version in force turns
 * a year old. Created or brought up to date at start-up; removed when the policy no longer asks for it.
 */
@Injectable()
export class EligibilitySchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(EligibilitySchedules.name);

  constructor(
    private readonly temporal: TemporalRuntime,
    private readonly policies: EligibilityPolicies,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const tenantId of this.policies.tenants()) await this.ensureForTenant(tenantId, new Date());
  }

  async ensureForTenant(tenantId: string, now: Date): Promise<void> {
    const version = this.policies.inForce(tenantId, now);
    const reverification = version?.reverification;
    await this.ensure(
      reverificationScheduleId(this.temporal.instance, tenantId),
      reverification
        ? {
            scheduleId: reverificationScheduleId(this.temporal.instance, tenantId),
            spec: { intervals: [{ every: `${reverification.everyDays} days` }] },
            action: {
              type: 'startWorkflow',
              workflowType: 'periodicReverification',
              taskQueue: this.temporal.taskQueue,
              args: [{ tenantId }],
              typedSearchAttributes: [{ key: TENANT_ID, value: tenantId }],
            },
            policies: { overlap: 'SKIP', catchupWindow: '1 day' },
            memo: { purpose: 'Tuwaiq 6-4: periodic review of beneficiaries' },
          }
        : null,
    );
    await this.ensure(
      policyReviewScheduleId(this.temporal.instance, tenantId),
      version
        ? {
            scheduleId: policyReviewScheduleId(this.temporal.instance, tenantId),
            spec: policyReviewSpec(version.effectiveFrom),
            action: {
              type: 'startWorkflow',
              workflowType: 'eligibilityPolicyReview',
              taskQueue: this.temporal.taskQueue,
              args: [{ tenantId, eligibilityPolicyVersion: version.version }],
              typedSearchAttributes: [{ key: TENANT_ID, value: tenantId }],
            },
            policies: { overlap: 'SKIP', catchupWindow: '7 days' },
            memo: { purpose: 'yearly review of the eligibility policy', eligibilityPolicyVersion: version.version },
          }
        : null,
    );
  }

  private async ensure(scheduleId: string, options: ScheduleOptions | null): Promise<void> {
    const handle = this.temporal.client.schedule.getHandle(scheduleId);
    if (!options) {
      await handle.delete().catch((error: unknown) => {
        if (!(error instanceof ScheduleNotFoundError)) throw error;
      });
      return;
    }
    try {
      await this.temporal.client.schedule.create(options);
      this.logger.log({ scheduleId }, 'schedule created');
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
      await handle.update((previous) => ({
        ...previous,
        spec: options.spec,
        action: options.action as typeof previous.action,
        policies: { ...previous.policies, ...options.policies },
      }));
    }
  }
}
