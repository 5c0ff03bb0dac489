import { ApiProperty } from '@nestjs/swagger';
import type { CriterionChange, WhatIfChange } from '@athar/domain-eligibility';
import { ApiPropertyNullable } from '@athar/service-kit';
import { BilingualTextDto } from '../policies/policy-version.dto';

const OUTCOMES = ['eligible', 'not-eligible'] as const;

/** A criterion's result under one version: met or not, and what the applicant would be told. */
export class CriterionResultDto {
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: BilingualTextDto }) reason!: BilingualTextDto;
}

/** A criterion that passes under one version and fails (or is absent) under the other. */
export class CriterionChangeDto implements CriterionChange {
  @ApiProperty() criterionId!: string;
  @ApiPropertyNullable(CriterionResultDto, { description: 'Under the version in force (null: it has no such criterion)' })
  before!: CriterionResultDto | null;
  @ApiPropertyNullable(CriterionResultDto, { description: 'Under the draft (null: it has no such criterion)' }) after!: CriterionResultDto | null;
}

/** A current case the draft would decide differently. */
export class WhatIfChangeDto implements WhatIfChange {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, nullable: true, description: "The applicant's case number" }) caseNumber!: string | null;
  @ApiProperty({ enum: OUTCOMES }) from!: (typeof OUTCOMES)[number];
  @ApiProperty({ enum: OUTCOMES }) to!: (typeof OUTCOMES)[number];
  @ApiProperty({ type: [CriterionChangeDto] }) criteria!: CriterionChangeDto[];
}

/** The comparison of a draft version with the version in force, over the tenant's current cases. */
export class WhatIfAnswerDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) inForceVersion!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) draftVersion!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Cases judged under both versions (at most limit, by case id)' }) compared!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Current (assessed) cases of the tenant' }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) limit!: number;
  @ApiProperty({ description: 'True when the comparison was cut at the limit: cases past it were not judged' }) truncated!: boolean;
  @ApiProperty({ type: [WhatIfChangeDto] }) changes!: WhatIfChangeDto[];
}
