import { streamId } from '@athar/contracts';
import { evolveServiceDelivery, initialServiceDeliveryState, type ServiceDeliveryEvent, type ServiceDeliveryState } from '@athar/domain-committee-review';
import type { Aggregate } from '@athar/service-kit';

export const deliveryStreamId = (tenantId: string, caseId: string): string => streamId('committee-review', 'delivery', tenantId, caseId);

/** A case's service delivery: opened on acceptance, ended by its timer. */
export const deliveryAggregate: Aggregate<ServiceDeliveryState, ServiceDeliveryEvent['type']> = {
  initialState: initialServiceDeliveryState,
  evolve: evolveServiceDelivery,
};
