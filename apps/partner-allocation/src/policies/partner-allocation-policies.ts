import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { AllocationWeights } from '@athar/contracts';
import { REGION_IDS, type AgreementTemplate, type PartnerAllocationPolicy } from '@athar/domain-partner-allocation';
import { TenantRegistry } from '@athar/tenancy';

const DEFAULT_DIR = join(__dirname, '..', '..', 'policies');
const slug = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'expected a lower-case slug');
const bilingual = z.object({ ar: z.string().min(1), en: z.string().min(1) }).strict();

/**
 * The tenant's agreement template (Tuwaiq, partner allocation 4; docs/adr/0039): both parties'
 * responsibilities, the reporting schedule, the term and the days allowed to sign. Its problems are
 * reported in Arabic with English beside them.
 */
const agreementTemplateSchema = z
  .object({
    id: slug,
    version: z.number({ message: 'رقم إصدار القالب عدد صحيح / the template version is a whole number' }).int().min(1),
    source: z.string().min(3),
    termMonths: z
      .number({ message: 'مدة الاتفاقية بالأشهر عدد صحيح / termMonths is a whole number of months' })
      .int('مدة الاتفاقية بالأشهر عدد صحيح / termMonths is a whole number of months')
      .min(1, 'مدة الاتفاقية شهر على الأقل / termMonths is at least 1')
      .max(60, 'مدة الاتفاقية خمس سنوات على الأكثر / termMonths is at most 60'),
    signatureDays: z
      .number({ message: 'مهلة التوقيع بالأيام عدد صحيح / signatureDays is a whole number of days' })
      .int('مهلة التوقيع بالأيام عدد صحيح / signatureDays is a whole number of days')
      .min(1, 'مهلة التوقيع يوم على الأقل / signatureDays is at least 1')
      .max(90, 'مهلة التوقيع 90 يومًا على الأكثر / signatureDays is at most 90'),
    reporting: z
      .object({
        every: z.enum(['month', 'quarter', 'half-year', 'year'], {
          message: 'دورية التقارير: month أو quarter أو half-year أو year / reporting.every is month, quarter, half-year or year',
        }),
        dueDaysAfterPeriod: z
          .number()
          .int('مهلة التقرير بعد الفترة عدد صحيح من الأيام / dueDaysAfterPeriod is a whole number of days')
          .min(0, 'مهلة التقرير لا تكون سالبة / dueDaysAfterPeriod is not negative')
          .max(90, 'مهلة التقرير 90 يومًا على الأكثر / dueDaysAfterPeriod is at most 90'),
      })
      .strict(),
    responsibilities: z
      .object({
        allocator: z.array(bilingual).min(1, 'اذكر مسؤوليات الجمعية المخصِّصة / list the allocating association’s responsibilities'),
        partner: z.array(bilingual).min(1, 'اذكر مسؤوليات الجمعية الشريكة / list the partner’s responsibilities'),
      })
      .strict(),
  })
  .strict();

/**
 * When the partner is reminded of an impact report and when an unanswered one is escalated (Tuwaiq,
 * partner allocation 5; docs/adr/0040): days before the due date, and grace days after it.
 */
const impactReportsSchema = z
  .object({
    source: z.string().min(3),
    remindDaysBefore: z
      .number({ message: 'أيام التذكير قبل الاستحقاق عدد صحيح / remindDaysBefore is a whole number of days' })
      .int('أيام التذكير قبل الاستحقاق عدد صحيح / remindDaysBefore is a whole number of days')
      .min(0, 'أيام التذكير لا تكون سالبة / remindDaysBefore is not negative')
      .max(60, 'التذكير قبل الاستحقاق بستين يومًا على الأكثر / remindDaysBefore is at most 60'),
    overdueGraceDays: z
      .number({ message: 'أيام المهلة بعد الاستحقاق عدد صحيح / overdueGraceDays is a whole number of days' })
      .int('أيام المهلة بعد الاستحقاق عدد صحيح / overdueGraceDays is a whole number of days')
      .min(0, 'أيام المهلة لا تكون سالبة / overdueGraceDays is not negative')
      .max(60, 'المهلة بعد الاستحقاق ستون يومًا على الأكثر / overdueGraceDays is at most 60'),
  })
  .strict();

export type ImpactReportPolicy = { remindDaysBefore: number; overdueGraceDays: number };

/** `<tenant>.partner-allocation.json`: which services a tenant distributes to partners and how it studies their needs. */
const policySchema = z
  .object({
    tenantId: slug,
    source: z.string().min(3),
    services: z.array(slug).min(1),
    needsStudy: z
      .object({
        windowDays: z.number().int().min(1).max(365),
        remindAtPercents: z.array(z.number().int().min(1).max(99)),
        source: z.string().min(3),
        factors: z
          .array(z.object({ id: slug, name: bilingual, maxScore: z.number().int().min(1).max(100), source: z.string().min(3) }).strict())
          .min(1)
          .refine((factors) => new Set(factors.map((f) => f.id)).size === factors.length, 'factor ids must be unique'),
      })
      .strict(),
    agreementTemplate: agreementTemplateSchema.optional(),
    impactReports: impactReportsSchema.optional(),
    /** Each Saudi region's need, 0 (none) to 100 (highest): the "higher-need regions" factor (004 allocation 3). */
    regionNeed: z
      .object({
        source: z.string().min(3),
        needs: z.record(z.string(), z.number().int().min(0).max(100)),
      })
      .strict()
      .optional(),
  })
  .strict();

