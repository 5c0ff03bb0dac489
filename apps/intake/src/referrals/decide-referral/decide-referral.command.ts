import type { Principal } from '@athar/identity';
import type { DecideReferralDto } from '../referrals.dto';

/** The receiving association accepts or declines a referral, at the revision it saw (If-Match). */
export class DecideReferralCommand {
  constructor(
    readonly principal: Principal,
    readonly referralId: string,
    readonly body: DecideReferralDto,
    readonly expectedRevision: number,
  ) {}
}

export interface DecideReferralResult {
  referralId: string;
  status: 'accepted' | 'declined';
  revision: number;
}
