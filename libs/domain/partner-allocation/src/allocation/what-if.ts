import { allocationWeightProblems, DomainError, type AllocationWeights } from '@athar/contracts';
import { allocateRound } from './allocate-round';
import type { AllocationRoundInput, RoundAllocation } from './allocation.types';

export interface AllocationDifference {
  requestId: string;
  partnerId: string;
  serviceId: string;
  totalScore: { current: number; alternative: number };
  rank: { current: number; alternative: number; change: number };
  share: { current: number; alternative: number; change: number };
}

export interface WhatIf {
  current: RoundAllocation;
  alternative: RoundAllocation;
  /** Only the requests whose score, rank or share differ, by service then current rank. */
  differences: AllocationDifference[];
}

/**
 * The round computed with the tenant's weights and with `otherWeights`, side by side (a what-if:
 * recompute without recording). Pure: nothing is stored. Bad weights throw a DomainError ('invalid')
 * whose fields start with "otherWeights".
 */
export function whatIf(input: AllocationRoundInput, otherWeights: AllocationWeights): WhatIf {
  const problems = allocationWeightProblems(otherWeights, 'otherWeights');
  if (problems.length > 0) {
    throw new DomainError('allocation-weights-invalid', 'invalid', { ar: 'الأوزان البديلة غير صالحة', en: 'The other weights are not valid' }, problems);
  }
  const current = allocateRound(input);
  const alternative = allocateRound({ ...input, weights: otherWeights });
  const after = new Map(alternative.services.flatMap((s) => s.allocations).map((a) => [a.requestId, a]));
  const differences: AllocationDifference[] = [];
  for (const service of current.services) {
    for (const before of service.allocations) {
      const other = after.get(before.requestId)!;
      if (before.totalScore === other.totalScore && before.rank === other.rank && before.share === other.share) continue;
      differences.push({
        requestId: before.requestId,
        partnerId: before.partnerId,
        serviceId: before.serviceId,
        totalScore: { current: before.totalScore, alternative: other.totalScore },
        rank: { current: before.rank, alternative: other.rank, change: other.rank - before.rank },
        share: { current: before.share, alternative: other.share, change: other.share - before.share },
      });
    }
  }
  return { current, alternative, differences };
}
