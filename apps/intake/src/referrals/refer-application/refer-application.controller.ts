import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { ReferApplicationDto, ReferralMadeDto } from '../referrals.dto';
import { REFERRAL_STAFF } from '../referrals.controller';
import { ReferApplicationCommand, type ReferApplicationResult } from './refer-application.command';

/** Out-of-scope requests go to the competent association (Tuwaiq 5-10), with only consented data. */
@ApiTags('referrals')
@Controller('referrals')
export class ReferApplicationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles(...REFERRAL_STAFF)
  @ApiCreatedResponse({ type: ReferralMadeDto })
  @ApiOperation({ summary: 'Refer an out-of-scope request to an association on the platform or an external body; the applicant is told.' })
  refer(@CurrentPrincipal() principal: Principal, @Body() body: ReferApplicationDto): Promise<ReferApplicationResult> {
    return this.commandBus.execute(new ReferApplicationCommand(principal, body));
  }
}
