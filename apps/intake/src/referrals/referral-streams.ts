import { streamId } from '@athar/contracts';
import {
  evolveIncomingReferral,
  evolveOutgoingReferral,
  initialIncomingReferralState,
  initialOutgoingReferralState,
  type IncomingReferralEvent,
  type IncomingReferralState,
  type OutgoingReferralEvent,
  type OutgoingReferralState,
} from '@athar/domain-intake';
import type { Aggregate } from '@athar/service-kit';

/** The referring tenant's stream of a referral. */
export const outgoingReferralStream = (tenantId: string, referralId: string): string => streamId('intake', 'referral', tenantId, referralId);
/** The receiving tenant's own stream of the same referral. */
export const incomingReferralStream = (tenantId: string, referralId: string): string => streamId('intake', 'incoming-referral', tenantId, referralId);

/** The referring side's referral: made, then the outcome it was told. */
export const outgoingReferralAggregate: Aggregate<OutgoingReferralState, OutgoingReferralEvent['type']> = {
  initialState: initialOutgoingReferralState,
  evolve: evolveOutgoingReferral,
};

/** The receiving side's referral: received, then decided once. */
export const incomingReferralAggregate: Aggregate<IncomingReferralState, IncomingReferralEvent['type']> = {
  initialState: initialIncomingReferralState,
  evolve: evolveIncomingReferral,
};
