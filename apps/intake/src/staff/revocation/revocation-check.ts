import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { CASE_STAFF_ROLES, type Principal, type StaffDirectory } from '@athar/identity';
import { STAFF_DIRECTORY } from '../staff-accounts';

/** How long an account seen enabled is trusted without asking Keycloak again (ATHAR_REVOCATION_CACHE_MS, default 5 s). */
export function revocationCacheMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.ATHAR_REVOCATION_CACHE_MS;
  if (text === undefined || text === '') return 5_000;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000) throw new Error('ATHAR_REVOCATION_CACHE_MS must be an integer between 0 and 60000');
  return ms;
}

/**
 * The revocation check at personal-data reads (docs/adr/0034): a staff token is accepted for its whole
 * 5-minute life everywhere else, but before a beneficiary's record is read the account must still be
 * enabled in Keycloak. An account seen enabled is trusted for ATHAR_REVOCATION_CACHE_MS; a deactivation
 * through this replica forgets it at once, on another replica within that time. Off without a
 * configured Keycloak client (dev-issued tokens name no account).
 */
@Injectable()
export class RevocationCheck {
  private readonly seenEnabled = new Map<string, number>();
  private readonly cacheMs = revocationCacheMsFromEnv();

  constructor(@Inject(STAFF_DIRECTORY) private readonly directory: StaffDirectory | null) {}

  forget(userId: string): void {
    this.seenEnabled.delete(userId);
  }

  async assertActive(principal: Principal): Promise<void> {
    if (!this.directory || !principal.roles.some((role) => CASE_STAFF_ROLES.includes(role))) return;
    const seen = this.seenEnabled.get(principal.userId);
    if (seen !== undefined && Date.now() - seen < this.cacheMs) return;
    if (await this.directory.isEnabled(principal.userId)) {
      this.seenEnabled.set(principal.userId, Date.now());
      return;
    }
    this.seenEnabled.delete(principal.userId);
    throw new UnauthorizedException({
      code: 'account-deactivated',
      message: { ar: 'أوقف هذا الحساب؛ لا يُطّلع به على البيانات الشخصية', en: 'This account was deactivated; it may not read personal data' },
    });
  }
}
