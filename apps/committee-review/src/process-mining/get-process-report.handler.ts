import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { FilterQuery, Model } from 'mongoose';
import { DomainError, type FieldProblem } from '@athar/contracts';
import { TenantRegistry } from '@athar/tenancy';
import { CaseMilestones, MILESTONE_FIELDS } from './case-milestones.schema';
import { MAX_MONTHS, type ProcessQuery, type ProcessReportDto } from './process-mining.dto';
import {
  hijriMonths,
  MILESTONES,
  monthlyStats,
  monthsBetween,
  nextMonth,
  riyadhMonth,
  riyadhMonthStart,
  slowestCases,
  type CaseTimes,
  type Milestones,
} from './process-mining';

/** Where cases stall in one tenant (null: every tenant, operations only), over Riyadh months. */
export class GetProcessReportQuery {
  constructor(
    readonly tenant: string | null,
    readonly filters: ProcessQuery,
    readonly now: Date = new Date(),
  ) {}
}

const invalid = (problems: FieldProblem[]) =>
  new DomainError('validation-failed', 'invalid', { ar: 'البيانات المرسلة غير صحيحة', en: 'The request has invalid fields' }, problems);

/** Months back from a month (YYYY-MM). */
function monthsBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 - count, 1)).toISOString().slice(0, 7);
}

/** Reads process mining's read model (ProcessMiningProjection), never the event store. */
@QueryHandler(GetProcessReportQuery)
export class GetProcessReportHandler implements IQueryHandler<GetProcessReportQuery, ProcessReportDto> {
  constructor(
    @InjectModel(CaseMilestones.name) private readonly rows: Model<CaseMilestones>,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ tenant, filters: query, now }: GetProcessReportQuery): Promise<ProcessReportDto> {
    const toMonth = query.toMonth ?? riyadhMonth(now);
    const fromMonth = query.fromMonth ?? monthsBefore(toMonth, 11);
    const problems: FieldProblem[] = [];
    if (fromMonth > toMonth)
      problems.push({ field: 'toMonth', reasons: [{ ar: 'يجب ألا يسبق الشهر الأخير الشهر الأول', en: 'must not be before fromMonth' }] });
    else if (monthsBetween(fromMonth, toMonth).length > MAX_MONTHS)
      problems.push({ field: 'toMonth', reasons: [{ ar: `لا تتجاوز المدة ${MAX_MONTHS} شهرًا`, en: `at most ${MAX_MONTHS} months from fromMonth` }] });
    const named = tenant === null ? null : this.tenants.find(tenant);
    // Only operations can name a tenant other than their own: an unknown one is a bad filter, not a 500.
    if (tenant !== null && !named)
      throw invalid([{ field: 'tenant', reasons: [{ ar: 'ليست جمعية على هذه المنصة', en: 'not an association of this instance' }] }]);
    const policies = named ? [named] : this.tenants.all();
    if (query.channel !== undefined && !policies.some((p) => (p.channels as readonly string[]).includes(query.channel!)))
      problems.push({ field: 'channel', reasons: [{ ar: 'ليست من قنوات الجمعية', en: "not one of the association's channels" }] });
    if (query.serviceId !== undefined && !policies.some((p) => p.services.some((s) => s.id === query.serviceId)))
      problems.push({ field: 'serviceId', reasons: [{ ar: 'ليست من خدمات الجمعية', en: "not one of the association's services" }] });
    if (problems.length > 0) throw invalid(problems);

    // The cases with a milestone in the months: reached something before the range ends and last moved after it starts.
    const start = riyadhMonthStart(fromMonth);
    const end = riyadhMonthStart(nextMonth(toMonth));
    const filter: FilterQuery<CaseMilestones> = { firstAt: { $lt: end }, lastAt: { $gte: start } };
    if (tenant !== null) filter.tenantId = tenant;
    if (query.channel !== undefined) filter.channel = query.channel;
    if (query.serviceId !== undefined) filter.serviceId = query.serviceId;
    const rows = await this.rows.find(filter).lean().exec();
    const cases: CaseTimes[] = rows.map((r) => {
      const milestones: Milestones = {};
      for (const m of MILESTONES) {
        const at = r[MILESTONE_FIELDS[m]];
        if (at) milestones[m] = new Date(at);
      }
      return {
        caseId: r.caseId,
        caseNumber: r.caseNumber ?? null,
        channel: r.channel ?? null,
        serviceId: r.serviceId ?? null,
        notEligible: r.notEligible === true,
        refused: r.refused === true,
        milestones,
      };
    });
    // A case still waiting is measured up to now, or to the range's end when the range is in the past.
    const until = end.getTime() < now.getTime() ? end : now;
    return {
      tenant,
      fromMonth,
      toMonth,
      channel: query.channel ?? null,
      serviceId: query.serviceId ?? null,
      cases: cases.length,
      months: monthlyStats(cases, fromMonth, toMonth).map((m) => ({ ...m, hijri: hijriMonths(m.month) })),
      slowest: slowestCases(cases, until, query.limit ?? 20),
    };
  }
}
