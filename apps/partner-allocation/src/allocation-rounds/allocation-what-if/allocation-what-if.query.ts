import type { AllocationWeights } from '@athar/contracts';
import type { Principal } from '@athar/identity';

export class AllocationWhatIfQuery {
  constructor(
    readonly principal: Principal,
    readonly roundId: string,
    readonly otherWeights: AllocationWeights,
  ) {}
}
