import type { AllocationFactor, AllocationWeights, Bilingual } from '@athar/contracts';

/** What a round's capacity counts: places on a programme, sessions, or money in halalas (1 SAR = 100). */
export type CapacityUnit = 'seat' | 'session' | 'halala';

export interface RoundCapacity {
  serviceId: string;
  unit: CapacityUnit;
  /** Whole units (halalas for money). */
  amount: number;
}

/** The needs study's scores (Tuwaiq partner allocation 2), each a whole number from 0 to 100. */
export interface NeedsStudyScores {
  scopeOfWork: number;
  targetedBeneficiaries: number;
  infrastructureReadiness: number;
  fitWithGoalsAndPlans: number;
}

export interface AllocationRequest {
  requestId: string;
  partnerId: string;
  serviceId: string;
  /** Whole units asked, at least 1, in the unit of the service's capacity. */
  asked: number;
  /** The region the request serves; its need is read from the round's `regionNeed`. */
  region: string;
  /** When the request was made (ISO 8601 instant); a late key of the tie rule. */
  requestedAt: string;
  study: NeedsStudyScores;
  /** The evaluation of the partner's last partnership (clause 5), 0 to 100; null when never evaluated. */
  lastEvaluationScore: number | null;
  /** From the keyed "served before" registry: the partner was served by this association before. */
  servedBefore: boolean;
}

export interface AllocationRoundInput {
  roundId: string;
  capacities: RoundCapacity[];
  /** Need of each region the requests name, 0 (none) to 100 (highest); clause 3 "higher-need regions". */
  regionNeed: Record<string, number>;
  requests: AllocationRequest[];
  weights: AllocationWeights;
}

export interface FactorLine {
  factor: AllocationFactor;
  /** The clause the factor comes from and its words. */
  clause: string;
  name: Bilingual;
  /** 0 to 100. */
  score: number;
  weight: number;
  /** score × weight. */
  contribution: number;
  /** Where the score comes from. */
  basis: Bilingual;
}

export type AllocationReasonCode =
  'asked-in-full' | 'capped-at-asked' | 'capacity-short' | 'proportional-share' | 'zero-score' | 'rounded-down' | 'rounded-up' | 'tie-broken';

export interface AllocationReason {
  code: AllocationReasonCode;
  text: Bilingual;
}

export interface RequestAllocation {
  requestId: string;
  partnerId: string;
  serviceId: string;
  unit: CapacityUnit;
  asked: number;
  factors: FactorLine[];
  /** Σ contribution. */
  totalScore: number;
  /** Σ weight × 100: the score a request with every factor at 100 would have. */
  maxScore: number;
  /** 1 is first; unique within the service (ties broken by the stated rule). */
  rank: number;
  /** The exact proportional share before rounding, as a decimal truncated to two places. */
  quota: string;
  share: number;
  outcome: 'in-full' | 'in-part' | 'nothing';
  /** Why it received what it did; whenever the share is less than asked, at least one says why. */
  reasons: AllocationReason[];
}

export interface ServiceAllocation {
  serviceId: string;
  unit: CapacityUnit;
  capacity: number;
  totalAsked: number;
  allocated: number;
  unallocated: number;
  /** By rank. */
  allocations: RequestAllocation[];
}

export interface RoundAllocation {
  roundId: string;
  method: 'weighted-score-proportional-capped-largest-remainder';
  methodVersion: 1;
  weights: AllocationWeights;
  /** By service id. */
  services: ServiceAllocation[];
}
