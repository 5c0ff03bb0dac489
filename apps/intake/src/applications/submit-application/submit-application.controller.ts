import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { SubmitApplicationCommand } from './submit-application.command';
import { ApplicationReceiptDto, SubmitApplicationDto } from './submit-application.dto';

@ApiTags('applications')
@Controller('applications')
export class SubmitApplicationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('applicant', 'relations-officer', 'social-researcher', 'services-officer')
  @ApiOperation({ summary: 'Submit an application on one of the tenant channels (recorded by staff or by the applicant).' })
  @ApiCreatedResponse({ type: ApplicationReceiptDto })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
  submit(@CurrentPrincipal() principal: Principal, @Body() body: SubmitApplicationDto, @Req() request: Request): Promise<ApplicationReceiptDto> {
    const client = { userAgent: request.headers['user-agent']?.slice(0, 300) ?? null, ip: request.ip ?? null };
    return this.commands.execute(new SubmitApplicationCommand(principal, body, client));
  }
}
