import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streamId } from '@athar/contracts';
import { openFeedbackFile } from '@athar/domain-feedback';
import { AggregateCommands, CaseViews, EventHandlers, projectIntoCaseView, recordOneFactPerCase } from '@athar/service-kit';

/** Every submitted application gets a feedback file (see libs/domain/feedback). */
@Injectable()
export class OpenFileOnSubmissionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    recordOneFactPerCase(this.handlers, this.commands, {
      on: 'ApplicationSubmitted',
      stream: (tenantId, caseId) => streamId('feedback', 'file', tenantId, caseId),
      fact: { type: 'FeedbackFileOpened', version: 1 },
      decide: openFeedbackFile,
    });
    projectIntoCaseView(this.handlers, this.views, 'FeedbackFileOpened', (data) => ({
      stage: 'feedback-file-open',
      details: { serviceId: data.serviceId, openedAt: data.openedAt },
    }));
  }
}
