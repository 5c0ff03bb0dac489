import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CHANNELS } from '@athar/tenancy';
import { TENANT_PATTERN } from '@athar/temporal-kit';
import { MILESTONES } from './process-mining';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const SERVICE_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The widest range one query covers, and how many slow cases at most. */
export const MAX_MONTHS = 36;
export const MAX_SLOWEST = 100;

export class ProcessQuery {
  @ApiPropertyOptional({
    pattern: TENANT_PATTERN.source,
    description: 'Operations only: one association; without it, every association. A tenant caller always sees only its own.',
  })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;

  @ApiPropertyOptional({
    pattern: MONTH_PATTERN.source,
    description: 'First Riyadh month (YYYY-MM), inclusive; default: eleven months before toMonth',
    example: '2026-01',
  })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  fromMonth?: string;

  @ApiPropertyOptional({
    pattern: MONTH_PATTERN.source,
    description: `Last Riyadh month (YYYY-MM), inclusive; default: this month. At most ${MAX_MONTHS} months in all`,
    example: '2026-12',
  })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  toMonth?: string;

  @ApiPropertyOptional({ enum: CHANNELS, description: 'Only cases received by this channel' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ pattern: SERVICE_PATTERN.source, description: "Only cases of this service (one of the association's services; 422 otherwise)" })
  @IsOptional()
  @Matches(SERVICE_PATTERN)
  serviceId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_SLOWEST, default: 20, description: 'How many of the slowest cases' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SLOWEST)
  limit?: number;
}

export class TransitionStatsDto {
  @ApiProperty({ enum: MILESTONES, description: 'The milestone the transition starts at' })
  from!: string;
  @ApiProperty({ enum: MILESTONES, description: 'The milestone it ends at (the month is the Riyadh month this one was reached in)' })
  to!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Transitions completed in the month' })
  n!: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Median seconds (nearest rank; null when n is 0)' })
  medianSeconds!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: '90th percentile of seconds (nearest rank; null when n is 0)' })
  p90Seconds!: number | null;
}

export class ProcessMonthDto {
  @ApiProperty({ pattern: MONTH_PATTERN.source, description: 'The Gregorian month in Riyadh time' })
  month!: string;
  @ApiProperty({ description: 'The Hijri (Umm al-Qura) month or months it spans, e.g. 1448-06/1448-07' })
  hijri!: string;
  @ApiProperty({
    type: [TransitionStatsDto],
    description: 'Each transition, in the order of the case path; skips (a milestone not reached) where any happened',
  })
  transitions!: TransitionStatsDto[];
}

export class SlowCaseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The case number (null: intake’s event not applied yet)' }) caseNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) channel!: string | null;
  @ApiProperty({ type: String, nullable: true }) serviceId!: string | null;
  @ApiProperty({
    enum: ['stuck', 'slowest-transition'],
    description: 'stuck: still waiting at `from` for `to` until now; slowest-transition: its longest completed transition',
  })
  kind!: string;
  @ApiProperty({ enum: MILESTONES }) from!: string;
  @ApiProperty({ enum: MILESTONES }) to!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) seconds!: number;
}

export class ProcessReportDto {
  @ApiProperty({ type: String, nullable: true, description: 'The association (null: every association, operations only)' })
  tenant!: string | null;
  @ApiProperty({ pattern: MONTH_PATTERN.source }) fromMonth!: string;
  @ApiProperty({ pattern: MONTH_PATTERN.source }) toMonth!: string;
  @ApiProperty({ type: String, nullable: true }) channel!: string | null;
  @ApiProperty({ type: String, nullable: true }) serviceId!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Cases with a milestone in the months' })
  cases!: number;
  @ApiProperty({ type: [ProcessMonthDto] }) months!: ProcessMonthDto[];
  @ApiProperty({ type: [SlowCaseDto], description: 'The slowest of those cases, longest first (at most limit)' })
  slowest!: SlowCaseDto[];
}
