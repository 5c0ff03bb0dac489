import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streamId, type ApplicationSubmittedV1, type FeedbackFileOpenedV1 } from '@athar/contracts';
import { openFeedbackFile } from '@athar/domain-feedback';
import { CaseViews, EventHandlers, EventWriter } from '@athar/service-kit';

@Injectable()
export class OpenFileOnSubmissionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const application = event.data as ApplicationSubmittedV1;
      await this.writer.decideAndAppend(
        streamId('feedback', 'file', event.tenantId, application.caseId),
        event.tenantId,
        { kind: 'event', event },
        (history) => {
          const fact = openFeedbackFile(history.length > 0, application, new Date());
          return fact ? [{ type: 'FeedbackFileOpened', version: 1, data: fact }] : [];
        },
      );
    });
    this.handlers.on('FeedbackFileOpened', async (event) => {
      const data = event.data as FeedbackFileOpenedV1;
      await this.views.apply(event.tenantId, data.caseId, event.globalPosition, 'feedback-file-open', { ...data });
    });
  }
}
