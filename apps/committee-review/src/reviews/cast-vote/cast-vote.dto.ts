import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { DecisionReason, Tally, Vote } from '@athar/contracts';
import { ApiPropertyNullable } from '@athar/service-kit';
import { DecisionReasonDto, TallyDto, VOTES } from '../decision.dto';

export class CastVoteDto {
  @ApiProperty({ enum: VOTES }) @IsIn(VOTES) vote!: Vote;
  @ApiProperty({ description: "One of the tenant's reasons for this vote (policy committeeReview.reasons)", example: 'meets-conditions' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  reasonId!: string;
  @ApiPropertyOptional({ description: "The member's own words for the file; not sent to the applicant" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string;
}

/** The decision this vote reached. */
export class DecisionDto {
  @ApiProperty({ enum: ['accepted', 'rejected'] }) outcome!: 'accepted' | 'rejected';
  @ApiProperty({ type: TallyDto }) tally!: Tally;
  @ApiProperty({ type: [DecisionReasonDto], description: 'The reasons of the votes on the winning side, each once' }) reasons!: DecisionReason[];
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Until when the applicant may ask for reconsideration (null on acceptance, or when the tenant offers none after this round)',
  })
  reconsiderationUntil!: string | null;
}

/** The vote as recorded, and the decision when this vote reached it. */
export class VoteReceiptDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) round!: number;
  @ApiProperty({ enum: VOTES }) vote!: Vote;
  @ApiPropertyNullable(DecisionDto, { description: 'null until a vote decides the round' }) decision!: DecisionDto | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: "The review's revision after the vote (also the ETag)" }) revision!: number;
}
