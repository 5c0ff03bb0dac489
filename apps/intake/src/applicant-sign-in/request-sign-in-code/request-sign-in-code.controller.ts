import { Body, Controller, HttpCode, HttpStatus, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@athar/service-kit';
import { answeringRetryAfter } from '../../applications/apply-through-public-link/public-link-limits';
import { PublicTenantGuard } from '../../applications/apply-through-public-link/public-tenant.guard';
import { SignInCodeSentDto, SignInRequestDto } from '../sign-in.dto';
import { RequestSignInCodeCommand } from './request-sign-in-code.command';

@ApiTags('public')
@Public()
@UseGuards(PublicTenantGuard)
@Controller('public/:tenantId/sign-in')
export class RequestSignInCodeController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      "An applicant signs in with their mobile: a 6-digit code (5 minutes, single use) goes to it by SMS. The same answer for every mobile, whether or not it has cases here.",
  })
  @ApiAcceptedResponse({ type: SignInCodeSentDto })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English (not a Saudi mobile number)' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-address or per-mobile limit; Retry-After says when to try again' })
  @ApiNotFoundResponse({ description: 'No such association' })
  @ApiServiceUnavailableResponse({ description: 'Sign-in is not configured here (no Keycloak client secret)' })
  request(
    @Param('tenantId') tenantId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Body() body: SignInRequestDto,
  ): Promise<SignInCodeSentDto> {
    return answeringRetryAfter(response, this.commands.execute(new RequestSignInCodeCommand(tenantId, body.mobile, request.ip ?? null)));
  }
}
