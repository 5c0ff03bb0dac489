import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { ReachCorrectedDto } from '../reach.dto';
import type { ReachCorrectedV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { CorrectReachDto } from '../reach.controller';
import { CorrectReachCommand } from './correct-reach.command';

@ApiTags('reach')
@Controller('reach')
export class CorrectReachController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('corrections')
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team', 'relations-officer', 'tenant-admin')
  @ApiCreatedResponse({ type: ReachCorrectedDto })
  @ApiOperation({
    summary: 'Correct a standing reach figure: the new count replaces it, with who, why and when (404 if no figure; 409 if it changes nothing).',
  })
  correct(@CurrentPrincipal() principal: Principal, @Body() body: CorrectReachDto): Promise<ReachCorrectedV1> {
    return this.commandBus.execute(new CorrectReachCommand(principal, body));
  }
}
