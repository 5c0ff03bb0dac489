import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { VERIFICATION_METHODS } from '@athar/contracts';
import { ApiPropertyNullable, DueWindowQuery, PageOf } from '@athar/service-kit';
import { BilingualTextDto } from '../assessments/policies/policy-version.dto';

export const QUEUE_ROLES = ['services-officer', 'social-researcher'] as const;
export type QueueRole = (typeof QUEUE_ROLES)[number];
/** May look at any role's queue: to supervise, not to act. */
export const SUPERVISORS = ['executive-director', 'tenant-admin', 'auditor'] as const;

const KINDS = ['document-verification', 'eligibility-lapsed'] as const;

export class WorkQueueQuery extends DueWindowQuery({ default: 20, max: 100 }) {
  @ApiPropertyOptional({ enum: ['open', 'done'], default: 'open' }) @IsOptional() @IsIn(['open', 'done']) status?: 'open' | 'done';
  @ApiPropertyOptional({ enum: KINDS, description: 'Only documents to verify, or only lapsed beneficiaries to follow up' })
  @IsOptional()
  @IsIn(KINDS)
  kind?: (typeof KINDS)[number];
  @ApiPropertyOptional({ description: 'Only tasks opened at or after this instant (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedFrom?: string;
  @ApiPropertyOptional({ description: 'Only tasks opened before this instant (ISO 8601)' }) @IsOptional() @IsISO8601({ strict: true }) openedTo?: string;
}

/** How a task was closed: verified or rejected by a reviewer, closed by the committee's decision, or followed up. */
export class WorkItemOutcomeDto {
  @ApiProperty({ example: 'verified', description: 'verified, rejected, closed (the committee decided the case first), or how a lapse was followed up' })
  decision!: string;
  @ApiProperty({ description: "Who closed it: the reviewer's user id, or committee-review" }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiPropertyOptional({ enum: VERIFICATION_METHODS, description: 'How the document was checked (verified or rejected)' }) method?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it was rejected or closed' }) reason?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: "The document's own expiry (verified)" }) validUntil?: string | null;
}

export class WorkItemDto {
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty({ enum: QUEUE_ROLES }) role!: string;
  @ApiProperty({ enum: ['open', 'done'] }) status!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ nullable: true, type: String }) documentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) documentType!: string | null;
  @ApiProperty({ description: 'attached, expiring, periodic-review' }) reason!: string;
  @ApiProperty({ type: [BilingualTextDto], description: 'Why a lapsed beneficiary needs follow-up (Arabic and English)' }) details!: BilingualTextDto[];
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) dueBy!: string | null;
  @ApiPropertyNullable(WorkItemOutcomeDto, { description: 'null while open' }) outcome!: WorkItemOutcomeDto | null;
}

export class WorkQueuePageDto extends PageOf(WorkItemDto) {}
