import type { Principal } from '@athar/identity';
import type { MyAllocationRoundsQuery } from './list-my-allocation-rounds.dto';

/** A partner tenant's rounds at the associations it applied to (its own line of each). */
export class ListMyAllocationRoundsQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: MyAllocationRoundsQuery,
  ) {}
}
