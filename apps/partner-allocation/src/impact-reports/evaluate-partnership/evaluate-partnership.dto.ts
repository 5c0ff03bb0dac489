import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DAC_CRITERIA } from '@athar/contracts';

const NO_CONTROL = /^[^\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+$/;

export class CriterionScoreDto {
  @ApiProperty({ enum: DAC_CRITERIA, example: 'relevance' }) @IsIn(DAC_CRITERIA) criterion!: string;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    example: 3,
    description: '1 unsatisfactory, 2 partly satisfactory, 3 satisfactory, 4 highly satisfactory',
  })
  @IsInt()
  @Min(1)
  @Max(4)
  score!: number;
  @ApiProperty({ minLength: 5, maxLength: 2000, example: 'حققت الشراكة أهدافها / the partnership met its goals' })
  @IsString()
  @MinLength(5)
  @MaxLength(2000)
  comment!: string;
}

/** The partnership's evaluation on the six OECD DAC criteria (Tuwaiq, partner allocation 5; docs/adr/0040). */
export class EvaluatePartnershipDto {
  @ApiProperty({
    type: [CriterionScoreDto],
    minItems: 6,
    maxItems: 6,
    description: 'Each of relevance, coherence, effectiveness, efficiency, impact and sustainability once',
    example: ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'].map((criterion) => ({
      criterion,
      score: 3,
      comment: 'حققت الشراكة أهدافها / the partnership met its goals',
    })),
  })
  @IsArray()
  @ArrayMinSize(6)
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  criteria!: CriterionScoreDto[];
  @ApiProperty({ minLength: 3, maxLength: 120, example: 'فهد الدوسري', description: "The assessor's name (the account is the token's)" })
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  @Matches(NO_CONTROL, { message: 'assessorName has no control or invisible characters' })
  assessorName!: string;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: 10,
    required: false,
    example: ['0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'],
    description: 'Evidence (optional)',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  evidence: string[] = [];
}
