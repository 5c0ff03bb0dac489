import type { Principal } from '@athar/identity';

export class GetAllocationRoundQuery {
  constructor(
    readonly principal: Principal,
    readonly roundId: string,
  ) {}
}

/** A partner tenant's view of its own request in another association's round. */
export class GetMyRoundAllocationQuery {
  constructor(
    readonly principal: Principal,
    readonly allocatingTenantId: string,
    readonly roundId: string,
  ) {}
}
