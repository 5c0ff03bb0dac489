import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { MyPartnerRequestPageDto, MyPartnerRequestsQuery, PartnerRequestPageDto, PartnerRequestsQuery } from './list-partner-requests.dto';
import { ListMyPartnerRequestsQuery, ListPartnerRequestsQuery } from './list-partner-requests.query';

/** The lists of partner requests: the allocating association's, and a partner tenant's own. */
@ApiTags('partner-requests')
@Controller('partner-requests')
export class PartnerRequestsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('empowerment-team', 'executive-director', 'auditor')
  @ApiOperation({ summary: "Your association's partner requests, newest first; filtered by stage, service and region, in keyset pages with a total." })
  @ApiOkResponse({ type: PartnerRequestPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PartnerRequestsQuery): Promise<PartnerRequestPageDto> {
    return this.queries.execute(new ListPartnerRequestsQuery(principal, query));
  }

  @Get('mine')
  @Roles('partner-applicant')
  @ApiOperation({ summary: "The requests your association made as a partner, to any association, with where each stands (never the study's scores)." })
  @ApiOkResponse({ type: MyPartnerRequestPageDto })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyPartnerRequestsQuery): Promise<MyPartnerRequestPageDto> {
    return this.queries.execute(new ListMyPartnerRequestsQuery(principal, query));
  }
}
