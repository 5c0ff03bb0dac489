import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { CHANNELS } from '@athar/tenancy';
import { CASE_STAGES, UNKNOWN_CHANNEL, WINDOW_BUCKETS } from './case-figures';

/** The period the figures cover: both bounds optional; `from` must come before `to` (422 on `to` otherwise). */
export class FiguresPeriodQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant or date on, inclusive (ISO 8601)', example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant or date, exclusive (ISO 8601); after from', example: '2026-04-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

const CHANNEL_VALUES = [...CHANNELS, UNKNOWN_CHANNEL];

/** How many cases stand at one stage and came by one channel. */
export class StageChannelCountDto {
  @ApiProperty({ enum: CASE_STAGES, description: 'Where the case stands (draft, received, eligibility, committee, accepted, refused, in-delivery)' })
  stage!: string;
  @ApiProperty({ enum: CHANNEL_VALUES, description: "The channel the request came by (unknown: intake's event not applied yet)" })
  channel!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Cases at this stage from this channel (only non-zero cells are listed)' })
  count!: number;
}

/** How many cases stand at one stage, every channel together. */
export class StageCountDto {
  @ApiProperty({ enum: CASE_STAGES, description: 'The stage' })
  stage!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Cases at this stage (every stage is listed, in order, zero included)' })
  count!: number;
}

/** The tenant's cases by stage and channel: counts only, no case or person (the board may see aggregates). */
export class CasesByStageDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The period start applied to when each case was received (null: none)' })
  from!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The period end, exclusive (null: none)' })
  to!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Cases received in the period, every stage and channel' })
  total!: number;
  @ApiProperty({ type: [StageCountDto], description: 'Every stage in order, with its count' })
  byStage!: StageCountDto[];
  @ApiProperty({ type: [StageChannelCountDto], description: 'The non-zero stage × channel cells, in stage order then channel' })
  cells!: StageChannelCountDto[];
}

/** The tenant's review window as its policy sets it now (each case is measured against the window it was given). */
export class ReviewWindowDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Days the committee has to answer, from submission' })
  days!: number;
  @ApiProperty({ enum: ['calendar', 'working'], description: 'Every day, or Sunday to Thursday without holidays' })
  counting!: string;
}

/** How many first decisions fell in one part of the window. */
export class WindowBucketDto {
  @ApiProperty({
    enum: WINDOW_BUCKETS,
    description: "first-half: within the window's first half; within-window: in its second half; after-window: after its end",
  })
  bucket!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Decisions in this part of the window' })
  count!: number;
}

/** The time the committee took from submission to its first decision, against the review window (Tuwaiq 5-5). */
export class TimeToDecisionDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The period start applied to the decision instant (null: none)' })
  from!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The period end, exclusive (null: none)' })
  to!: string | null;
  @ApiProperty({ type: ReviewWindowDto, description: "The tenant's review window in its policy now" })
  reviewWindow!: ReviewWindowDto;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'First decisions (accepted or refused) made in the period' })
  decided!: number;
  @ApiProperty({ type: [WindowBucketDto], description: 'The three parts of the window in order, with their counts' })
  buckets!: WindowBucketDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Median days from submission to decision, one decimal (nearest rank; null: no decision)' })
  medianDays!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '90th percentile of days from submission to decision, one decimal (nearest rank; null: no decision)',
  })
  p90Days!: number | null;
}
