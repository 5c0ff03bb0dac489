import { ALLOCATION_FACTORS, type AllocationWeights } from '@athar/contracts';
import type { AllocationRequest, AllocationRoundInput } from './allocation.types';

/** Test fixtures: weights naming only the given factors (every other 0). */
export function weightsOf(only: Partial<AllocationWeights>): AllocationWeights {
  return { ...(Object.fromEntries(ALLOCATION_FACTORS.map((f) => [f, 0])) as AllocationWeights), ...only };
}

/** A request whose scope-of-work score is `score` and every other study score 0, served before, not evaluated. */
export function request(requestId: string, score: number, asked: number, over: Partial<AllocationRequest> = {}): AllocationRequest {
  return {
    requestId,
    partnerId: `partner-${requestId}`,
    serviceId: 'training',
    asked,
    region: 'eastern',
    requestedAt: '2026-01-10T08:00:00Z',
    study: { scopeOfWork: score, targetedBeneficiaries: 0, infrastructureReadiness: 0, fitWithGoalsAndPlans: 0 },
    lastEvaluationScore: null,
    servedBefore: true,
    ...over,
  };
}

/** One service ("training", seats) with the given capacity, scored on scope of work alone. */
export function round(capacity: number, requests: AllocationRequest[], over: Partial<AllocationRoundInput> = {}): AllocationRoundInput {
  return {
    roundId: 'round-1',
    capacities: [{ serviceId: 'training', unit: 'seat', amount: capacity }],
    regionNeed: { eastern: 50, riyadh: 20, jazan: 90, empty: 0 },
    requests,
    weights: weightsOf({ scopeOfWork: 1 }),
    ...over,
  };
}
