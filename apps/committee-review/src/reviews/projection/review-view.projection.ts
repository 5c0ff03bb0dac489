import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ReviewDeadlineBreachedV1, ReviewOpenedV1 } from '@athar/contracts';
import { CaseViews, EventHandlers, projectIntoCaseView } from '@athar/service-kit';
import { reviewTimelineWorkflowId } from '@athar/workflows';

@Injectable()
export class ReviewViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    projectIntoCaseView<ReviewOpenedV1>(this.handlers, this.views, 'ReviewOpened', (data, event) => ({
      stage: 'under-review',
      details: {
        openedAt: data.openedAt,
        deadline: data.deadline,
        reviewWindow: data.reviewWindow,
        timelineWorkflowId: reviewTimelineWorkflowId(event.tenantId, data.caseId),
      },
    }));
    projectIntoCaseView<ReviewDeadlineBreachedV1>(this.handlers, this.views, 'ReviewDeadlineBreached', (data) => ({
      stage: 'deadline-breached',
      details: { breachedAt: data.breachedAt },
    }));
  }
}
