import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { InviteStaffDto } from '../staff.dto';
import { InviteStaffCommand } from './invite-staff.command';

@ApiTags('staff')
@Controller('staff')
export class InviteStaffController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('tenant-admin')
  @ApiOperation({
    summary:
      "Invite a member of the association's staff: a Keycloak account of this tenant with these roles; the emailed link asks them to set a password, and TOTP for roles that read personal data (409 if the email has an account).",
  })
  invite(@CurrentPrincipal() principal: Principal, @Body() body: InviteStaffDto) {
    return this.commandBus.execute(new InviteStaffCommand(principal, body));
  }
}
