import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { AllocationRoundDto, RoundApprovalDto, RoundProposalDto, MyRoundAllocationDto } from '../allocation-round.dto';
import { GetAllocationRoundQuery, GetMyRoundAllocationQuery } from './get-allocation-round.query';

export class MyRoundQuery {
  @ApiProperty({ example: 'tuwaiq', description: 'The association that runs the round' }) @Matches(/^[a-z][a-z0-9-]{1,62}$/) allocatingTenantId!: string;
}

@ApiTags('allocation-rounds')
@ApiExtraModels(RoundProposalDto, RoundApprovalDto)
@Controller('allocation-rounds')
export class GetAllocationRoundController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':roundId/my-allocation')
  @Roles('partner-applicant')
  @ApiOperation({
    summary:
      "A partner tenant's own request in a round of another association: its share and reasons once approved; never another partner's. 404 when it has none.",
  })
  @ApiOkResponse({ type: MyRoundAllocationDto })
  async mine(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseIdPipe) roundId: string,
    @Query() query: MyRoundQuery,
  ): Promise<MyRoundAllocationDto> {
    return this.queries.execute(new GetMyRoundAllocationQuery(principal, query.allocatingTenantId, roundId));
  }

  @Get(':roundId')
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor')
  @ApiOperation({ summary: "One round of your association with its ranking and each request's explanation; another association's answers 404." })
  @ApiOkResponse({ type: AllocationRoundDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseIdPipe) roundId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AllocationRoundDto> {
    const round = await this.queries.execute<GetAllocationRoundQuery, AllocationRoundDto>(new GetAllocationRoundQuery(principal, roundId));
    res.setHeader('ETag', `"${round.revision}"`);
    return round;
  }
}
