import { BilingualTextDto } from '../../bilingual-text.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { ApiPropertyNullable, PageOf, PageQuery } from '@athar/service-kit';
import { CHANNELS } from '@athar/tenancy';

/**
 * A draft waits for what its checklist lacks; a submitted request is registered and undecided (common
 * process steps 2 and 6); accepted or rejected: the committee's decision (Tuwaiq 6-3); reconsidering: the
 * applicant asked for a refusal to be reconsidered and the new round is undecided (Tuwaiq 6-4).
 */
export const APPLICATION_STATUSES = ['draft', 'submitted', 'accepted', 'rejected', 'reconsidering'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** newest: the queue's order; oldest: the longest-waiting first (drafts to follow up). */
export const APPLICATION_SORTS = ['newest', 'oldest'] as const;

export class ListApplicationsQuery extends PageQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({
    enum: APPLICATION_STATUSES,
    description:
      "draft: waiting for what its checklist lacks; submitted: registered, no decision yet; accepted / rejected: the committee's latest decision; reconsidering: a reconsideration asked for, undecided",
  })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: string;

  @ApiPropertyOptional({ example: 'member-service' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  serviceId?: string;

  @ApiPropertyOptional({ description: 'Submitted at or after (ISO 8601); drafts have no submission date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  submittedFrom?: string;

  @ApiPropertyOptional({ description: 'Submitted before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  submittedTo?: string;

  @ApiPropertyOptional({ example: 'TWQ-1448-000001', description: 'The request with this case number (as the applicant quotes it)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{1,40}$/)
  caseNumber?: string;

  @ApiPropertyOptional({
    enum: APPLICATION_SORTS,
    default: 'newest',
    description: 'By when the request entered its status (a draft: created); oldest puts the longest-waiting drafts first',
  })
  @IsOptional()
  @IsIn(APPLICATION_SORTS)
  sort?: (typeof APPLICATION_SORTS)[number];
}

export class ChecklistItemDto {
  @ApiProperty({ example: 'document:cv' }) item!: string;
  @ApiProperty() done!: boolean;
  @ApiProperty({ type: BilingualTextDto, example: { ar: 'إرفاق السيرة الذاتية', en: 'attach the CV' } }) label!: BilingualTextDto;
}

export class ApplicationDecisionDto {
  @ApiProperty({ enum: ['accepted', 'rejected'] }) outcome!: 'accepted' | 'rejected';
  @ApiProperty({ description: '1 for the first review, 2 and up for reconsiderations', example: 1 }) round!: number;
  @ApiProperty({ description: 'When the committee decided (ISO 8601)' }) decidedAt!: string;
  @ApiProperty({
    type: [BilingualTextDto],
    description: "The reasons the applicant is told, from the tenant's list, Arabic and English",
    example: [{ ar: 'الطلب غير مستوفٍ لشروط الخدمة', en: "The request does not meet the service's conditions" }],
  })
  reasons!: BilingualTextDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Until when the applicant may ask for reconsideration of a refusal (ISO 8601); null on an acceptance or when the tenant offers none after this round',
  })
  reconsiderationUntil!: string | null;
}

export class ApplicationSummaryDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'TWQ-1447-000123',
    description: "The number the applicant was given (a draft's too); null to a tenant admin (who opens no record) and on rows listed before numbers were kept",
  })
  caseNumber!: string | null;
  @ApiProperty({
    enum: APPLICATION_STATUSES,
    description: 'accepted / rejected once the committee decided (decision says why); reconsidering while a new round is undecided',
  })
  status!: ApplicationStatus;
  @ApiProperty() channel!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ description: 'When the request was first recorded (a draft: its age)' }) createdAt!: string;
  @ApiProperty({ description: 'Whole days since createdAt (Riyadh or not: 24-hour days)', example: 3 }) ageDays!: number;
  @ApiProperty({ description: 'When anything last happened to it (drafted, completed, a document attached, submitted)' }) lastActivityAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null while a draft' }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'null while a draft' }) expectedResponseBy!: string | null;
  @ApiProperty({
    type: [ChecklistItemDto],
    description: "A draft's checklist under the tenant's current policy: what is done and what is missing; empty once submitted",
  })
  checklist!: ChecklistItemDto[];
  @ApiPropertyNullable(ApplicationDecisionDto, {
    description:
      "The committee's latest decision with its reasons and reconsideration period, as the applicant was told it; null until decided and while a reconsideration is undecided",
  })
  decision!: ApplicationDecisionDto | null;
}

export class ApplicationPageDto extends PageOf(ApplicationSummaryDto) {}
