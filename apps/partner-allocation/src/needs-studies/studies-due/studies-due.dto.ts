import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PageOf, PageQuery } from '@athar/service-kit';
import { PartnerDto } from '../../partner-requests/partner-request.dto';

export const DUE_STAGES = ['study-pending', 'study-overdue'] as const;

export class StudiesDueQuery extends PageQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only studies due before this instant (ISO 8601); default: every open study',
    example: '2026-04-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  due?: string;
  @ApiPropertyOptional({ enum: DUE_STAGES, description: 'Only pending, or only overdue, studies' }) @IsOptional() @IsIn(DUE_STAGES) stage?: string;
  @ApiPropertyOptional({ example: 'partner-association-services' }) @IsOptional() @Matches(/^[a-z][a-z0-9-]{1,62}$/) serviceId?: string;
}

/** A needs study still to be done, nearest deadline first. */
export class StudyDueDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ enum: DUE_STAGES }) stage!: string;
  @ApiProperty({ type: PartnerDto }) partner!: PartnerDto;
  @ApiProperty() serviceId!: string;
  @ApiProperty() regionId!: string;
  @ApiProperty({ format: 'date-time' }) studyDeadline!: string;
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'Reminder points reached, in percent of the window' }) remindersSent!: number[];
}
export class StudiesDuePageDto extends PageOf(StudyDueDto) {}
