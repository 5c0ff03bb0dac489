import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AllocationWeights } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { AllocationWhatIfAnswerDto, AllocationWhatIfDto } from './allocation-what-if.dto';
import { AllocationWhatIfQuery } from './allocation-what-if.query';

@ApiTags('allocation-rounds')
@Controller('allocation-rounds')
export class AllocationWhatIfController {
  constructor(private readonly queries: QueryBus) {}

  @Post(':roundId/what-if')
  @HttpCode(HttpStatus.OK)
  @Roles('empowerment-team', 'executive-director', 'board-member')
  @ApiOperation({ summary: "The round's proposal input computed with other weights, beside the current result; records nothing (409 before the close)." })
  @ApiOkResponse({ type: AllocationWhatIfAnswerDto })
  async whatIf(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseIdPipe) roundId: string,
    @Body() body: AllocationWhatIfDto,
  ): Promise<AllocationWhatIfAnswerDto> {
    return this.queries.execute(new AllocationWhatIfQuery(principal, roundId, { ...body.otherWeights } as AllocationWeights));
  }
}
