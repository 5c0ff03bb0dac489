import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { StaffAccount, StaffDirectory } from '@athar/identity';
import { AggregateCommands, facts } from '@athar/service-kit';
import { RevocationCheck } from '../revocation/revocation-check';
import { requireDirectory, STAFF_DIRECTORY, staffAggregate, staffNotFound, staffStream } from '../staff-accounts';
import { ChangeStaffRolesCommand, DeactivateStaffCommand } from './change-staff.command';

/** Exactly these roles from the account's next token on; StaffRolesChanged records from what to what. */
@CommandHandler(ChangeStaffRolesCommand)
export class ChangeStaffRolesHandler implements ICommandHandler<ChangeStaffRolesCommand, StaffAccount> {
  constructor(
    @Inject(STAFF_DIRECTORY) private readonly directory: StaffDirectory | null,
    private readonly commands: AggregateCommands,
  ) {}

  async execute({ principal, userId, roles }: ChangeStaffRolesCommand): Promise<StaffAccount> {
    const changed = await requireDirectory(this.directory).setRoles(principal.tenantId, userId, roles);
    if (!changed) throw staffNotFound();
    const now = new Date();
    await this.commands.handle(staffAggregate, {
      streamId: staffStream(principal.tenantId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      now,
      decide: () =>
        facts({
          type: 'StaffRolesChanged',
          version: 1,
          data: { userId, from: changed.before, to: changed.account.roles, changedBy: principal.userId, changedAt: now.toISOString() },
        }),
    });
    return changed.account;
  }
}

/**
 * Disables the account and ends its sessions (refresh tokens stop at once); its access tokens still
 * verify until they expire (5 min) except at personal-data reads, which check the account (docs/adr/0034).
 */
@CommandHandler(DeactivateStaffCommand)
export class DeactivateStaffHandler implements ICommandHandler<DeactivateStaffCommand, StaffAccount> {
  constructor(
    @Inject(STAFF_DIRECTORY) private readonly directory: StaffDirectory | null,
    private readonly commands: AggregateCommands,
    private readonly revocation: RevocationCheck,
  ) {}

  async execute({ principal, userId }: DeactivateStaffCommand): Promise<StaffAccount> {
    const account = await requireDirectory(this.directory).deactivate(principal.tenantId, userId);
    if (!account) throw staffNotFound();
    this.revocation.forget(userId);
    const now = new Date();
    await this.commands.handle(staffAggregate, {
      streamId: staffStream(principal.tenantId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      now,
      decide: () => facts({ type: 'StaffDeactivated', version: 1, data: { userId, deactivatedBy: principal.userId, deactivatedAt: now.toISOString() } }),
    });
    return account;
  }
}
