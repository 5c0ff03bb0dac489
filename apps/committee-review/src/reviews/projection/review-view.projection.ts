import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ReviewDeadlineBreachedV1, ReviewOpenedV1 } from '@athar/contracts';
import { CaseViews, EventHandlers } from '@athar/service-kit';
import { reviewTimelineWorkflowId } from '@athar/workflows';

@Injectable()
export class ReviewViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ReviewOpened', async (event) => {
      const data = event.data as ReviewOpenedV1;
      await this.views.apply(event.tenantId, data.caseId, event.globalPosition, 'under-review', {
        openedAt: data.openedAt,
        deadline: data.deadline,
        reviewWindow: data.reviewWindow,
        timelineWorkflowId: reviewTimelineWorkflowId(event.tenantId, data.caseId),
      });
    });
    this.handlers.on('ReviewDeadlineBreached', async (event) => {
      const data = event.data as ReviewDeadlineBreachedV1;
      await this.views.apply(event.tenantId, data.caseId, event.globalPosition, 'deadline-breached', { breachedAt: data.breachedAt });
    });
  }
}
