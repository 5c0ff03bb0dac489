import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../application-state';
import { serviceChecklist } from '../requirements';

/** One application as intake holds it now, read from its stream: status, case number, checklist. */
@ApiTags('applications')
@Controller('applications/:caseId')
export class GetApplicationController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  @Get()
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiOperation({ summary: 'An application with its checklist (what it still lacks), read from its event stream.' })
  async get(@CurrentPrincipal() principal: Principal, @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await loadApplication(this.writer, principal.tenantId, caseId);
    if (state.status === 'none') {
      throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الطلب غير موجود', en: 'Application not found' } });
    }
    if (typeof revision === 'number') res.setHeader('ETag', `"${revision}"`);
    return {
      caseId,
      caseNumber: state.draft?.caseNumber ?? state.submitted?.caseNumber ?? null,
      status: state.status,
      documents: state.documents,
      servedBeforeElsewhere: state.draft?.servedBeforeElsewhere ?? state.submitted?.servedBeforeElsewhere ?? false,
      checklist: state.status === 'draft' && state.draft ? serviceChecklist(this.tenants.get(principal.tenantId), state.draft.serviceId, state.draft.applicant, state.documents) : [],
    };
  }
}
