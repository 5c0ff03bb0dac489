import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ApplicationSubmittedV1 } from '@athar/contracts';
import { CaseViews, EventHandlers, projectIntoCaseView } from '@athar/service-kit';

/** Intake's view of a case, fed by its own events from Kafka. */
@Injectable()
export class ApplicationViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    projectIntoCaseView<ApplicationSubmittedV1>(this.handlers, this.views, 'ApplicationSubmitted', (data) => ({
      stage: 'submitted',
      details: { serviceId: data.serviceId, channel: data.channel, submittedAt: data.submittedAt, expectedResponseBy: data.expectedResponseBy },
    }));
  }
}
