import { ERASED } from '@athar/contracts';
import { normalizeSaudiMobile, Problems } from '@athar/domain-intake';
import type { PersonalDataProtector } from '@athar/personal-data';

/**
 * A mobile number as a keyed digest (HMAC-SHA256 under the tenant's key), in its E.164 form so 05… and
 * +9665… match: how an inquiry's contact is found when its person is erased, without storing the number.
 * Null for no number, an erased one, or one that is not a Saudi mobile.
 */
export function mobileDigest(personalData: PersonalDataProtector, tenantId: string, mobile: string | null | undefined): string | null {
  if (!mobile || mobile === ERASED) return null;
  const normalized = normalizeSaudiMobile(mobile, 'mobile', new Problems());
  return normalized === null ? null : personalData.digest(tenantId, 'mobile', normalized);
}
