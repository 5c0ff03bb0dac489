import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, revisionFromIfMatch, Roles } from '@athar/service-kit';
import { PartnerAgreementDto, SignatureViewDto, TerminationViewDto } from '../agreement.dto';
import { SendAgreementCommand } from './send-agreement.command';
import { SendAgreementDto } from './send-agreement.dto';

@ApiTags('partner-agreements')
@ApiExtraModels(SignatureViewDto, TerminationViewDto)
@Controller('partner-agreements')
export class SendAgreementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':agreementId/sending')
  @HttpCode(HttpStatus.OK)
  @Roles('empowerment-team')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The agreement revision you saw (its ETag); 409 if it changed' })
  @ApiOperation({ summary: 'Send the draft to both signatories; the partner is told; it lapses if both have not signed by the deadline. 409 unless a draft.' })
  @ApiOkResponse({ type: PartnerAgreementDto })
  async send(
    @CurrentPrincipal() principal: Principal,
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: SendAgreementDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerAgreementDto> {
    const expectedRevision = ifMatch === undefined ? undefined : revisionFromIfMatch(ifMatch);
    const agreement = await this.commandBus.execute<SendAgreementCommand, PartnerAgreementDto>(
      new SendAgreementCommand(principal, agreementId, body, expectedRevision),
    );
    res.setHeader('ETag', `"${agreement.revision}"`);
    return agreement;
  }
}
