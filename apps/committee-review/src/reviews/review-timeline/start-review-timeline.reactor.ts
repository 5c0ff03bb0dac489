import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ReviewOpenedV1 } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { TemporalRuntime } from '@athar/temporal-kit';
import { CASE_ID, DEADLINE, reviewTimelineWorkflowId, STAGE, TENANT_ID } from '@athar/workflows';

/**
 * Starts one review timeline per opened review. The start is keyed by a workflow id derived from
 * tenant and case, so a redelivered ReviewOpened starts nothing twice.
 */
@Injectable()
export class StartReviewTimelineReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly temporal: TemporalRuntime,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ReviewOpened', (event) => this.startTimeline(event.tenantId, event.data as ReviewOpenedV1));
  }

  private startTimeline(tenantId: string, review: ReviewOpenedV1): Promise<void> {
    return this.temporal.startOnce('reviewTimeline', {
      workflowId: reviewTimelineWorkflowId(tenantId, review.caseId),
      args: [{ tenantId, caseId: review.caseId, deadline: review.deadline }],
      typedSearchAttributes: [
        { key: TENANT_ID, value: tenantId },
        { key: CASE_ID, value: review.caseId },
        { key: STAGE, value: 'under-review' },
        { key: DEADLINE, value: new Date(review.deadline) },
      ],
    });
  }
}
