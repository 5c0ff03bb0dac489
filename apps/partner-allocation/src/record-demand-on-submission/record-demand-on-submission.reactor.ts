import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streamId, type ApplicationSubmittedV1, type ServiceDemandRecordedV1 } from '@athar/contracts';
import { recordDemand } from '@athar/domain-partner-allocation';
import { CaseViews, EventHandlers, EventWriter } from '@athar/service-kit';

@Injectable()
export class RecordDemandOnSubmissionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const application = event.data as ApplicationSubmittedV1;
      await this.writer.decideAndAppend(
        streamId('partner-allocation', 'demand', event.tenantId, application.caseId),
        event.tenantId,
        { kind: 'event', event },
        (history) => {
          const fact = recordDemand(history.length > 0, application, new Date());
          return fact ? [{ type: 'ServiceDemandRecorded', version: 1, data: fact }] : [];
        },
      );
    });
    this.handlers.on('ServiceDemandRecorded', async (event) => {
      const data = event.data as ServiceDemandRecordedV1;
      await this.views.apply(event.tenantId, data.caseId, event.globalPosition, 'demand-recorded', { ...data });
    });
  }
}
