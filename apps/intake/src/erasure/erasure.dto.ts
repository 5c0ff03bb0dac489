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

/** One case's erasure (docs/adr/0013): its data key destroyed, and how many document files were deleted. */
export class ErasedCaseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ERASURE_REASONS }) reason!: ErasureReason;
  @ApiProperty({ description: 'The user who erased it' }) erasedBy!: string;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) documentsRemoved!: number;
}

/** Personal data held outside a case (a referral's shared data, an inquiry's contact) erased with its own key (docs/adr/0013, amended). */
export class ErasedSubjectDto {
  @ApiProperty({ example: 'referral:6f0c…', description: 'The data key destroyed: `inquiry:<id>` or `referral:<id>`' }) keyId!: string;
  @ApiProperty({ enum: ERASURE_REASONS }) reason!: ErasureReason;
  @ApiProperty({ description: 'The user who erased it, or `association:<tenant>` when the referring association erased it' }) erasedBy!: string;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'A referral made here: the association on the platform that received it, to erase its copy too' })
  forwardTo!: string | null;
}

/** A person erased in this association: every case, referral and inquiry of theirs. */
export class ErasedPersonDto {
  @ApiProperty({ type: [ErasedCaseDto] }) cases!: ErasedCaseDto[];
  @ApiProperty({ type: [ErasedSubjectDto] }) referrals!: ErasedSubjectDto[];
  @ApiProperty({ type: [ErasedSubjectDto] }) inquiries!: ErasedSubjectDto[];
}
