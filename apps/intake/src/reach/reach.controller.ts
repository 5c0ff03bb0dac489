import { Controller, Get, Injectable, Query, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { FilterQuery, Model } from 'mongoose';
import type { Channel } from '@athar/contracts';
import { reachFigures, type ReachFact } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { applyIfNewer, CurrentPrincipal, EventHandlers, EventWriter, Roles } from '@athar/service-kit';
import { CHANNELS } from '@athar/tenancy';
import { reachStream } from './reach-streams';
import { ReachEntry } from './reach.schema';
import { ReachSummaryDto, type ReachTotalDto } from './reach.dto';

export class RecordReachDto {
  @ApiProperty({ example: 'guide-cv-writing' }) @Matches(/^[a-z0-9][a-z0-9-]{1,80}$/) contentItemId!: string;
  @ApiProperty({ example: 'published-content' }) @Matches(/^[a-z][a-z0-9-]{1,62}$/) serviceId!: string;
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ example: 1250 }) @IsInt() @Min(1) @Max(100_000_000) count!: number;
  @ApiProperty({ example: '2026-11-01T00:00:00Z' }) @IsISO8601({ strict: true }) periodStart!: string;
  @ApiProperty({ example: '2026-11-08T00:00:00Z' }) @IsISO8601({ strict: true }) periodEnd!: string;
}

export class CorrectReachDto {
  @ApiProperty({ example: 'guide-cv-writing' }) @Matches(/^[a-z0-9][a-z0-9-]{1,80}$/) contentItemId!: string;
  @ApiProperty({ enum: CHANNELS }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ example: '2026-11-01T00:00:00Z' }) @IsISO8601({ strict: true }) periodStart!: string;
  @ApiProperty({ example: '2026-11-08T00:00:00Z' }) @IsISO8601({ strict: true }) periodEnd!: string;
  @ApiProperty({ example: 1100, description: 'The corrected figure: it replaces the one standing' }) @IsInt() @Min(0) @Max(100_000_000) count!: number;
  @ApiProperty({ example: 'تقرير المنصة احتسب حسابات آلية', description: 'Why the figure is corrected (at least 10 characters); kept on the record' })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class ReachQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z][a-z0-9-]{1,62}$/) serviceId?: string;
  @ApiPropertyOptional({ description: 'Periods starting at or after' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ description: 'Periods starting before' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

@Injectable()
export class ReachProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    @InjectModel(ReachEntry.name) private readonly reach: Model<ReachEntry>,
  ) {}

  onModuleInit(): void {
    // Each event rebuilds the item's figures from its stream: a correction replaces a value, never adds.
    for (const type of ['ReachRecorded', 'ReachCorrected'] as const) {
      this.handlers.on(type, async (event) => {
        const { contentItemId } = event.data;
        const { history } = await this.writer.load<ReachFact['type']>(reachStream(event.tenantId, contentItemId));
        if (history.length === 0) return;
        const revision = String(history[history.length - 1].revision);
        for (const figure of reachFigures(history).values()) {
          await applyIfNewer(this.reach, `${event.tenantId}:${contentItemId}:${figure.channel}:${figure.periodStart}:${figure.periodEnd}`, revision, {
            tenantId: event.tenantId,
            ...figure,
            periodStart: new Date(figure.periodStart),
            periodEnd: new Date(figure.periodEnd),
            recordedAt: new Date(figure.recordedAt),
          });
        }
      });
    }
  }
}

/** Reach of indirect beneficiaries (Tuwaiq 2-2), counted per content item and channel: one figure per period, corrected with a reason (record-reach, correct-reach). */
@ApiTags('reach')
@Controller('reach')
export class ReachController {
  constructor(@InjectModel(ReachEntry.name) private readonly reach: Model<ReachEntry>) {}

  @Get()
  @Roles('empowerment-team', 'relations-officer', 'executive-director', 'board-member', 'tenant-admin', 'auditor')
  @ApiOkResponse({ type: ReachSummaryDto })
  @ApiOperation({
    summary: 'Total reach per content item and channel (the figures as they stand), optionally for one service and a period; each figure with its corrections.',
  })
  async summary(@CurrentPrincipal() principal: Principal, @Query() query: ReachQuery): Promise<ReachSummaryDto> {
    const match: FilterQuery<ReachEntry> = { tenantId: principal.tenantId };
    if (query.serviceId) match.serviceId = query.serviceId;
    if (query.from || query.to) {
      match.periodStart = { ...(query.from ? { $gte: new Date(query.from) } : {}), ...(query.to ? { $lt: new Date(query.to) } : {}) };
    }
    const rows = await this.reach.find(match).sort({ periodStart: 1 }).limit(10_000).lean().exec();
    const totals = new Map<string, ReachTotalDto>();
    for (const row of rows) {
      const key = `${row.contentItemId}\u0000${row.channel}`;
      const entry = totals.get(key) ?? { contentItemId: row.contentItemId, channel: row.channel, total: 0, corrected: false, figures: [] };
      entry.total += row.count;
      entry.corrected ||= (row.corrections ?? []).length > 0;
      entry.figures.push({
        periodStart: new Date(row.periodStart).toISOString(),
        periodEnd: new Date(row.periodEnd).toISOString(),
        count: row.count,
        recordedBy: row.recordedBy,
        recordedAt: new Date(row.recordedAt).toISOString(),
        corrections: row.corrections ?? [],
      });
      totals.set(key, entry);
    }
    return { items: [...totals.values()].sort((a, b) => b.total - a.total).slice(0, query.limit ?? 100) };
  }
}
