import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { RoundReceiptDto } from '../allocation-round.dto';
import { ScheduleAllocationRoundCommand } from './schedule-allocation-round.command';
import { ScheduleAllocationRoundDto } from './schedule-allocation-round.dto';

@ApiTags('allocation-rounds')
@Controller('allocation-rounds')
export class ScheduleAllocationRoundController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team')
  @ApiOperation({
    summary:
      'Set up an allocation round of a service: capacity in whole units, opening and closing instants. It opens and closes by itself; at the close the allocation is computed as a proposal.',
  })
  @ApiCreatedResponse({ type: RoundReceiptDto })
  async schedule(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ScheduleAllocationRoundDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RoundReceiptDto> {
    const receipt = await this.commandBus.execute<ScheduleAllocationRoundCommand, RoundReceiptDto>(new ScheduleAllocationRoundCommand(principal, body));
    res.setHeader('ETag', `"${receipt.revision}"`);
    res.setHeader('Location', `/allocation-rounds/${receipt.roundId}`);
    return receipt;
  }
}
