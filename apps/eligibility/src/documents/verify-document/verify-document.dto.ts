import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { VERIFICATION_METHODS, type VerificationMethod } from '@athar/contracts';

export class VerifyDocumentDto {
  @ApiProperty({ enum: ['verified', 'rejected'] }) @IsIn(['verified', 'rejected']) decision!: 'verified' | 'rejected';
  @ApiProperty({ enum: VERIFICATION_METHODS }) @IsIn(VERIFICATION_METHODS) method!: VerificationMethod;
  @ApiPropertyOptional({ description: 'Required when rejecting: the applicant is told it', example: 'الشهادة منتهية' })
  @ValidateIf((o: VerifyDocumentDto) => o.decision === 'rejected')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ApiPropertyOptional({ description: "The document's own expiry (ISO 8601); a re-verification task is raised before it", example: '2030-01-31T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string;
}