export class PartnerAllocationPolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`Partner-allocation policies refused:\n${problems.join('\n')}`);
    this.name = 'PartnerAllocationPolicyError';
  }
}

/** ATHAR_PARTNER_ALLOCATION_POLICY_DIR: where the `<tenant>.partner-allocation.json` files are (default: the service's policies folder). */
export function partnerAllocationPolicyDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATHAR_PARTNER_ALLOCATION_POLICY_DIR || DEFAULT_DIR;
}

/**
 * The tenants that distribute services to partner associations, from their policy files. A file that
 * does not fit the schema, names a tenant not on the platform or a service not in that tenant's
 * catalogue stops the service at start-up with every problem listed. A tenant without a file
 * distributes nothing to partners (its requests are refused, naming `allocatingTenantId`).
 */
@Injectable()
export class PartnerAllocationPolicies {
  private readonly byTenant = new Map<string, PartnerAllocationPolicy>();
  private readonly templates = new Map<string, AgreementTemplate>();
  private readonly regionNeeds = new Map<string, Record<string, number>>();
  private readonly weights = new Map<string, AllocationWeights>();
  private readonly impactReports = new Map<string, ImpactReportPolicy>();

  constructor(tenants: TenantRegistry) {
    const dir = partnerAllocationPolicyDir();
    if (!existsSync(dir)) return;
    const problems: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.partner-allocation.json'))) {
      const parsed = policySchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) {
        problems.push(...parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`));
        continue;
      }
      const tenant = tenants.find(parsed.data.tenantId);
      if (!tenant) {
        problems.push(`${file}: tenant ${parsed.data.tenantId} is not on the platform`);
        continue;
      }
      const services = parsed.data.services.map((serviceId) => {
        const service = tenant.services.find((s) => s.id === serviceId);
        if (!service) problems.push(`${file}: services: ${serviceId} is not a service of ${tenant.tenantId}'s policy`);
        return { serviceId, name: service?.name ?? { ar: serviceId, en: serviceId } };
      });
      this.byTenant.set(parsed.data.tenantId, { tenantId: parsed.data.tenantId, services, needsStudy: parsed.data.needsStudy });
      if (parsed.data.agreementTemplate) this.templates.set(parsed.data.tenantId, parsed.data.agreementTemplate);
      if (parsed.data.impactReports) {
        const { remindDaysBefore, overdueGraceDays } = parsed.data.impactReports;
        this.impactReports.set(parsed.data.tenantId, { remindDaysBefore, overdueGraceDays });
      }
      // One policy per tenant for partner allocation: this file, and the weights in the tenant's policy
      // (partnerAllocation.weights, validated by the tenancy loader); the two are checked together here.
      const weights = tenant.partnerAllocation?.weights;
      if (weights) this.weights.set(parsed.data.tenantId, weights);
      if (parsed.data.regionNeed) {
        const needs = parsed.data.regionNeed.needs;
        for (const region of Object.keys(needs))
          if (!REGION_IDS.includes(region)) problems.push(`${file}: regionNeed.needs.${region}: not a Saudi administrative region`);
        for (const region of REGION_IDS) if (!(region in needs)) problems.push(`${file}: regionNeed.needs.${region}: missing (every region needs a value)`);
        if (!weights) problems.push(`${file}: regionNeed: ${tenant.tenantId}'s policy has no partnerAllocation.weights to allocate with`);
        this.regionNeeds.set(parsed.data.tenantId, needs);
      }
    }
    if (problems.length > 0) throw new PartnerAllocationPolicyError(problems);
  }

  /** The allocation weights of the tenant's policy (partnerAllocation.weights), or null. */
  weightsOf(tenantId: string): AllocationWeights | null {
    return this.weights.get(tenantId) ?? null;
  }

  /** Each region's need for the tenant's rounds, or null when its file records none (then it runs no rounds). */
  regionNeedOf(tenantId: string): Record<string, number> | null {
    return this.regionNeeds.get(tenantId) ?? null;
  }

  /** The tenant's partner-allocation policy, or null when it distributes nothing to partners. */
  of(tenantId: string): PartnerAllocationPolicy | null {
    return this.byTenant.get(tenantId) ?? null;
  }

  /** When impact reports are reminded and escalated; the platform's defaults (7 days before, 7 days' grace) when the file names none. */
  impactReportPolicy(tenantId: string): ImpactReportPolicy {
    return this.impactReports.get(tenantId) ?? { remindDaysBefore: 7, overdueGraceDays: 7 };
  }

  /** The tenant's agreement template, or null when its policy has none (it drafts no agreements). */
  agreementTemplate(tenantId: string): AgreementTemplate | null {
    return this.templates.get(tenantId) ?? null;
  }
}
