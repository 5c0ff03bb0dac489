import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { ImpactReportDto, ImpactReportPageDto, SubmissionViewDto } from '../impact-report.dto';
import { ImpactReportsQuery, MyImpactReportsQuery } from './list-impact-reports.dto';
import { GetImpactReportQuery, ListImpactReportsQuery, ListMyImpactReportsQuery } from './list-impact-reports.query';

/** The report queue, a partner's own periods (the literal `mine` before `{id}`), and one period. */
@ApiTags('impact-reports')
@ApiExtraModels(SubmissionViewDto)
@Controller('impact-reports')
export class ImpactReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor')
  @ApiOperation({
    summary:
      "Your association's report periods, the earliest due first, by status (due, overdue, submitted, not-owed), agreement and partner, in keyset pages with a total.",
  })
  @ApiOkResponse({ type: ImpactReportPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ImpactReportsQuery): Promise<ImpactReportPageDto> {
    return this.queries.execute(new ListImpactReportsQuery(principal, query));
  }

  @Get('mine')
  @Roles('partner-applicant')
  @ApiOperation({ summary: 'The report periods your association owes as a partner, with any association: due dates, status and what you submitted.' })
  @ApiOkResponse({ type: ImpactReportPageDto })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyImpactReportsQuery): Promise<ImpactReportPageDto> {
    return this.queries.execute(new ListMyImpactReportsQuery(principal, query));
  }

  @Get(':reportId')
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor', 'partner-applicant')
  @ApiOperation({
    summary: "One report period: your association's, or (partner-applicant) one of an agreement your association is the partner of; otherwise 404.",
  })
  @ApiOkResponse({ type: ImpactReportDto })
  get(@CurrentPrincipal() principal: Principal, @Param('reportId', ParseIdPipe) reportId: string): Promise<ImpactReportDto> {
    return this.queries.execute(new GetImpactReportQuery(principal, reportId));
  }
}
