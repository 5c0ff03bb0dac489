import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal, Role } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { tenantScope } from '@athar/temporal-kit';
import { GetProcessReportQuery } from './get-process-report.handler';
import { ProcessQuery, ProcessReportDto } from './process-mining.dto';

/** Who sees where cases stall: operations platform-wide; a tenant's admin and its executive director their own tenant only. */
export const PROCESS_ROLES: readonly Role[] = ['operations', 'tenant-admin', 'executive-director'];

/** Process mining for operations and associations (docs/adr/0050): where cases stall, month by month. */
@ApiTags('operations')
@Controller('ops/process')
export class ProcessMiningController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...PROCESS_ROLES)
  @ApiOperation({
    summary:
      'Median and 90th percentile of each transition of a case (received → submitted → eligibility decided → review opened → committee decided → delivery opened → delivery ended → surveyed), per Riyadh month, by channel and service; and the slowest cases.',
  })
  @ApiOkResponse({ type: ProcessReportDto })
  @ApiForbiddenResponse({ description: 'tenant-out-of-scope: a tenant caller named another tenant' })
  @ApiUnprocessableEntityResponse({
    description: 'validation-failed: a month not YYYY-MM, toMonth before fromMonth, a channel or service the association does not have',
  })
  report(@CurrentPrincipal() principal: Principal, @Query() query: ProcessQuery): Promise<ProcessReportDto> {
    return this.queries.execute<GetProcessReportQuery, ProcessReportDto>(new GetProcessReportQuery(tenantScope(principal, query.tenant, PROCESS_ROLES), query));
  }
}
