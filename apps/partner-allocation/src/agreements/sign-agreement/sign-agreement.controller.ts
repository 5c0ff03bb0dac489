import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { PartnerAgreementDto, SignatureViewDto, TerminationViewDto } from '../agreement.dto';
import { SignAgreementCommand } from './sign-agreement.command';
import { SignAgreementDto } from './sign-agreement.dto';

@ApiTags('partner-agreements')
@ApiExtraModels(SignatureViewDto, TerminationViewDto)
@Controller('partner-agreements')
export class SignAgreementController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':agreementId/signatures')
  @HttpCode(HttpStatus.OK)
  @Roles('executive-director', 'board-member', 'partner-applicant', 'empowerment-team')
  @ApiOperation({
    summary:
      "Sign for your side, naming the signatory and their capacity: the executive director or a board member for the allocating association; the partner association from its own account (naming allocatingTenantId); the empowerment team records an outside body's signature. The second signature puts it in force with its report dates.",
  })
  @ApiOkResponse({ type: PartnerAgreementDto })
  sign(
    @CurrentPrincipal() principal: Principal,
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: SignAgreementDto,
  ): Promise<PartnerAgreementDto> {
    return this.commandBus.execute<SignAgreementCommand, PartnerAgreementDto>(new SignAgreementCommand(principal, agreementId, body));
  }
}
