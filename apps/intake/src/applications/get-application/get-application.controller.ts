import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { ReadPurpose } from '@athar/contracts';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles, ParseIdPipe } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../application-state';
import { serviceChecklist } from '../requirements';
import { ApiReadPurpose, ReadPurposeParam } from '../../record-reads/read-purpose';
import { RecordReads } from '../../record-reads/record-reads';

/** One application as intake holds it now, read from its stream: status, case number, checklist. */
@ApiTags('applications')
@Controller('applications/:caseId')
export class GetApplicationController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    private readonly reads: RecordReads,
  ) {}

  @Get()
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiReadPurpose()
  @ApiOperation({ summary: 'An application with the applicant record and its checklist, read from its event stream; the read is logged with its purpose.' })
  @ApiOkResponse({
    description: 'The application as its stream tells it',
    schema: { type: 'object', required: ['caseId', 'status'], properties: { caseId: { type: 'string', format: 'uuid' }, status: { type: 'string' } } },
  })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @ReadPurposeParam() purpose: ReadPurpose,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { state, revision, erasedAt } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (state.status === 'none') {
      throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الطلب غير موجود', en: 'Application not found' } });
    }
    await this.reads.record(principal, caseId, 'application', purpose);
    if (typeof revision === 'number') res.setHeader('ETag', `"${revision}"`);
    return {
      caseId,
      caseNumber: state.draft?.caseNumber ?? state.submitted?.caseNumber ?? null,
      status: state.status,
      applicant: state.submitted?.applicant ?? state.draft?.applicant ?? null,
      personalDataErasedAt: erasedAt,
      documents: state.documents,
      servedBeforeElsewhere: state.draft?.servedBeforeElsewhere ?? state.submitted?.servedBeforeElsewhere ?? false,
      checklist:
        state.status === 'draft' && state.draft
          ? serviceChecklist(this.tenants.get(principal.tenantId), state.draft.serviceId, state.draft.applicant, state.documents)
          : [],
    };
  }
}
