import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { DomainError, VERIFICATION_METHODS, type DocumentRejectedV1, type DocumentVerifiedV1, type VerificationMethod } from '@athar/contracts';
import { decideVerification, documentsOf } from '@athar/domain-eligibility';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles, ParseIdPipe } from '@athar/service-kit';
import { documentsStream } from '../../eligibility-streams';

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

/** The reviewer of the document's role verifies or rejects it, recording method, verifier and reason (Tuwaiq 6-2). */
@ApiTags('documents')
@Controller('cases/:caseId/documents/:documentId/verification')
export class VerifyDocumentController {
  constructor(private readonly writer: EventWriter) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('services-officer', 'social-researcher')
  @ApiOperation({ summary: 'Verify or reject a document waiting in your queue (409 if it is not waiting; 403 if another role reviews it).' })
  @ApiOkResponse({ description: 'The recorded outcome', schema: { type: 'object' } })
  async decide(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Param('documentId') documentId: string,
    @Body() body: VerifyDocumentDto,
  ): Promise<DocumentVerifiedV1 | DocumentRejectedV1> {
    const stream = documentsStream(principal.tenantId, caseId);
    // Assigned by the decider, which runs before the append returns.
    let outcome!: DocumentVerifiedV1 | DocumentRejectedV1;
    await this.writer.decideAndAppend(stream, principal.tenantId, { kind: 'request', principal, channel: 'system' }, (history) => {
      if (history.length === 0) throw new DomainError('document-not-found', 'not-found', { ar: 'المستند غير موجود', en: 'Document not found' });
      outcome = decideVerification(documentsOf(history), { caseId, documentId, ...body, reviewer: principal }, new Date());
      return ['verifiedBy' in outcome ? { type: 'DocumentVerified', version: 1, data: outcome } : { type: 'DocumentRejected', version: 1, data: outcome }];
    });
    return outcome;
  }
}
