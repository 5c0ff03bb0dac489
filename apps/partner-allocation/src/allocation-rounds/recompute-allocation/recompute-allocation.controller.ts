import { Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, revisionFromIfMatch, Roles } from '@athar/service-kit';
import { AllocationRoundDto, RoundApprovalDto, RoundProposalDto } from '../allocation-round.dto';
import { RecomputeAllocationCommand } from './recompute-allocation.command';

@ApiTags('allocation-rounds')
@ApiExtraModels(RoundProposalDto, RoundApprovalDto)
@Controller('allocation-rounds')
export class RecomputeAllocationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':roundId/recompute')
  @HttpCode(HttpStatus.OK)
  @Roles('empowerment-team')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The round revision you saw; 409 if it changed' })
  @ApiOperation({ summary: 'Compute the proposal again from the studied requests and the policy as they are now; 409 before the close or once approved.' })
  @ApiOkResponse({ type: AllocationRoundDto })
  async recompute(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseIdPipe) roundId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AllocationRoundDto> {
    const expected = ifMatch === undefined ? undefined : revisionFromIfMatch(ifMatch);
    const round = await this.commandBus.execute<RecomputeAllocationCommand, AllocationRoundDto>(new RecomputeAllocationCommand(principal, roundId, expected));
    res.setHeader('ETag', `"${round.revision}"`);
    return round;
  }
}
