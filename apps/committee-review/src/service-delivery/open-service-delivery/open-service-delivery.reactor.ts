import { Injectable, type OnModuleInit } from '@nestjs/common';
import { openServiceDelivery } from '@athar/domain-committee-review';
import { AggregateCommands, EventHandlers, facts } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { TenantRegistry } from '@athar/tenancy';
import { caseSearchAttributes, serviceDeliveryWorkflowId, type serviceDelivery } from '@athar/workflows';
import { ReviewReader } from '../../reviews/read/review-reader';
import { deliveryAggregate, deliveryStreamId } from '../delivery-stream';

/**
 * Acceptance completes registration and opens the service-delivery record (programme, start, end:
 * common steps 6 and 7); its end is a durable timer that records ServiceDeliveryEnded for feedback.
 */
@Injectable()
export class OpenServiceDeliveryReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly reviews: ReviewReader,
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
    private readonly temporal: TemporalRuntime,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationAccepted', async (event) => {
      const accepted = event.data;
      // The decision does not carry the service: the review it decided says it (ReviewReader).
      const serviceId = await this.reviews.serviceOf(event.tenantId, accepted.caseId);
      const policy = this.tenants.get(event.tenantId);
      const service = policy.services.find((s) => s.id === serviceId);
      if (!service) throw new Error(`Accepted case ${accepted.caseId} names no service of ${event.tenantId}`);
      const programme = { id: service.id, name: service.name, days: policy.committeeReview.deliveryDays[service.id] };
      await this.commands.handle(deliveryAggregate, {
        streamId: deliveryStreamId(event.tenantId, accepted.caseId),
        tenantId: event.tenantId,
        cause: { kind: 'event', event },
        decide: (state) => {
          const opened = openServiceDelivery(state, accepted, programme, new Date());
          return facts(...(opened ? [{ type: 'ServiceDeliveryOpened' as const, version: 1, data: opened }] : []));
        },
      });
    });
    this.handlers.on('ServiceDeliveryOpened', async (event) => {
      const opened = event.data;
      await startWorkflowOnce<typeof serviceDelivery>(this.temporal, 'serviceDelivery', {
        workflowId: serviceDeliveryWorkflowId(event.tenantId, opened.caseId),
        args: [{ tenantId: event.tenantId, caseId: opened.caseId, endsOn: opened.endsOn }],
        searchAttributes: caseSearchAttributes(event.tenantId, opened.caseId, 'in-delivery', opened.endsOn),
      });
    });
  }
}
