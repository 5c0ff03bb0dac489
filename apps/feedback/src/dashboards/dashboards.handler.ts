import { ForbiddenException } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { DomainError } from '@athar/contracts';
import { belowMinimumGroup, buildDashboard, releasedAnswers, type ScoredAnswer } from '@athar/domain-feedback';
import type { Principal } from '@athar/identity';
import { TenantRegistry } from '@athar/tenancy';
import { ContentRatingRow, SurveyAnswerRow, SurveySentRow } from '../surveys/survey-records.schema';
import { SurveyRemarks } from '../surveys/survey-remarks';
import type { ContentRatingsDto, ContentRatingsQuery, DashboardDto, DashboardQuery, StaffDashboardQuery } from './dashboard.dto';

export class SatisfactionDashboardQuery extends Query<DashboardDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: DashboardQuery,
  ) {
    super();
  }
}

export class StaffDashboardQueryMessage extends Query<DashboardDto> {
  constructor(
    readonly principal: Principal,
    readonly staffId: string,
    readonly filters: StaffDashboardQuery,
  ) {
    super();
  }
}

export class ContentRatingsQueryMessage extends Query<ContentRatingsDto> {
  constructor(
    readonly principal: Principal,
    readonly filters: ContentRatingsQuery,
  ) {
    super();
  }
}

const isDirector = (principal: Principal): boolean => principal.roles.includes('executive-director');

abstract class DashboardReads {
  constructor(
    protected readonly tenants: TenantRegistry,
    protected readonly answers: Model<SurveyAnswerRow>,
    protected readonly sent: Model<SurveySentRow>,
    protected readonly remarks: SurveyRemarks,
  ) {}

  protected k(tenantId: string): number {
    return this.tenants.find(tenantId)?.satisfaction?.minimumGroupSize ?? 5;
  }

  protected async load(tenantId: string): Promise<{ answers: ScoredAnswer[]; sent: SurveySentRow[] }> {
    const [rows, sent] = await Promise.all([this.answers.find({ tenantId }).lean().exec(), this.sent.find({ tenantId }).lean().exec()]);
    // The remarks are opened with each case's key: an erased case's read "[erased]", its scores still count.
    const texts = await this.remarks.open(rows);
    const answers: ScoredAnswer[] = rows.map(({ remarkIds: _ids, sealedRemarks: _sealed, ...row }, i) => ({ ...row, texts: texts[i]! }));
    return { answers, sent: sent as unknown as SurveySentRow[] };
  }
}

/**
 * The tenant's satisfaction by service, department, channel and month (seeds: measure satisfaction;
 * Environment Madinah: for improvement, not exposure): every figure under the k-threshold method
 * (docs/adr/0041); remarks masked unless the reader is the executive director.
 */
@QueryHandler(SatisfactionDashboardQuery)
export class SatisfactionDashboardHandler extends DashboardReads implements IQueryHandler<SatisfactionDashboardQuery> {
  constructor(
    tenants: TenantRegistry,
    @InjectModel(SurveyAnswerRow.name) answers: Model<SurveyAnswerRow>,
    @InjectModel(SurveySentRow.name) sent: Model<SurveySentRow>,
    remarks: SurveyRemarks,
  ) {
    super(tenants, answers, sent, remarks);
  }

  async execute({ principal, filters }: SatisfactionDashboardQuery): Promise<DashboardDto> {
    const { answers, sent } = await this.load(principal.tenantId);
    const { groupBy, ...cells } = filters;
    // The staff question is never part of the aggregates others see: it belongs to the staff member's own results.
    const withoutStaff = answers.map((a) => ({ ...a, values: { ...a.values, staffCsat: undefined } }));
    return buildDashboard({
      answers: withoutStaff.map((a) => ({ ...a, values: Object.fromEntries(Object.entries(a.values).filter(([, v]) => v !== undefined)) })),
      sent,
      k: this.k(principal.tenantId),
      partition: 'service',
      filters: cells,
      groupBy: groupBy ?? 'month',
      unmasked: isDirector(principal),
    });
  }
}

