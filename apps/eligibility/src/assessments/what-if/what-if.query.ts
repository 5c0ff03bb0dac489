import type { EligibilityPolicyVersion } from '@athar/domain-eligibility';
import type { Principal } from '@athar/identity';

/** How a draft version (checked, the caller's tenant's) would decide the tenant's current cases. */
export class WhatIfQuery {
  constructor(
    readonly principal: Principal,
    readonly draft: EligibilityPolicyVersion,
  ) {}
}
