import { Body, Controller, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { PartnerAgreementDto, SignatureViewDto, TerminationViewDto } from '../agreement.dto';
import { DraftAgreementCommand } from './draft-agreement.command';
import { DraftAgreementDto } from './draft-agreement.dto';

@ApiTags('partner-agreements')
@ApiExtraModels(SignatureViewDto, TerminationViewDto)
@Controller('partner-agreements')
export class DraftAgreementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team')
  @ApiOperation({
    summary:
      "Draft the agreement for a studied partner request from your association's template (responsibilities, reporting, term); one per request and round, 409 the second time.",
  })
  @ApiCreatedResponse({ type: PartnerAgreementDto })
  async draft(
    @CurrentPrincipal() principal: Principal,
    @Body() body: DraftAgreementDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerAgreementDto> {
    const agreement = await this.commandBus.execute<DraftAgreementCommand, PartnerAgreementDto>(new DraftAgreementCommand(principal, body));
    res.setHeader('ETag', `"${agreement.revision}"`);
    return agreement;
  }
}
