import { BadRequestException, Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal, StaffAccount } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { staffNotFound } from '../staff-accounts';
import { ChangeStaffDto } from '../staff.dto';
import { ChangeStaffRolesCommand, DeactivateStaffCommand } from './change-staff.command';

@ApiTags('staff')
@Controller('staff/:userId')
export class ChangeStaffController {
  constructor(private readonly commandBus: CommandBus) {}

  @Patch()
  @Roles('tenant-admin')
  @ApiOperation({
    summary:
      "Change a staff account of this association: `roles` (exactly these from the next token on) and/or `active: false` (disable it and end its sessions). Another association's account answers 404.",
  })
  async change(@CurrentPrincipal() principal: Principal, @Param('userId') userId: string, @Body() body: ChangeStaffDto): Promise<StaffAccount> {
    if (!/^[0-9a-zA-Z-]{1,36}$/.test(userId)) throw staffNotFound();
    if (body.roles === undefined && body.active === undefined) {
      throw new BadRequestException({
        code: 'nothing-to-change',
        message: { ar: 'لا يوجد ما يُغيَّر', en: 'Nothing to change' },
        fields: [{ field: 'roles', reasons: [{ ar: 'أرسل الأدوار أو active: false', en: 'send roles or active: false' }] }],
      });
    }
    if (userId === principal.userId && body.active === false) {
      throw new BadRequestException({
        code: 'cannot-deactivate-self',
        message: { ar: 'لا يوقف المشرف حسابه بنفسه', en: 'An administrator cannot deactivate their own account' },
        fields: [{ field: 'active', reasons: [{ ar: 'حسابك أنت', en: 'your own account' }] }],
      });
    }
    let account: StaffAccount | undefined;
    if (body.roles) account = await this.commandBus.execute(new ChangeStaffRolesCommand(principal, userId, body.roles));
    if (body.active === false) account = await this.commandBus.execute(new DeactivateStaffCommand(principal, userId));
    return account as StaffAccount;
  }
}
