import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { NeedsStudyViewDto, PartnerRequestDto } from '../partner-request.dto';
import { GetPartnerRequestQuery } from './get-partner-request.query';

@ApiTags('partner-requests')
@ApiExtraModels(NeedsStudyViewDto)
@Controller('partner-requests')
export class GetPartnerRequestController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':partnerRequestId')
  @Roles('empowerment-team', 'executive-director', 'auditor')
  @ApiOperation({ summary: "One partner request of your association with its contact and needs study; another association's answers 404." })
  @ApiOkResponse({ type: PartnerRequestDto })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('partnerRequestId', ParseIdPipe) partnerRequestId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnerRequestDto> {
    const request = await this.queries.execute(new GetPartnerRequestQuery(principal, partnerRequestId));
    res.setHeader('ETag', `"${request.revision}"`);
    return request;
  }
}
