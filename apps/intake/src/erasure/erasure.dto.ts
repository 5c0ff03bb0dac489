import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ERASURE_REASONS, type BeneficiaryDataErasedV1, type ErasureReason } from '@athar/contracts';

export class ErasePersonalDataDto {
  @ApiProperty({ enum: ERASURE_REASONS })
  @IsIn(ERASURE_REASONS)
  reason!: ErasureReason;
}

export class ErasePersonDto extends ErasePersonalDataDto {
  @ApiProperty({ description: 'National ID or iqama of the person to erase in every case of this association', example: '1000000008' })
  @Matches(/^[12]\d{9}$/, { message: 'expected a 10-digit national ID or iqama' })
  nationalId!: string;

  @ApiPropertyOptional({
    description: "A mobile number of the person's, besides those in their cases: inquiries left with it are erased too",
    example: '0512345678',
  })
  @IsOptional()
  @Matches(/^(05\d{8}|\+9665\d{8})$/, { message: 'expected a Saudi mobile number, 05XXXXXXXX or +9665XXXXXXXX' })
  mobile?: string;
}

/** A case's erasure as answered: the fact recorded, and how many document files were deleted. */
export type ErasedCase = BeneficiaryDataErasedV1 & { documentsRemoved: number };
