import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ApplicationSubmittedV1 } from '@athar/contracts';
import { CaseViews, EventHandlers } from '@athar/service-kit';

/** Intake's view of a case, fed by its own events from Kafka. */
@Injectable()
export class ApplicationViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const data = event.data as ApplicationSubmittedV1;
      await this.views.apply(event.tenantId, data.caseId, event.globalPosition, 'submitted', {
        serviceId: data.serviceId,
        channel: data.channel,
        submittedAt: data.submittedAt,
        expectedResponseBy: data.expectedResponseBy,
      });
    });
  }
}
