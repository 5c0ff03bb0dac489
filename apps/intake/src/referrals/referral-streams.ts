import { streamId } from '@athar/contracts';

/** The referring tenant's stream of a referral. */
export const outgoingReferralStream = (tenantId: string, referralId: string): string => streamId('intake', 'referral', tenantId, referralId);
/** The receiving tenant's own stream of the same referral. */
export const incomingReferralStream = (tenantId: string, referralId: string): string => streamId('intake', 'incoming-referral', tenantId, referralId);
