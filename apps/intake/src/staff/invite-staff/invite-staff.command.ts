import type { Principal } from '@athar/identity';
import type { InviteStaffDto } from '../staff.dto';

export class InviteStaffCommand {
  constructor(
    readonly principal: Principal,
    readonly body: InviteStaffDto,
  ) {}
}
