import type { Principal } from '@athar/identity';

/** The caller's tenant's eligibility policy version in force now. */
export class GetPolicyInForceQuery {
  constructor(readonly principal: Principal) {}
}
