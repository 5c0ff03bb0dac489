import { endServiceDelivery } from '@athar/domain-committee-review';
import { facts, type AggregateCommands } from '@athar/service-kit';
import type { ServiceDeliveryActivities } from '@athar/workflows';
import { deliveryAggregate, deliveryStreamId } from './delivery-stream';

/** The programme's end, caused by its opening: a retried activity derives the same event and writes nothing new. */
export function createServiceDeliveryActivities(commands: AggregateCommands): ServiceDeliveryActivities {
  return {
    async recordServiceDeliveryEnd({ tenantId, caseId, firedAt }) {
      await commands.handle(deliveryAggregate, {
        streamId: deliveryStreamId(tenantId, caseId),
        tenantId,
        // The stream's only event until the end is recorded: its opening.
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No service delivery for case ${caseId} of ${tenantId}`),
        decide: (state) => {
          const ended = endServiceDelivery(state, new Date(firedAt));
          return facts(...(ended ? [{ type: 'ServiceDeliveryEnded' as const, version: 1, data: ended }] : []));
        },
      });
    },
  };
}
