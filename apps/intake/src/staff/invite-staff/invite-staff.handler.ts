import { ConflictException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CONSOLE_CLIENT_ID, needsSecondFactor, StaffAccountExistsError, type StaffAccount, type StaffDirectory } from '@athar/identity';
import { AggregateCommands, facts } from '@athar/service-kit';
import { requireDirectory, STAFF_DIRECTORY, staffAggregate, staffStream } from '../staff-accounts';
import { InviteStaffCommand } from './invite-staff.command';

/** Where the invitation link leads once the password (and TOTP) are set: the console. */
const consoleUrl = () => process.env.ATHAR_CONSOLE_URL ?? 'http://127.0.0.1:4200/';
const INVITATION_LIFESPAN_SECONDS = 72 * 3600;

/** A tenant admin invites a member of their association's staff (docs/adr/0034); StaffInvited records it. */
@CommandHandler(InviteStaffCommand)
export class InviteStaffHandler implements ICommandHandler<InviteStaffCommand, { account: StaffAccount; invitationEmailed: boolean }> {
  constructor(
    @Inject(STAFF_DIRECTORY) private readonly directory: StaffDirectory | null,
    private readonly commands: AggregateCommands,
  ) {}

  async execute({ principal, body }: InviteStaffCommand) {
    const directory = requireDirectory(this.directory);
    let invited: Awaited<ReturnType<StaffDirectory['invite']>>;
    try {
      invited = await directory.invite(
        principal.tenantId,
        { email: body.email.trim().toLowerCase(), firstName: body.firstName, lastName: body.lastName, roles: body.roles },
        { clientId: CONSOLE_CLIENT_ID, redirectUri: consoleUrl(), lifespanSeconds: INVITATION_LIFESPAN_SECONDS },
      );
    } catch (error) {
      if (error instanceof StaffAccountExistsError) {
        throw new ConflictException({ code: 'staff-exists', message: { ar: 'يوجد حساب بهذا البريد', en: 'An account with this email already exists' } });
      }
      throw error;
    }
    const now = new Date();
    await this.commands.handle(staffAggregate, {
      streamId: staffStream(principal.tenantId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      now,
      decide: () =>
        facts({
          type: 'StaffInvited',
          version: 1,
          data: {
            userId: invited.account.userId,
            roles: invited.account.roles,
            secondFactorRequired: needsSecondFactor(invited.account.roles),
            invitationEmailed: invited.emailed,
            invitedBy: principal.userId,
            invitedAt: now.toISOString(),
          },
        }),
    });
    return { account: invited.account, invitationEmailed: invited.emailed };
  }
}
