import { Body, Controller, HttpCode, HttpStatus, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '@athar/service-kit';
import { answeringRetryAfter } from '../../applications/apply-through-public-link/public-link-limits';
import { PublicTenantGuard } from '../../applications/apply-through-public-link/public-tenant.guard';
import { SignInTokensDto, SignInVerifyDto } from '../sign-in.dto';
import { VerifySignInCodeCommand } from './verify-sign-in-code.command';

@ApiTags('public')
@Public()
@UseGuards(PublicTenantGuard)
@Controller('public/:tenantId/sign-in')
export class VerifySignInCodeController {
  constructor(private readonly commands: CommandBus) {}

  @Post('verify')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      "The code the applicant's mobile received, for tokens from the identity provider: role applicant, owning the public-link cases of that mobile. Five wrong codes lock it.",
  })
  @ApiOkResponse({ type: SignInTokensDto })
  @ApiUnprocessableEntityResponse({ description: 'Wrong code (attempts left), no code awaiting, or field-level reasons' })
  @ApiGoneResponse({ description: 'The code expired' })
  @ApiResponse({ status: HttpStatus.LOCKED, description: 'Five wrong codes: locked, even for the right one, until a new code is asked for' })
  @ApiForbiddenResponse({ description: 'The applicant account was disabled' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-address limit; Retry-After says when to try again' })
  @ApiServiceUnavailableResponse({ description: 'Sign-in is not configured here (no Keycloak client secret)' })
  verify(
    @Param('tenantId') tenantId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Body() body: SignInVerifyDto,
  ): Promise<SignInTokensDto> {
    return answeringRetryAfter(response, this.commands.execute(new VerifySignInCodeCommand(tenantId, body.mobile, body.code, request.ip ?? null)));
  }
}
