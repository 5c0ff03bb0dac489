import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, revisionFromIfMatch, Roles } from '@athar/service-kit';
import { AllocationRoundDto, RoundApprovalDto, RoundProposalDto } from '../allocation-round.dto';
import { ApproveAllocationRoundCommand } from './approve-allocation-round.command';
import { ApproveAllocationRoundDto } from './approve-allocation-round.dto';

@ApiTags('allocation-rounds')
@ApiExtraModels(RoundProposalDto, RoundApprovalDto)
@Controller('allocation-rounds')
export class ApproveAllocationRoundController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':roundId/approval')
  @HttpCode(HttpStatus.CREATED)
  @Roles('executive-director', 'board-member')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The round revision you saw (the proposal you approve); 409 if it changed' })
  @ApiOperation({
    summary: "Approve the round's proposal with the session and its Gregorian and Hijri dates; the result is then final (409 without a proposal or twice).",
  })
  @ApiCreatedResponse({ type: AllocationRoundDto })
  async approve(
    @CurrentPrincipal() principal: Principal,
    @Param('roundId', ParseIdPipe) roundId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ApproveAllocationRoundDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AllocationRoundDto> {
    const expected = ifMatch === undefined ? undefined : revisionFromIfMatch(ifMatch);
    const round = await this.commandBus.execute<ApproveAllocationRoundCommand, AllocationRoundDto>(
      new ApproveAllocationRoundCommand(principal, roundId, body, expected),
    );
    res.setHeader('ETag', `"${round.revision}"`);
    return round;
  }
}
