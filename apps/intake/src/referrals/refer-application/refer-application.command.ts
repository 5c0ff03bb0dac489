import type { Principal } from '@athar/identity';
import type { ReferApplicationDto } from '../referrals.dto';

/** Staff refer an out-of-scope request to the competent association or an external body (Tuwaiq 5-10). */
export class ReferApplicationCommand {
  constructor(
    readonly principal: Principal,
    readonly body: ReferApplicationDto,
  ) {}
}

export interface ReferApplicationResult {
  referralId: string;
  status: 'referred' | 'referred-externally';
  message: { ar: string; en: string };
}
