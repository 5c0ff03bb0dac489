import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import type { ReadPurpose } from '@athar/contracts';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { ApiReadPurpose, ReadPurposeParam } from '../../record-reads/read-purpose';
import { RecordReads } from '../../record-reads/record-reads';
import { ApplicantRecordDto, ApplicationViewDto } from './get-application.dto';
import { GetApplicationQuery, type ApplicationView } from './get-application.query';

/** One application as intake holds it now (GetApplicationQuery, from its stream): status, case number, checklist. */
@ApiTags('applications')
@ApiExtraModels(ApplicantRecordDto)
@Controller('applications/:caseId')
export class GetApplicationController {
  constructor(
    private readonly queries: QueryBus,
    private readonly reads: RecordReads,
  ) {}

  @Get()
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiReadPurpose()
  @ApiOperation({ summary: 'An application with the applicant record and its checklist, read from its event stream; the read is logged with its purpose.' })
  @ApiOkResponse({ description: 'The application as its stream tells it', type: ApplicationViewDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @ReadPurposeParam() purpose: ReadPurpose,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ApplicationView> {
    const found = await this.queries.execute(new GetApplicationQuery(principal, caseId));
    if (!found) throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الطلب غير موجود', en: 'Application not found' } });
    await this.reads.record(principal, caseId, 'application', purpose);
    if (typeof found.revision === 'number') res.setHeader('ETag', `"${found.revision}"`);
    return found.application;
  }
}
