import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { VERIFICATION_METHODS, type DocumentRejectedV1, type DocumentReviewerRole, type DocumentVerifiedV1, type VerificationMethod } from '@athar/contracts';

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

const REVIEWER_ROLES = ['services-officer', 'social-researcher'] as const;

/** The document verified (DocumentVerified, as recorded). */
export class DocumentVerifiedDto implements DocumentVerifiedV1 {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() documentId!: string;
  @ApiProperty({ example: 'national-id' }) documentType!: string;
  @ApiProperty({ enum: VERIFICATION_METHODS }) method!: VerificationMethod;
  @ApiProperty({ description: "The reviewer's user id" }) verifiedBy!: string;
  @ApiProperty({ enum: REVIEWER_ROLES }) role!: DocumentReviewerRole;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "The document's own expiry" }) validUntil!: string | null;
  @ApiProperty({ format: 'date-time' }) verifiedAt!: string;
}

/** The document rejected (DocumentRejected, as recorded): the applicant is told the reason. */
export class DocumentRejectedDto implements DocumentRejectedV1 {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() documentId!: string;
  @ApiProperty({ example: 'national-id' }) documentType!: string;
  @ApiProperty({ enum: VERIFICATION_METHODS }) method!: VerificationMethod;
  @ApiProperty({ description: "The reviewer's user id" }) rejectedBy!: string;
  @ApiProperty({ enum: REVIEWER_ROLES }) role!: DocumentReviewerRole;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) rejectedAt!: string;
}
