import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streamId } from '@athar/contracts';
import { recordDemand } from '@athar/domain-partner-allocation';
import { AggregateCommands, CaseViews, EventHandlers, projectIntoCaseView, recordOneFactPerCase } from '@athar/service-kit';

/** Every submitted application counts once toward its service's demand (see libs/domain/partner-allocation). */
@Injectable()
export class RecordDemandOnSubmissionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    recordOneFactPerCase(this.handlers, this.commands, {
      on: 'ApplicationSubmitted',
      stream: (tenantId, caseId) => streamId('partner-allocation', 'demand', tenantId, caseId),
      fact: { type: 'ServiceDemandRecorded', version: 1 },
      decide: recordDemand,
    });
    projectIntoCaseView(this.handlers, this.views, 'ServiceDemandRecorded', (data) => ({
      stage: 'demand-recorded',
      details: { serviceId: data.serviceId, recordedAt: data.recordedAt },
    }));
  }
}
