import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { PartnerRequestReceiptDto } from '../partner-request.dto';
import { SubmitPartnerRequestCommand } from './submit-partner-request.command';
import { SubmitPartnerRequestDto } from './submit-partner-request.dto';

/** A partner association's formal request for a service (Tuwaiq, distributing services to partner associations 1). */
@ApiTags('partner-requests')
@Controller('partner-requests')
export class SubmitPartnerRequestController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('partner-applicant', 'empowerment-team')
  @ApiOperation({
    summary:
      "Submit a partner request: from a partner association's own account (partner-applicant, naming allocatingTenantId) or recorded by staff for an outside body (empowerment-team, with outsideBody). 422 with every field's reason.",
  })
  @ApiCreatedResponse({ type: PartnerRequestReceiptDto })
  submit(@CurrentPrincipal() principal: Principal, @Body() body: SubmitPartnerRequestDto): Promise<PartnerRequestReceiptDto> {
    return this.commandBus.execute<SubmitPartnerRequestCommand, PartnerRequestReceiptDto>(new SubmitPartnerRequestCommand(principal, body));
  }
}
