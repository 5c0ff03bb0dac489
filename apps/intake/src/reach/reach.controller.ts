import { Body, Controller, Get, HttpCode, HttpStatus, Injectable, Post, Query, Res, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiConflictResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, ApiResponse } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Response } from 'express';
import type { FilterQuery, Model } from 'mongoose';
import { DomainError, streamId, type Channel, type ReachCorrectedV1, type ReachRecordedV1 } from '@athar/contracts';
import { correctReach, reachFigures, recordReach, type ReachFact, type ReachFigure } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { applyIfNewer, CurrentPrincipal, EventHandlers, EventWriter, Roles } from '@athar/service-kit';
import { CHANNELS, TenantRegistry } from '@athar/tenancy';
import { ReachEntry } from './reach.schema';

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

const reachStream = (tenantId: string, contentItemId: string): string => streamId('intake', 'reach', tenantId, contentItemId);

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

/** A figure as the report shows it, under its item and channel. */
type ReachFigureDto = Omit<ReachFigure, 'contentItemId' | 'serviceId' | 'channel'>;

/** Reach of indirect beneficiaries (Tuwaiq 2-2), counted per content item and channel: one figure per period, corrected with a reason. */
@ApiTags('reach')
@Controller('reach')
export class ReachController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    @InjectModel(ReachEntry.name) private readonly reach: Model<ReachEntry>,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team', 'relations-officer', 'tenant-admin')
  @ApiResponse({ status: 201, description: 'Done', schema: { type: 'object' } })
  @ApiOperation({
    summary: 'Record how many people a content item reached on a channel over a period (no personal data); one figure per item, channel and period.',
  })
  @ApiConflictResponse({
    description:
      '`reach-already-recorded`: a figure stands for this item, channel and period; correct it with POST /reach/corrections (also in the Link header)',
  })
  async record(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RecordReachDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReachRecordedV1> {
    const policy = this.tenants.get(principal.tenantId);
    // Assigned by the decider, which runs before the append returns.
    let data!: ReachRecordedV1;
    try {
      // The item's stream decides: of two racing records of one figure, the second sees the first (409).
      await this.writer.decideAndAppend<ReachFact['type']>(
        reachStream(principal.tenantId, body.contentItemId),
        principal.tenantId,
        { kind: 'request', principal, channel: body.channel },
        (history) => {
          data = recordReach(
            { ...body, periodStart: new Date(body.periodStart), periodEnd: new Date(body.periodEnd) },
            { channels: policy.channels, services: policy.services },
            new Date(),
            history,
          );
          return [{ type: 'ReachRecorded', version: 1, data }];
        },
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'reach-already-recorded') response.setHeader('Link', '</reach/corrections>; rel="edit"');
      throw error;
    }
    return data;
  }

  @Post('corrections')
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team', 'relations-officer', 'tenant-admin')
  @ApiResponse({ status: 201, description: 'Done', schema: { type: 'object' } })
  @ApiOperation({
    summary: 'Correct a standing reach figure: the new count replaces it, with who, why and when (404 if no figure; 409 if it changes nothing).',
  })
  async correct(@CurrentPrincipal() principal: Principal, @Body() body: CorrectReachDto): Promise<ReachCorrectedV1> {
    // Assigned by the decider, which runs before the append returns.
    let corrected!: ReachCorrectedV1;
    await this.writer.decideAndAppend<ReachFact['type']>(
      reachStream(principal.tenantId, body.contentItemId),
      principal.tenantId,
      { kind: 'request', principal, channel: body.channel },
      (history) => {
        corrected = correctReach(
          history,
          { ...body, periodStart: new Date(body.periodStart), periodEnd: new Date(body.periodEnd), correctedBy: principal.userId },
          new Date(),
        );
        return [{ type: 'ReachCorrected', version: 1, data: corrected }];
      },
    );
    return corrected;
  }

  @Get()
  @Roles('empowerment-team', 'relations-officer', 'executive-director', 'board-member', 'tenant-admin', 'auditor')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object' } } } },
  })
  @ApiOperation({
    summary: 'Total reach per content item and channel (the figures as they stand), optionally for one service and a period; each figure with its corrections.',
  })
  async summary(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ReachQuery,
  ): Promise<{ items: Array<{ contentItemId: string; channel: string; total: number; corrected: boolean; figures: ReachFigureDto[] }> }> {
    const match: FilterQuery<ReachEntry> = { tenantId: principal.tenantId };
    if (query.serviceId) match.serviceId = query.serviceId;
    if (query.from || query.to) {
      match.periodStart = { ...(query.from ? { $gte: new Date(query.from) } : {}), ...(query.to ? { $lt: new Date(query.to) } : {}) };
    }
    const rows = await this.reach.find(match).sort({ periodStart: 1 }).limit(10_000).lean().exec();
    const totals = new Map<string, { contentItemId: string; channel: string; total: number; corrected: boolean; figures: ReachFigureDto[] }>();
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
