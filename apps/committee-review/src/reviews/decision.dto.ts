import { ApiProperty } from '@nestjs/swagger';

/** Text a person reads, Arabic first and English beside it. */
export class BilingualTextDto {
  @ApiProperty({ example: 'يستوفي الشروط' }) ar!: string;
  @ApiProperty({ example: 'Meets the conditions' }) en!: string;
}

/** A reason from the tenant's list (policy committeeReview.reasons), as the applicant is told it. */
export class DecisionReasonDto {
  @ApiProperty({ example: 'meets-conditions' }) id!: string;
  @ApiProperty({ type: BilingualTextDto }) text!: BilingualTextDto;
}

/** How many voted each way in the deciding round, and whether the chair broke a tie. */
export class TallyDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) accept!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) reject!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) quorum!: number;
  @ApiProperty() tieBrokenByChair!: boolean;
}

export const COMMITTEE_ROLES = ['chair', 'member', 'secretary'] as const;
export const VOTES = ['accept', 'reject'] as const;
