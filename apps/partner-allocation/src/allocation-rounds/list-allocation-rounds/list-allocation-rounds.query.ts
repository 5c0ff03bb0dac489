import type { Principal } from '@athar/identity';
import type { AllocationRoundsQuery } from './list-allocation-rounds.dto';

export class ListAllocationRoundsQuery {
  constructor(
    readonly principal: Principal,
    readonly filters: AllocationRoundsQuery,
  ) {}
}