/**
 * A staff member's own results (Environment Madinah 003: the executive director follows up individual
 * remarks with the staff concerned): seen by that person and the executive director only; the board and
 * everyone else are refused (403). Still under k (cells: the staff member × month).
 */
@QueryHandler(StaffDashboardQueryMessage)
export class StaffDashboardHandler extends DashboardReads implements IQueryHandler<StaffDashboardQueryMessage> {
  constructor(
    tenants: TenantRegistry,
    @InjectModel(SurveyAnswerRow.name) answers: Model<SurveyAnswerRow>,
    @InjectModel(SurveySentRow.name) sent: Model<SurveySentRow>,
    remarks: SurveyRemarks,
  ) {
    super(tenants, answers, sent, remarks);
  }

  async execute({ principal, staffId, filters }: StaffDashboardQueryMessage): Promise<DashboardDto> {
    if (principal.userId !== staffId && !isDirector(principal)) {
      throw new ForbiddenException({
        code: 'staff-results-private',
        message: {
          ar: 'نتائج الموظف يطّلع عليها الموظف نفسه والمدير التنفيذي فقط؛ التقييم للتحسين لا للتشهير',
          en: "A staff member's results are seen by that person and the executive director only: evaluation is for improvement, not exposure",
        },
      });
    }
    const { answers, sent } = await this.load(principal.tenantId);
    // A staff member no survey of this tenant names answers as one that does not exist (another tenant's staff included).
    if (!sent.some((s) => s.staffId === staffId) && !answers.some((a) => a.staffId === staffId)) {
      throw new DomainError('staff-results-not-found', 'not-found', { ar: 'لا توجد نتائج لهذا الموظف', en: 'No results for this staff member' });
    }
    return buildDashboard({
      answers: answers.filter((a) => a.staffId !== null),
      sent: sent.filter((s) => s.staffId !== null),
      k: this.k(principal.tenantId),
      partition: 'staff',
      filters: { ...filters, staffId },
      groupBy: 'month',
      unmasked: isDirector(principal),
    });
  }
}

/** Anonymous content ratings by item and channel (Tuwaiq 2-2, indirect beneficiaries), released in batches of k. */
@QueryHandler(ContentRatingsQueryMessage)
export class ContentRatingsHandler implements IQueryHandler<ContentRatingsQueryMessage> {
  constructor(
    private readonly tenants: TenantRegistry,
    @InjectModel(ContentRatingRow.name) private readonly ratings: Model<ContentRatingRow>,
  ) {}

  async execute({ principal, filters }: ContentRatingsQueryMessage): Promise<ContentRatingsDto> {
    const k = this.tenants.find(principal.tenantId)?.satisfaction?.minimumGroupSize ?? 5;
    const rows = await this.ratings.find({ tenantId: principal.tenantId }).lean().exec();
    const asAnswers: ScoredAnswer[] = rows.map((r) => ({
      surveyId: r._id,
      serviceId: r.contentItemId,
      department: 'content',
      channel: r.channel,
      staffId: null,
      month: r.month,
      answeredAt: r.ratedAt,
      values: { csat: r.rating },
      texts: {},
    }));
    const released = releasedAnswers(asAnswers, k, 'service').csat;
    const chosen = asAnswers.filter(
      (a) =>
        released.has(a.surveyId) &&
        (filters.contentItemId === undefined || a.serviceId === filters.contentItemId) &&
        (filters.channel === undefined || a.channel === filters.channel) &&
        (filters.fromMonth === undefined || a.month >= filters.fromMonth) &&
        (filters.toMonth === undefined || a.month <= filters.toMonth),
    );
    if (chosen.length === 0) throw belowMinimumGroup(k);
    const groups = new Map<string, number[]>();
    for (const a of chosen) groups.set(`${a.serviceId}|${a.channel}`, [...(groups.get(`${a.serviceId}|${a.channel}`) ?? []), a.values.csat!]);
    return {
      k,
      groups: [...groups.entries()].sort().map(([key, values]) => {
        const [contentItemId, channel] = key.split('|') as [string, string];
        return { contentItemId, channel, n: values.length, mean: Math.round((10 * values.reduce((s, v) => s + v, 0)) / values.length) / 10 };
      }),
    };
  }
}
