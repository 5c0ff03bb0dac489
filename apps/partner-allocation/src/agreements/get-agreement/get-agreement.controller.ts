import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { PartnerAgreementDto, SignatureViewDto, TerminationViewDto } from '../agreement.dto';
import { GetAgreementQuery } from './get-agreement.query';

@ApiTags('partner-agreements')
@ApiExtraModels(SignatureViewDto, TerminationViewDto)
@Controller('partner-agreements')
export class GetAgreementController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':agreementId')
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor')
  @ApiOperation({ summary: "One agreement of your association, from its stream (read your own writes); another association's answers 404." })
  @ApiOkResponse({ type: PartnerAgreementDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerAgreementDto> {
    const agreement = await this.queries.execute(new GetAgreementQuery(principal, agreementId));
    res.setHeader('ETag', `"${agreement.revision}"`);
    return agreement;
  }
}
