import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { ErasedCaseDto, ErasePersonalDataDto, type ErasedCase } from '../erasure.dto';
import { EraseCaseCommand } from './erase-case.command';

/** Erasure of a beneficiary's personal data in one case (crypto-shredding, docs/adr/0013). */
@ApiTags('personal data')
@Controller()
export class EraseCaseController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('cases/:caseId/personal-data/erasure')
  @HttpCode(HttpStatus.OK)
  @Roles('tenant-admin')
  @ApiOkResponse({ type: ErasedCaseDto })
  @ApiOperation({ summary: 'Erase the beneficiary\'s personal data in this case: destroys its data key; personal fields read "[erased]" from then on.' })
  erase(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string, @Body() body: ErasePersonalDataDto): Promise<ErasedCase> {
    return this.commandBus.execute(new EraseCaseCommand(principal, caseId, body.reason));
  }
}
