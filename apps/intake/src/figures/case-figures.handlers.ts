import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { TenantRegistry } from '@athar/tenancy';
import { CASE_STAGES, stageOf, summariseTimings, UNKNOWN_CHANNEL, WINDOW_BUCKETS } from './case-figures';
import type { CasesByStageDto, TimeToDecisionDto } from './case-figures.dto';
import { GetCasesByStageQuery, GetTimeToDecisionQuery, periodOf, rangeOn } from './case-figures.queries';
import { CaseFigure } from './case-figures.schema';

const FACTS = {
  channel: 1,
  draftedAt: 1,
  submittedAt: 1,
  assessedAt: 1,
  reviewOpenedAt: 1,
  decision: 1,
  decisionRound: 1,
  reconsiderationRound: 1,
  deliveryOpenedAt: 1,
} as const;

/** Counts the tenant's cases by stage and channel from the case-figures projection (no personal data read). */
@QueryHandler(GetCasesByStageQuery)
export class GetCasesByStageHandler implements IQueryHandler<GetCasesByStageQuery, CasesByStageDto> {
  constructor(@InjectModel(CaseFigure.name) private readonly figures: Model<CaseFigure>) {}

  async execute({ principal, period }: GetCasesByStageQuery): Promise<CasesByStageDto> {
    const bounds = periodOf(period);
    const rows = await this.figures
      .find({ tenantId: principal.tenantId, ...rangeOn('receivedAt', bounds) }, FACTS)
      .lean()
      .exec();
    const cells = new Map<string, number>();
    const byStage = new Map<string, number>(CASE_STAGES.map((s) => [s, 0]));
    for (const row of rows) {
      const stage = stageOf(row);
      const key = `${stage}\u0000${row.channel ?? UNKNOWN_CHANNEL}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
      byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
    }
    const order = (stage: string) => CASE_STAGES.indexOf(stage as (typeof CASE_STAGES)[number]);
    return {
      from: bounds.from?.toISOString() ?? null,
      to: bounds.to?.toISOString() ?? null,
      total: rows.length,
      byStage: CASE_STAGES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
      cells: [...cells.entries()]
        .map(([key, count]) => {
          const [stage, channel] = key.split('\u0000');
          return { stage, channel, count };
        })
        .sort((a, b) => order(a.stage) - order(b.stage) || a.channel.localeCompare(b.channel)),
    };
  }
}

/** Measures each first decision from submission against the window the case was given (Tuwaiq 5-5). */
@QueryHandler(GetTimeToDecisionQuery)
export class GetTimeToDecisionHandler implements IQueryHandler<GetTimeToDecisionQuery, TimeToDecisionDto> {
  constructor(
    @InjectModel(CaseFigure.name) private readonly figures: Model<CaseFigure>,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, period }: GetTimeToDecisionQuery): Promise<TimeToDecisionDto> {
    const bounds = periodOf(period);
    const range = rangeOn('firstDecidedAt', bounds);
    const rows = await this.figures
      .find(
        { tenantId: principal.tenantId, ...(Object.keys(range).length > 0 ? range : { firstDecidedAt: { $ne: null } }), windowStart: { $ne: null } },
        { windowStart: 1, reviewDeadline: 1, firstDecidedAt: 1 },
      )
      .lean()
      .exec();
    const timings = rows.flatMap((row) =>
      row.windowStart && row.reviewDeadline && row.firstDecidedAt
        ? [{ submittedAt: new Date(row.windowStart), deadline: new Date(row.reviewDeadline), decidedAt: new Date(row.firstDecidedAt) }]
        : [],
    );
    const summary = summariseTimings(timings);
    const { days, counting } = this.tenants.get(principal.tenantId).reviewWindow;
    return {
      from: bounds.from?.toISOString() ?? null,
      to: bounds.to?.toISOString() ?? null,
      reviewWindow: { days, counting },
      decided: summary.decided,
      buckets: WINDOW_BUCKETS.map((bucket) => ({ bucket, count: summary.buckets[bucket] })),
      medianDays: summary.medianDays,
      p90Days: summary.p90Days,
    };
  }
}
