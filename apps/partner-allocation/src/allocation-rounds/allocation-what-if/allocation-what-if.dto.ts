import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { AllocationWeightsDto, RankedRequestDto } from '../allocation-round.dto';

const weight = () => (target: object, key: string) => {
  ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 })(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(1000)(target, key);
};

export class OtherWeightsDto {
  @weight() greatestImpact!: number;
  @weight() higherNeedRegion!: number;
  @weight() notServedBefore!: number;
  @weight() scopeOfWork!: number;
  @weight() targetedBeneficiaries!: number;
  @weight() infrastructureReadiness!: number;
  @weight() fitWithGoalsAndPlans!: number;
}

/** Other weights to try on the round's recorded input; nothing is recorded. */
export class AllocationWhatIfDto {
  @ApiProperty({ type: OtherWeightsDto, description: 'Every factor, whole numbers 0-1000, at least one above 0' })
  @IsDefined()
  @ValidateNested()
  @Type(() => OtherWeightsDto)
  otherWeights!: OtherWeightsDto;
}

export class WhatIfSideDto {
  @ApiProperty({ type: AllocationWeightsDto }) weights!: AllocationWeightsDto;
  @ApiProperty({ type: [RankedRequestDto] }) ranking!: RankedRequestDto[];
}

class ChangeDto {
  @ApiProperty({ type: 'integer' }) current!: number;
  @ApiProperty({ type: 'integer' }) alternative!: number;
  @ApiProperty({ type: 'integer' }) change!: number;
}
class ScoreChangeDto {
  @ApiProperty({ type: 'integer' }) current!: number;
  @ApiProperty({ type: 'integer' }) alternative!: number;
}

export class WhatIfDifferenceDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ type: ScoreChangeDto }) totalScore!: ScoreChangeDto;
  @ApiProperty({ type: ChangeDto }) rank!: ChangeDto;
  @ApiProperty({ type: ChangeDto }) share!: ChangeDto;
}

export class AllocationWhatIfAnswerDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ type: WhatIfSideDto, description: "The recorded proposal's input with the policy's weights" }) current!: WhatIfSideDto;
  @ApiProperty({ type: WhatIfSideDto, description: 'The same input with the other weights' }) alternative!: WhatIfSideDto;
  @ApiProperty({ type: [WhatIfDifferenceDto], description: 'Only the requests whose score, rank or share differ' }) differences!: WhatIfDifferenceDto[];
}
