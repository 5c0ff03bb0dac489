import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { AllocationRoundPageDto, AllocationRoundsQuery } from './list-allocation-rounds.dto';
import { ListAllocationRoundsQuery } from './list-allocation-rounds.query';

@ApiTags('allocation-rounds')
@Controller('allocation-rounds')
export class AllocationRoundsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor')
  @ApiOperation({ summary: "Your association's allocation rounds, latest close first, by state and service (keyset pages)." })
  @ApiOkResponse({ type: AllocationRoundPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: AllocationRoundsQuery): Promise<AllocationRoundPageDto> {
    return this.queries.execute(new ListAllocationRoundsQuery(principal, query));
  }
}
