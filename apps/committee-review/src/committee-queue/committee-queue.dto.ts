import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { VERIFICATION_METHODS } from '@athar/contracts';
import { ApiPropertyNullable, DueWindowQuery, PageOf } from '@athar/service-kit';
import { BilingualTextDto, COMMITTEE_ROLES, VOTES } from '../reviews/decision.dto';

export const OPEN_STAGES = ['under-review', 'at-risk', 'deadline-breached'] as const;
/** The cases whose deadline is near or past: what operations watches (docs/adr/0029). */
export const WATCHED_STAGES = ['at-risk', 'deadline-breached'] as const;
const SLUG = /^[a-z][a-z0-9-]{1,62}$/;
const OUTCOMES = ['eligible', 'not-eligible'] as const;

export class CommitteeFiltersQuery extends DueWindowQuery({ default: 50, max: 200 }) {
  @ApiPropertyOptional({ example: 'member-service', description: 'Only cases of this service' }) @IsOptional() @Matches(SLUG) serviceId?: string;
  @ApiPropertyOptional({ example: 'research-committee' }) @IsOptional() @Matches(SLUG) committeeId?: string;
}

export class CommitteeQueueQuery extends CommitteeFiltersQuery {
  @ApiPropertyOptional({
    enum: OPEN_STAGES,
    description: 'Only cases at this stage (default: every undecided case); at-risk and deadline-breached are the cases near or past their deadline',
  })
  @IsOptional()
  @IsIn(OPEN_STAGES)
  stage?: (typeof OPEN_STAGES)[number];
}

export class DeadlineWatchQuery extends CommitteeFiltersQuery {
  @ApiPropertyOptional({ enum: WATCHED_STAGES, description: 'Only at-risk or only breached cases (default: both)' })
  @IsOptional()
  @IsIn(WATCHED_STAGES)
  stage?: (typeof WATCHED_STAGES)[number];
}

/** A vote as the queue shows it: who, in which role, which way, with which of the tenant's reasons. */
export class QueueVoteDto {
  @ApiProperty() memberId!: string;
  @ApiProperty({ enum: COMMITTEE_ROLES }) role!: string;
  @ApiProperty({ enum: VOTES }) vote!: string;
  @ApiProperty({ example: 'meets-conditions' }) reasonId!: string;
}

/** One criterion of the assessment: met or not, and what the applicant is told (Tuwaiq 6-3). */
export class QueueCriterionDto {
  @ApiProperty() criterionId!: string;
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: BilingualTextDto }) reason!: BilingualTextDto;
}

/** A researcher replaced the assessment's decision: who, why, when. */
export class QueueOverrideDto {
  @ApiProperty({ enum: OUTCOMES }) from!: string;
  @ApiProperty({ enum: OUTCOMES }) to!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: "The researcher's user id" }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** The latest periodic review of the beneficiary (Tuwaiq 6-4). */
export class QueueEligibilityReviewDto {
  @ApiProperty({ enum: ['reconfirmed', 'lapsed'] }) result!: string;
  @ApiProperty({ description: "The review round (the schedule's run)" }) round!: string;
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
  @ApiProperty({ type: [BilingualTextDto], description: 'Why it lapsed (empty when reconfirmed)' }) reasons!: BilingualTextDto[];
}

/**
 * Why the case is (or is not) eligible, as it stands. Each part is null until its event has been
 * applied: the assessment's facts, the standing decision, the override, the periodic review.
 */
export class QueueEligibilityDto {
  @ApiProperty({ enum: OUTCOMES, nullable: true, type: String, description: 'The standing decision (the override when there is one)' })
  outcome!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'assessed-eligible',
    description: "As in eligibility's case view: assessed-…, overridden-…, reconfirmed, lapsed",
  })
  stage!: string | null;
  @ApiProperty({ enum: OUTCOMES, nullable: true, type: String, description: "The assessment's own decision" }) assessedOutcome!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) policyVersion!: number | null;
  @ApiProperty({ type: [QueueCriterionDto] }) criteria!: QueueCriterionDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) assessedAt!: string | null;
  @ApiPropertyNullable(QueueOverrideDto) override!: QueueOverrideDto | null;
  @ApiPropertyNullable(QueueEligibilityReviewDto) review!: QueueEligibilityReviewDto | null;
}

/** A document verified as it stands (Tuwaiq 6-2): one rejected after its verification is not listed. */
export class QueueDocumentDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ example: 'national-id' }) documentType!: string;
  @ApiProperty({ enum: VERIFICATION_METHODS }) method!: string;
  @ApiProperty({ format: 'date-time' }) verifiedAt!: string;
}

/** An undecided case as the committee sees it. */
export class CommitteeQueueItemDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ nullable: true, type: String }) serviceId!: string | null;
  @ApiProperty({ nullable: true, type: String }) committeeId!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) round!: number | null;
  @ApiProperty({ enum: OPEN_STAGES }) stage!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'The reminder points reached, in percent of the window' }) remindersSent!: number[];
  @ApiProperty({ description: 'Escalated to the executive director' }) escalated!: boolean;
  @ApiProperty({ type: [QueueVoteDto] }) votes!: QueueVoteDto[];
  @ApiProperty({ type: [String], description: 'Members who declared a conflict of interest' }) recused!: string[];
  @ApiProperty({ description: 'Enough members are left, after recusals, to reach the quorum' }) quorumAttainable!: boolean;
  @ApiPropertyNullable(QueueEligibilityDto) eligibility!: QueueEligibilityDto | null;
  @ApiProperty({ type: [QueueDocumentDto] }) verifiedDocuments!: QueueDocumentDto[];
}
export class CommitteeQueuePageDto extends PageOf(CommitteeQueueItemDto) {}

/**
 * A case near or past its deadline with no personal data: no name, ID, mobile, case number (the
 * reference the applicant is given and quotes, so it is theirs: docs/adr/0029), vote or member.
 */
export class WatchedCaseDto {
  @ApiProperty({ format: 'uuid', description: "The case's internal id (not the applicant's case number)" }) caseId!: string;
  @ApiProperty({ nullable: true, type: String }) serviceId!: string | null;
  @ApiProperty({ nullable: true, type: String }) committeeId!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) round!: number | null;
  @ApiProperty({ enum: WATCHED_STAGES }) stage!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ description: 'The deadline passed with no decision' }) breached!: boolean;
  @ApiProperty({ description: 'Escalated to the executive director' }) escalated!: boolean;
}
export class DeadlineWatchPageDto extends PageOf(WatchedCaseDto) {}
