import { ApiProperty } from '@nestjs/swagger';
import type { CommitteeRole, Vote } from '@athar/contracts';
import { COMMITTEE_ROLES, DecisionReasonDto, VOTES } from '../decision.dto';

/** One vote of the current round (the member's own note stays on the record, not in this view). */
export class ReviewVoteDto {
  @ApiProperty({ description: "The member's user id" }) memberId!: string;
  @ApiProperty({ enum: COMMITTEE_ROLES }) role!: CommitteeRole;
  @ApiProperty({ enum: VOTES }) vote!: Vote;
  @ApiProperty({ type: DecisionReasonDto }) reason!: DecisionReasonDto;
  @ApiProperty({ format: 'date-time' }) castAt!: string;
}

/** The tenant's reasons a member chooses from when voting each way (policy committeeReview.reasons). */
export class ReasonChoicesDto {
  @ApiProperty({ type: [DecisionReasonDto] }) accept!: DecisionReasonDto[];
  @ApiProperty({ type: [DecisionReasonDto] }) reject!: DecisionReasonDto[];
}

export const REVIEW_STATUSES = ['none', 'open', 'accepted', 'rejected'] as const;

/** A case's review as its stream says; `revision` is the ETag to send back as If-Match when voting. */
export class ReviewDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: (typeof REVIEW_STATUSES)[number];
  @ApiProperty({ type: 'integer', minimum: 0, description: '1 for the first review, 2 and up for reconsiderations' }) round!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "The current round's deadline" }) deadline!: string | null;
  @ApiProperty({ description: "The current round's deadline passed with no decision by then" }) breached!: boolean;
  @ApiProperty({ description: 'Escalated to the executive director' }) escalated!: boolean;
  @ApiProperty({ type: [ReviewVoteDto], description: "The current round's votes" }) votes!: ReviewVoteDto[];
  @ApiProperty({ type: [String], description: 'Members who declared a conflict of interest (all rounds)' }) recused!: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Until when the applicant may ask for reconsideration' })
  reconsiderationUntil!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({
    type: ReasonChoicesDto,
    description: "The tenant's reasons a vote may give, each way (what POST /reviews/{caseId}/votes accepts as reasonId)",
  })
  reasonChoices!: ReasonChoicesDto;
}
