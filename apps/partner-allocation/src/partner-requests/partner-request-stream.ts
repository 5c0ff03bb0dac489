import { streamId, type RecordedEventOf } from '@athar/contracts';
import { evolvePartnerRequest, initialPartnerRequestState, type PartnerRequestEvent, type PartnerRequestState } from '@athar/domain-partner-allocation';
import type { Aggregate } from '@athar/service-kit';

/**
 * A partner request lives in the allocating association's stream (docs/adr/0038): the tenant in the
 * stream id is the association that distributes the service, whoever applied.
 */
export const partnerRequestStreamId = (allocatingTenantId: string, partnerRequestId: string): string =>
  streamId('partner-allocation', 'partner-request', allocatingTenantId, partnerRequestId);

export type PartnerRequestEventType = PartnerRequestEvent['type'];
export type PartnerRequestRecord = RecordedEventOf<PartnerRequestEventType>;

/** The request's fold every command on its stream decides on. */
export const partnerRequestAggregate: Aggregate<PartnerRequestState, PartnerRequestEventType> = {
  initialState: initialPartnerRequestState,
  evolve: evolvePartnerRequest,
};

/** Where a request stands for the lists: its study pending, overdue or done. */
export type PartnerRequestStage = 'study-pending' | 'study-overdue' | 'studied';
export const PARTNER_REQUEST_STAGES: readonly PartnerRequestStage[] = ['study-pending', 'study-overdue', 'studied'];

export function stageOf(state: PartnerRequestState): PartnerRequestStage {
  if (state.status === 'studied') return 'studied';
  return state.breached ? 'study-overdue' : 'study-pending';
}
