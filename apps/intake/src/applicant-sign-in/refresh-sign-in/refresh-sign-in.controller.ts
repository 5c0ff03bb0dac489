import { Body, Controller, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '@athar/service-kit';
import { PublicTenantGuard } from '../../applications/apply-through-public-link/public-tenant.guard';
import { SignInRefreshDto, SignInTokensDto } from '../sign-in.dto';
import { RefreshSignInCommand } from './refresh-sign-in.command';

@ApiTags('public')
@Public()
@UseGuards(PublicTenantGuard)
@Controller('public/:tenantId/sign-in')
export class RefreshSignInController {
  constructor(private readonly commands: CommandBus) {}

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "The applicant's next tokens for their refresh token; each refresh token works once." })
  @ApiOkResponse({ type: SignInTokensDto })
  @ApiUnauthorizedResponse({ description: 'Refresh token used before, expired, of another association, or its session ended' })
  @ApiServiceUnavailableResponse({ description: 'Sign-in is not configured here (no Keycloak client secret)' })
  refresh(@Param('tenantId') tenantId: string, @Body() body: SignInRefreshDto): Promise<SignInTokensDto> {
    return this.commands.execute(new RefreshSignInCommand(tenantId, body.refreshToken));
  }
}
