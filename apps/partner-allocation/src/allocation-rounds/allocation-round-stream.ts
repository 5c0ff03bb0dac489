import { streamId } from '@athar/contracts';
import { evolveAllocationRound, initialAllocationRoundState, type AllocationRoundEvent, type AllocationRoundState } from '@athar/domain-partner-allocation';
import type { Aggregate } from '@athar/service-kit';

/** A round lives in the allocating association's stream (as its partner requests, docs/adr/0038). */
export const allocationRoundStreamId = (tenantId: string, roundId: string): string => streamId('partner-allocation', 'allocation-round', tenantId, roundId);

export type AllocationRoundEventType = AllocationRoundEvent['type'];

export const allocationRoundAggregate: Aggregate<AllocationRoundState, AllocationRoundEventType> = {
  initialState: initialAllocationRoundState,
  evolve: evolveAllocationRound,
};
