import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { ApplicationSubmittedV1 } from '@athar/contracts';
import { applyIfNewer, CaseViews, EventHandlers, projectIntoCaseView } from '@athar/service-kit';
import { ApplicationListEntry } from './application-list.schema';

/** Intake's views of an application, fed by its own events from Kafka: the case view and the staff list. */
@Injectable()
export class ApplicationViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
    @InjectModel(ApplicationListEntry.name) private readonly list: Model<ApplicationListEntry>,
  ) {}

  onModuleInit(): void {
    projectIntoCaseView<ApplicationSubmittedV1>(this.handlers, this.views, 'ApplicationSubmitted', (data) => ({
      stage: 'submitted',
      details: { serviceId: data.serviceId, channel: data.channel, submittedAt: data.submittedAt, expectedResponseBy: data.expectedResponseBy },
    }));
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const data = event.data as ApplicationSubmittedV1;
      await applyIfNewer(this.list, `${event.tenantId}:${data.caseId}`, event.globalPosition, {
        tenantId: event.tenantId,
        caseId: data.caseId,
        status: 'submitted',
        channel: data.channel,
        serviceId: data.serviceId,
        submittedAt: new Date(data.submittedAt),
        expectedResponseBy: new Date(data.expectedResponseBy),
      });
    });
  }
}
