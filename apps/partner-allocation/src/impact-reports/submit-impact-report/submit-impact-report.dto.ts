import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const NO_CONTROL = /^[^\u0000-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+$/;

export class BeneficiariesInputDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000000, example: 40, description: 'Direct beneficiaries reached (intake’s beneficiaryType "direct")' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  direct!: number;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: 10000000,
    example: 120,
    description: 'Indirect beneficiaries reached (intake’s beneficiaryType "indirect")',
  })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  indirect!: number;
}

/** One period's impact report (Tuwaiq, partner allocation 5; docs/adr/0040). */
export class SubmitImpactReportDto {
  @ApiProperty({ format: 'date', example: '2027-04-15', description: 'The due date the report answers: one of the agreement’s reportsDue' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'period is a date like 2027-04-15' })
  period!: string;
  @ApiProperty({ type: BeneficiariesInputDto })
  @ValidateNested()
  @Type(() => BeneficiariesInputDto)
  beneficiaries!: BeneficiariesInputDto;
  @ApiProperty({ type: [String], minItems: 1, maxItems: 30, example: ['ورشة تدريبية لأربعين متدربًا / a training workshop for forty trainees'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(3, { each: true })
  @MaxLength(500, { each: true })
  @Matches(NO_CONTROL, { each: true, message: 'activities have no control or invisible characters' })
  activities!: string[];
  @ApiProperty({
    minimum: 0,
    maximum: 1000000000,
    example: 25000.5,
    description: 'Spending in the period, SAR (two decimals at most); above the money allocated it is accepted and flagged',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000_000)
  spentSar!: number;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: 10,
    description: 'Evidence: document ids in the document store (as the needs study’s)',
    example: ['0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'],
  })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  evidence!: string[];
  @ApiPropertyOptional({
    example: 'tuwaiq',
    description: "From a partner association's account: the association whose agreement it reports on (required there; docs/adr/0038)",
  })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/)
  allocatingTenantId?: string;
}
