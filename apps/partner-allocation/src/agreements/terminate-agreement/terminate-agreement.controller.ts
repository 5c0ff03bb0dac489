import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, revisionFromIfMatch, Roles } from '@athar/service-kit';
import { PartnerAgreementDto, SignatureViewDto, TerminationViewDto } from '../agreement.dto';
import { TerminateAgreementCommand } from './terminate-agreement.command';
import { TerminateAgreementDto } from './terminate-agreement.dto';

@ApiTags('partner-agreements')
@ApiExtraModels(SignatureViewDto, TerminationViewDto)
@Controller('partner-agreements')
export class TerminateAgreementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':agreementId/termination')
  @HttpCode(HttpStatus.OK)
  @Roles('executive-director', 'board-member')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The agreement revision you saw (its ETag); 409 if it changed' })
  @ApiOperation({ summary: 'End the agreement early with a reason code and a bilingual explanation; 409 once ended or terminated.' })
  @ApiOkResponse({ type: PartnerAgreementDto })
  async terminate(
    @CurrentPrincipal() principal: Principal,
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: TerminateAgreementDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerAgreementDto> {
    const expectedRevision = ifMatch === undefined ? undefined : revisionFromIfMatch(ifMatch);
    const agreement = await this.commandBus.execute<TerminateAgreementCommand, PartnerAgreementDto>(
      new TerminateAgreementCommand(principal, agreementId, body, expectedRevision),
    );
    res.setHeader('ETag', `"${agreement.revision}"`);
    return agreement;
  }
}
