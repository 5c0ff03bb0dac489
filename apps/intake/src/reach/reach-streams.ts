import { streamId } from '@athar/contracts';
import { evolveReach, initialReachState, type ReachFact, type ReachState } from '@athar/domain-intake';
import type { Aggregate } from '@athar/service-kit';

/** A content item's reach stream: its figures per channel and period, recorded and corrected. */
export const reachStream = (tenantId: string, contentItemId: string): string => streamId('intake', 'reach', tenantId, contentItemId);

/** A content item's figures as they stand (Tuwaiq 2-2). */
export const reachAggregate: Aggregate<ReachState, ReachFact['type']> = { initialState: initialReachState, evolve: evolveReach };
