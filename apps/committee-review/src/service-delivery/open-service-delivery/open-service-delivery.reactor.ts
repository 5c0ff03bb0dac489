import { Injectable, type OnModuleInit } from '@nestjs/common';
import { openServiceDelivery } from '@athar/domain-committee-review';
import { AggregateCommands, EventHandlers, facts } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { TenantRegistry } from '@athar/tenancy';
import { caseSearchAttributes, serviceDeliveryWorkflowId, type serviceDelivery } from '@athar/workflows';
import { ReviewReader } from '../../reviews/read/review-reader';
import { deliveryAggregate, deliveryStreamId } from '../delivery-stream';

/**
 * ATHAR_DELIVERY_DAY_MS: test platforms only (refused where ATHAR_ENV is production). A programme "day"
 * lasts this many milliseconds, so an end-to-end test sees a programme end (and the satisfaction survey it
 * sends, docs/adr/0041) in seconds. Unset: a real day.
 */
export function deliveryDayMs(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const text = env.ATHAR_DELIVERY_DAY_MS;
  if (!text) return undefined;
  if (env.ATHAR_ENV === 'production') throw new Error('ATHAR_DELIVERY_DAY_MS is for test platforms only');
  const value = Number(text);
  if (!Number.isInteger(value) || value < 100) throw new Error('ATHAR_DELIVERY_DAY_MS must be a whole number of milliseconds, at least 100');
  return value;
}

/**
 * Acceptance completes registration and opens the service-delivery record (programme, start, end:
 * common steps 6 and 7); its end is a durable timer that records ServiceDeliveryEnded for feedback.
 */
@Injectable()
export class OpenServiceDeliveryReactor implements OnModuleInit {
  private readonly dayMs = deliveryDayMs();

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
          const opened = openServiceDelivery(state, accepted, programme, new Date(), this.dayMs);
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
