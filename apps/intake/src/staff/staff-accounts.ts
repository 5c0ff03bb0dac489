import { NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { streamId } from '@athar/contracts';
import { ServiceAccountAdmin, serviceAccountFromEnv, StaffDirectory } from '@athar/identity';
import type { Aggregate } from '@athar/service-kit';

/** The staff directory (Keycloak through intake's own client), or null when no client secret is configured. */
export const STAFF_DIRECTORY = Symbol('STAFF_DIRECTORY');

export function staffDirectoryFromEnv(env: NodeJS.ProcessEnv = process.env): StaffDirectory | null {
  const account = serviceAccountFromEnv(env);
  return account ? new StaffDirectory(new ServiceAccountAdmin(account), account.realm) : null;
}

export function requireDirectory(directory: StaffDirectory | null): StaffDirectory {
  if (!directory) {
    throw new ServiceUnavailableException({
      code: 'identity-provider-not-configured',
      message: { ar: 'إدارة الحسابات غير مهيأة في هذه البيئة', en: 'Account management is not configured here (ATHAR_KEYCLOAK_CLIENT_SECRET)' },
    });
  }
  return directory;
}

/** The tenant's staff stream: the audit trail of invitations, role changes and deactivations (docs/adr/0034). */
export const staffStream = (tenantId: string): string => streamId('intake', 'staff', tenantId, 'accounts');

export type StaffEventType = 'StaffInvited' | 'StaffRolesChanged' | 'StaffDeactivated';

/** Only a count: Keycloak holds the accounts; the stream is their audit trail. */
export const staffAggregate: Aggregate<{ changes: number }, StaffEventType> = {
  initialState: { changes: 0 },
  evolve: (state) => ({ changes: state.changes + 1 }),
};

/** Another association's account, an applicant's, or none: the same answer, so nothing leaks. */
export const staffNotFound = () =>
  new NotFoundException({ code: 'staff-not-found', message: { ar: 'الحساب غير موجود', en: 'Account not found' } });
