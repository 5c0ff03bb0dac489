import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, revisionFromIfMatch, Roles } from '@athar/service-kit';
import { DecideReferralDto, ReferralDecidedDto } from '../referrals.dto';
import { REFERRAL_STAFF } from '../referrals.controller';
import { DecideReferralCommand, type DecideReferralResult } from './decide-referral.command';

@ApiTags('referrals')
@Controller('referrals')
export class DecideReferralController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('incoming/:referralId/decision')
  @HttpCode(HttpStatus.OK)
  @Roles(...REFERRAL_STAFF)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The revision from GET /referrals/incoming' })
  @ApiOkResponse({ type: ReferralDecidedDto })
  @ApiOperation({ summary: 'Accept or decline a referral, with a reason the referring association is told.' })
  async decide(
    @CurrentPrincipal() principal: Principal,
    @Param('referralId', ParseIdPipe) referralId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: DecideReferralDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReferralDecidedDto> {
    const expected = revisionFromIfMatch(ifMatch);
    const { revision, status } = await this.commandBus.execute<DecideReferralCommand, DecideReferralResult>(
      new DecideReferralCommand(principal, referralId, body, expected),
    );
    res.setHeader('ETag', `"${revision}"`);
    return { referralId, status };
  }
}
