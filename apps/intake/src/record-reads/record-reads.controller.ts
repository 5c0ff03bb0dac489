import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import type { BeneficiaryRecordReadV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { CaseFileQuery, type CaseFile } from '../documents/case-file';
import { RecordReadsQuery } from './record-reads';

/** Who read a beneficiary's record, when and why: for auditors (Tuwaiq 5-4, 6-5). */
@ApiTags('audit')
@Controller('cases/:caseId/record-reads')
export class RecordReadsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('auditor', 'tenant-admin')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['caseId', 'items'],
      properties: { caseId: { type: 'string', format: 'uuid' }, items: { type: 'array', items: { type: 'object' } } },
    },
  })
  @ApiOperation({ summary: "Every read of the case's beneficiary record: who, in which role, when, for what purpose, what was read." })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
  ): Promise<{ caseId: string; items: BeneficiaryRecordReadV1[] }> {
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
