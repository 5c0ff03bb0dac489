import type { Principal, Role } from '@athar/identity';

export class ChangeStaffRolesCommand {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
    readonly roles: Role[],
  ) {}
}

export class DeactivateStaffCommand {
  constructor(
    readonly principal: Principal,
    readonly userId: string,
  ) {}
}
