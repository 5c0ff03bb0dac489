import { endServiceDelivery } from '@athar/domain-committee-review';
import type { EventWriter } from '@athar/service-kit';
import type { ServiceDeliveryActivities } from '@athar/workflows';
import { deliveryStreamId, openedDelivery } from './delivery-stream';

/** The programme's end, caused by its opening: a retried activity derives the same event and writes nothing new. */
export function createServiceDeliveryActivities(writer: EventWriter): ServiceDeliveryActivities {
  return {
    async recordServiceDeliveryEnd({ tenantId, caseId, firedAt }) {
      const stream = deliveryStreamId(tenantId, caseId);
      const { history } = await writer.load(stream);
      const opening = history.find((e) => e.type === 'ServiceDeliveryOpened');
      if (!opening) throw new Error(`No service delivery for case ${caseId} of ${tenantId}`);
      await writer.decideAndAppend(stream, tenantId, { kind: 'event', event: opening }, (fresh) => {
        const ended = endServiceDelivery(
          openedDelivery(fresh),
          fresh.some((e) => e.type === 'ServiceDeliveryEnded'),
          new Date(firedAt),
        );
        return ended ? [{ type: 'ServiceDeliveryEnded', version: 1, data: ended }] : [];
      });
    },
  };
}
