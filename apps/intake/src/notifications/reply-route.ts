import { ERASED, type ApplicantRecordV2, type Channel } from '@athar/contracts';
import type { TenantPolicy } from '@athar/tenancy';

export interface ReplyRoute {
  channel: 'sms' | 'email';
  to: string;
}

/**
 * Where an answer to the applicant goes (docs/adr/0025): by email when the tenant's policy offers email
 * and the applicant gave an address, and either the request came by email or email is their preferred
 * channel; otherwise by SMS to the mobile. Without an SMTP server configured, SMS. null when the
 * contact was erased: nobody to tell.
 */
export function replyRoute(
  policy: TenantPolicy,
  requestChannel: Channel,
  applicant: Pick<ApplicantRecordV2, 'mobile' | 'email' | 'preferredChannel'>,
  emailDeliverable: boolean,
): ReplyRoute | null {
  const email = applicant.email && applicant.email !== ERASED ? applicant.email : null;
  const wantsEmail = requestChannel === 'email' || applicant.preferredChannel === 'email';
  if (email && wantsEmail && emailDeliverable && policy.channels.includes('email')) return { channel: 'email', to: email };
  if (applicant.mobile === ERASED) return null;
  return { channel: 'sms', to: applicant.mobile };
}
