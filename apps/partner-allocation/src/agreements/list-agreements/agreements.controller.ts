import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { SignatureViewDto, TerminationViewDto } from '../agreement.dto';
import { AgreementPageDto, AgreementsQuery, MyAgreementsQuery } from './list-agreements.dto';
import { ListAgreementsQuery, ListMyAgreementsQuery } from './list-agreements.query';

/** The lists of agreements: the allocating association's, and a partner tenant's own (the literal `mine` before `{id}`). */
@ApiTags('partner-agreements')
@ApiExtraModels(SignatureViewDto, TerminationViewDto)
@Controller('partner-agreements')
export class AgreementsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor')
  @ApiOperation({ summary: "Your association's partner agreements, newest first, by state, in keyset pages with a total." })
  @ApiOkResponse({ type: AgreementPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: AgreementsQuery): Promise<AgreementPageDto> {
    return this.queries.execute(new ListAgreementsQuery(principal, query));
  }

  @Get('mine')
  @Roles('partner-applicant')
  @ApiOperation({ summary: 'The agreements your association is the partner of, with any association: their terms, signatures and report dates.' })
  @ApiOkResponse({ type: AgreementPageDto })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyAgreementsQuery): Promise<AgreementPageDto> {
    return this.queries.execute(new ListMyAgreementsQuery(principal, query));
  }
}
