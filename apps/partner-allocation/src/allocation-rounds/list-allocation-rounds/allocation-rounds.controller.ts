import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { AllocationRoundPageDto, AllocationRoundsQuery } from './list-allocation-rounds.dto';
import { ListAllocationRoundsQuery } from './list-allocation-rounds.query';
import { MyAllocationRoundPageDto, MyAllocationRoundsQuery } from '../list-my-allocation-rounds/list-my-allocation-rounds.dto';
import { ListMyAllocationRoundsQuery } from '../list-my-allocation-rounds/list-my-allocation-rounds.query';

@ApiTags('allocation-rounds')
@Controller('allocation-rounds')
export class AllocationRoundsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('mine')
  @Roles('partner-applicant')
  @ApiOperation({
    summary:
      "The rounds, at any association, holding a request of your partner association (latest close first, keyset pages): your own request's share, rank and reasons once approved; never another partner's name or scores.",
  })
  @ApiOkResponse({ type: MyAllocationRoundPageDto })
  async mine(@CurrentPrincipal() principal: Principal, @Query() query: MyAllocationRoundsQuery): Promise<MyAllocationRoundPageDto> {
    return this.queries.execute(new ListMyAllocationRoundsQuery(principal, query));
  }

  @Get()
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor')
  @ApiOperation({ summary: "Your association's allocation rounds, latest close first, by state and service (keyset pages)." })
  @ApiOkResponse({ type: AllocationRoundPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: AllocationRoundsQuery): Promise<AllocationRoundPageDto> {
    return this.queries.execute(new ListAllocationRoundsQuery(principal, query));
  }
}
