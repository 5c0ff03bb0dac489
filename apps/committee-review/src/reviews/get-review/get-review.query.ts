import type { Principal } from '@athar/identity';

/** A case's review, for someone of the tenant (404 for any other tenant's case). */
export class GetReviewQuery {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {}
}
