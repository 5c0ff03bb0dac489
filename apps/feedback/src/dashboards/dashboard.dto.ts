import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { BilingualTextDto } from '../surveys/survey.dto';

const SLUG = /^[a-z][a-z0-9-]{1,62}$/;
const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;
export const GROUP_BY = ['service', 'department', 'channel', 'month'] as const;

/** Filters select whole cells only (docs/adr/0041): a service, a department, a channel, whole Gregorian months. */
export class DashboardQuery {
  @ApiPropertyOptional({ example: 'member-service' }) @IsOptional() @Matches(SLUG) serviceId?: string;
  @ApiPropertyOptional({ example: 'member-services' }) @IsOptional() @Matches(SLUG) department?: string;
  @ApiPropertyOptional({ example: 'website', description: 'The channel the case came through' }) @IsOptional() @Matches(SLUG) channel?: string;
  @ApiPropertyOptional({ example: '2026-01', description: 'First Gregorian month, YYYY-MM' }) @IsOptional() @Matches(MONTH) fromMonth?: string;
  @ApiPropertyOptional({ example: '2026-12', description: 'Last Gregorian month, YYYY-MM' }) @IsOptional() @Matches(MONTH) toMonth?: string;
  @ApiPropertyOptional({ enum: GROUP_BY, default: 'month' }) @IsOptional() @IsIn(GROUP_BY) groupBy?: (typeof GROUP_BY)[number];
}

/** A staff member's own results: months only (their results are one cell per month). */
export class StaffDashboardQuery {
  @ApiPropertyOptional({ example: '2026-01' }) @IsOptional() @Matches(MONTH) fromMonth?: string;
  @ApiPropertyOptional({ example: '2026-12' }) @IsOptional() @Matches(MONTH) toMonth?: string;
}

export class ContentRatingsQuery {
  @ApiPropertyOptional({ example: 'job-readiness-guide' }) @IsOptional() @Matches(SLUG) contentItemId?: string;
  @ApiPropertyOptional({ example: 'website' }) @IsOptional() @Matches(SLUG) channel?: string;
  @ApiPropertyOptional({ example: '2026-01' }) @IsOptional() @Matches(MONTH) fromMonth?: string;
  @ApiPropertyOptional({ example: '2026-12' }) @IsOptional() @Matches(MONTH) toMonth?: string;
}

export class MonthLabelDto {
  @ApiProperty({ example: '2026-12' }) gregorian!: string;
  @ApiProperty({ example: '1448-06/1448-07', description: 'The Umm al-Qura month(s) the Gregorian month spans' }) hijri!: string;
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
}

export class CsatFiguresDto {
  @ApiProperty() mean!: number;
  @ApiProperty({ description: 'Share of 4 and 5, percent' }) satisfiedPercent!: number;
}
export class NpsFiguresDto {
  @ApiProperty({ description: 'Promoters minus detractors, -100…100' }) score!: number;
  @ApiProperty() promotersPercent!: number;
  @ApiProperty() detractorsPercent!: number;
}
export class EffortFiguresDto {
  @ApiProperty({ description: '1 (very easy) … 7 (very hard)' }) mean!: number;
}
export class MetricFiguresDto {
  @ApiProperty({ description: 'Answers covered: a multiple of k' }) n!: number;
  @ApiPropertyOptional({ type: CsatFiguresDto }) csat?: CsatFiguresDto;
  @ApiPropertyOptional({ type: NpsFiguresDto }) nps?: NpsFiguresDto;
  @ApiPropertyOptional({ type: EffortFiguresDto }) effort?: EffortFiguresDto;
  @ApiPropertyOptional({ type: CsatFiguresDto }) staffCsat?: CsatFiguresDto;
}
export class DashboardFiguresDto {
  @ApiPropertyOptional({ type: MetricFiguresDto }) csat?: MetricFiguresDto;
  @ApiPropertyOptional({ type: MetricFiguresDto }) nps?: MetricFiguresDto;
  @ApiPropertyOptional({ type: MetricFiguresDto }) effort?: MetricFiguresDto;
  @ApiPropertyOptional({ type: MetricFiguresDto, description: 'The question about the staff member who served (staff results only)' })
  staffCsat?: MetricFiguresDto;
}
export class DashboardGroupDto {
  @ApiProperty({ description: 'The group: a service, department, channel or month (YYYY-MM); "all" for the totals' }) key!: string;
  @ApiPropertyOptional({ type: MonthLabelDto }) month?: MonthLabelDto;
  @ApiProperty({ description: 'Published responses: 0 or a multiple of k' }) responses!: number;
  @ApiProperty() sent!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Published responses over surveys sent, percent' }) responseRate!: number | null;
  @ApiProperty({ type: DashboardFiguresDto }) figures!: DashboardFiguresDto;
}
export class DashboardCommentDto {
  @ApiProperty() month!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ description: 'Masked (names, ID numbers, mobiles) for anyone but the executive director' }) text!: string;
}
export class DashboardDto {
  @ApiProperty({ description: 'k: no published figure covers fewer answers' }) k!: number;
  @ApiProperty({ type: DashboardGroupDto }) totals!: DashboardGroupDto;
  @ApiProperty({ type: [DashboardGroupDto] }) groups!: DashboardGroupDto[];
  @ApiProperty({ type: [DashboardCommentDto] }) comments!: DashboardCommentDto[];
}

export class ContentRatingGroupDto {
  @ApiProperty() contentItemId!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ description: 'Ratings covered: a multiple of k' }) n!: number;
  @ApiProperty() mean!: number;
}
export class ContentRatingsDto {
  @ApiProperty() k!: number;
  @ApiProperty({ type: [ContentRatingGroupDto] }) groups!: ContentRatingGroupDto[];
}
