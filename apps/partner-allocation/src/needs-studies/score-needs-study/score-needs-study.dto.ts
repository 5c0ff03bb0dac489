import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class FactorScoreDto {
  @ApiProperty({ example: 'scope-of-work', description: "A factor of the association's needs study (policy needsStudy.factors)" })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  factorId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: "0 to the factor's maxScore (5 in Tuwaiq's policy)" })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Evidence: document ids in the document store',
    maxItems: 10,
    example: ['0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'],
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  evidence!: string[];
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(2000) note?: string;
}

/** The needs study: each of the policy's factors scored once, with evidence (Tuwaiq, partner allocation 2). */
export class ScoreNeedsStudyDto {
  @ApiProperty({ type: [FactorScoreDto], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FactorScoreDto)
  scores!: FactorScoreDto[];
}
