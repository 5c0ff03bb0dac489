import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { StudiesDuePageDto, StudiesDueQuery } from './studies-due.dto';
import { ListStudiesDueQuery } from './studies-due.query';

/** The empowerment team's queue: needs studies still to do, nearest deadline first (Tuwaiq, partner allocation 2). */
@ApiTags('needs-studies')
@Controller('needs-studies')
export class StudiesDueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('empowerment-team', 'executive-director', 'auditor')
  @ApiOperation({
    summary: 'Needs studies still to do (pending or overdue), nearest deadline first; `due` keeps those due before an instant; keyset pages with a total.',
  })
  @ApiOkResponse({ type: StudiesDuePageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: StudiesDueQuery): Promise<StudiesDuePageDto> {
    return this.queries.execute(new ListStudiesDueQuery(principal, query));
  }
}
