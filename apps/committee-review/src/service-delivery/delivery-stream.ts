import { streamId, type RecordedEventOf, type ServiceDeliveryOpenedV1 } from '@athar/contracts';

export const deliveryStreamId = (tenantId: string, caseId: string): string => streamId('committee-review', 'delivery', tenantId, caseId);

export const openedDelivery = (history: RecordedEventOf[]): ServiceDeliveryOpenedV1 | undefined =>
  history.find((e) => e.type === 'ServiceDeliveryOpened')?.data;
