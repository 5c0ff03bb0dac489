import { Body, Controller, HttpCode, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Public, Roles } from '@athar/service-kit';
import { ComplaintReceiptDto, FileComplaintDto, PublicComplaintDto } from '../complaint.dto';
import { PublicComplaintTenantGuard } from '../public-tenant.guard';
import { FileComplaintCommand } from './file-complaint.command';

/** Complaints a public link takes from one client address per minute (the service's throttler counts them per address, a keyed hash). */
export const PUBLIC_COMPLAINTS_PER_MINUTE = 20;

@ApiTags('complaints')
@Controller('complaints')
export class FileComplaintController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('relations-officer')
  @ApiOperation({
    summary:
      'Record a complaint or suggestion from any of the association’s channels, by a beneficiary or anonymously; acknowledged at once with a reference (by SMS when a mobile is given).',
  })
  @ApiCreatedResponse({ type: ComplaintReceiptDto })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
  file(@CurrentPrincipal() principal: Principal, @Body() body: FileComplaintDto): Promise<ComplaintReceiptDto> {
    return this.commands.execute(new FileComplaintCommand(principal.tenantId, principal, body));
  }
}

/** The association's public complaint link: no account, no client address kept (docs/adr/0042). */
@ApiTags('public')
@Public()
@UseGuards(PublicComplaintTenantGuard)
@Controller('public/:tenantId/complaints')
export class PublicComplaintController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Throttle({ user: { limit: PUBLIC_COMPLAINTS_PER_MINUTE, ttl: 60_000 } })
  @ApiOperation({
    summary:
      'File a complaint or suggestion through the association’s link, named or anonymously; answered with its reference and a single-use rating code (the reference also by SMS when a mobile is given).',
  })
  @ApiCreatedResponse({ type: ComplaintReceiptDto })
  @ApiUnprocessableEntityResponse({ description: 'Field-level reasons in Arabic and English' })
  @ApiNotFoundResponse({ description: 'No such association' })
  @ApiTooManyRequestsResponse({ description: 'Too many complaints from this address; Retry-After says when to try again' })
  file(@Param('tenantId') tenantId: string, @Body() body: PublicComplaintDto): Promise<ComplaintReceiptDto> {
    return this.commands.execute(new FileComplaintCommand(tenantId, null, { ...body, channel: 'website' }));
  }
}
