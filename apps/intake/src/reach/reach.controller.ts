import { Body, Controller, Get, HttpCode, HttpStatus, Injectable, Post, Query, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import type { FilterQuery, Model } from 'mongoose';
import { streamId, type Channel, type ReachRecordedV1 } from '@athar/contracts';
import { recordReach } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventHandlers, EventWriter, Roles } from '@athar/service-kit';
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
    @InjectModel(ReachEntry.name) private readonly reach: Model<ReachEntry>,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ReachRecorded', async (event) => {
      const data = event.data as ReachRecordedV1;
      const row = { tenantId: event.tenantId, ...data, periodStart: new Date(data.periodStart), periodEnd: new Date(data.periodEnd) };
      await this.reach.updateOne({ _id: event.eventId }, { $setOnInsert: row }, { upsert: true }).exec();
    });
  }
}

/** Reach of indirect beneficiaries (Tuwaiq 2-2), counted per content item and channel. */
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
  @ApiOperation({ summary: 'Record how many people a content item reached on a channel over a period (no personal data).' })
  async record(@CurrentPrincipal() principal: Principal, @Body() body: RecordReachDto): Promise<ReachRecordedV1> {
    const policy = this.tenants.get(principal.tenantId);
    const data = recordReach(
      { ...body, periodStart: new Date(body.periodStart), periodEnd: new Date(body.periodEnd) },
      { channels: policy.channels, services: policy.services },
      new Date(),
    );
    // Each report is its own fact; no invariant spans them, so no revision is expected.
    await this.writer.append(streamId('intake', 'reach', principal.tenantId, body.contentItemId), principal.tenantId, { kind: 'request', principal, channel: body.channel }, [{ type: 'ReachRecorded', version: 1, data }], 'any');
    return data;
  }

  @Get()
  @Roles('empowerment-team', 'relations-officer', 'executive-director', 'board-member', 'tenant-admin', 'auditor')
  @ApiOperation({ summary: 'Total reach per content item and channel, optionally for one service and a period.' })
  async summary(@CurrentPrincipal() principal: Principal, @Query() query: ReachQuery): Promise<{ items: Array<{ contentItemId: string; channel: string; total: number }> }> {
    const match: FilterQuery<ReachEntry> = { tenantId: principal.tenantId };
    if (query.serviceId) match.serviceId = query.serviceId;
    if (query.from || query.to) {
      match.periodStart = { ...(query.from ? { $gte: new Date(query.from) } : {}), ...(query.to ? { $lt: new Date(query.to) } : {}) };
    }
    const rows = await this.reach.find(match).sort({ periodStart: 1 }).limit(10_000).lean().exec();
    const totals = new Map<string, { contentItemId: string; channel: string; total: number }>();
    for (const row of rows) {
      const key = `${row.contentItemId}\u0000${row.channel}`;
      const entry = totals.get(key) ?? { contentItemId: row.contentItemId, channel: row.channel, total: 0 };
      entry.total += row.count;
      totals.set(key, entry);
    }
    return { items: [...totals.values()].sort((a, b) => b.total - a.total).slice(0, query.limit ?? 100) };
  }
}
