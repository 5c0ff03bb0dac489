import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { READ_PURPOSES, type BeneficiaryRecordReadV1, type ReadPurpose } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { CaseFileQuery, type CaseFile } from '../documents/case-file';
import { RecordReadsQuery } from './record-reads';

/** One read of a beneficiary's record (Tuwaiq 5-4, 6-5). */
export class RecordReadDto implements BeneficiaryRecordReadV1 {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ description: 'The user who read it' }) readBy!: string;
  @ApiProperty({ example: 'caseworker', description: 'The role they read it in' }) role!: string;
  @ApiProperty({ enum: READ_PURPOSES }) purpose!: ReadPurpose;
  @ApiProperty({ enum: ['application', 'document', 'case-status'] }) resource!: 'application' | 'document' | 'case-status';
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The document read, when resource = document (its document id, as GET /applications/{caseId}/documents lists it)',
  })
  documentId!: string | null;
  @ApiProperty({ format: 'date-time' }) readAt!: string;
}

export class RecordReadsDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: [RecordReadDto] }) items!: RecordReadDto[];
}

/** Who read a beneficiary's record, when and why: for auditors (Tuwaiq 5-4, 6-5). */
@ApiTags('audit')
@Controller('cases/:caseId/record-reads')
export class RecordReadsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('auditor', 'tenant-admin')
  @ApiOkResponse({ type: RecordReadsDto })
  @ApiOperation({ summary: "Every read of the case's beneficiary record: who, in which role, when, for what purpose, what was read." })
  async list(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string): Promise<RecordReadsDto> {
    const items = await this.queryBus.execute<RecordReadsQuery, BeneficiaryRecordReadV1[]>(new RecordReadsQuery(principal.tenantId, caseId));
    if (
      items.length === 0 &&
      (await this.queryBus.execute<CaseFileQuery, CaseFile>(new CaseFileQuery(principal.tenantId, caseId))).application.status === 'none'
    ) {
      throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
    }
    return { caseId, items };
  }
}
