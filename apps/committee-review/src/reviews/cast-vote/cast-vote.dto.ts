import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { DecisionReason, Tally, Vote } from '@athar/contracts';

export class CastVoteDto {
  @ApiProperty({ enum: ['accept', 'reject'] }) @IsIn(['accept', 'reject']) vote!: Vote;
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

export class DecisionDto {
  @ApiProperty({ enum: ['accepted', 'rejected'] }) outcome!: 'accepted' | 'rejected';
  @ApiProperty() tally!: Tally;
  @ApiProperty() reasons!: DecisionReason[];
  @ApiPropertyOptional({ nullable: true, type: String }) reconsiderationUntil?: string | null;
}

export class VoteReceiptDto {
  @ApiProperty() caseId!: string;
  @ApiProperty() round!: number;
  @ApiProperty({ enum: ['accept', 'reject'] }) vote!: Vote;
  @ApiPropertyOptional({ type: DecisionDto, nullable: true }) decision!: DecisionDto | null;
  @ApiProperty() revision!: number;
}
