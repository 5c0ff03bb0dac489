import type { Principal } from '@athar/identity';

/** Eligibility's view of one case of the caller's tenant. */
export class GetEligibilityCaseViewQuery {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {}
}
