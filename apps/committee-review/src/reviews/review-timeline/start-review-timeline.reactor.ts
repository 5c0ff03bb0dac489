import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ReviewOpenedV1 } from '@athar/contracts';
import { reviewSchedule } from '@athar/domain-committee-review';
import { EventHandlers } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { TenantRegistry } from '@athar/tenancy';
import { caseSearchAttributes, reviewTimelineWorkflowId, type reviewTimeline, type ReviewTimelineInput } from '@athar/workflows';
import { committeeFor, scheduleRules } from '../../committees/committee-rules';
import { ReviewReader } from '../read/review-reader';

/**
 * Starts one review timeline per round: from ReviewOpened (counted from submission) and from each
 * ReconsiderationRequested (counted from the request). The tenant's reminder and at-risk points are
 * computed here, once, and travel in the workflow's input, so the workflow stays deterministic. The
 * workflow id is derived from tenant, case and round, so a redelivered event starts nothing twice.
 */
@Injectable()
export class StartReviewTimelineReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly reviews: ReviewReader,
    private readonly tenants: TenantRegistry,
    private readonly temporal: TemporalRuntime,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ReviewOpened', async (event) => {
      const opened = event.data;
      await this.start(event.tenantId, opened.caseId, opened.serviceId, 1, new Date(opened.submittedAt), opened.reviewWindow, opened.deadline);
    });
    this.handlers.on('ReconsiderationRequested', async (event) => {
      const asked = event.data;
      // The request does not carry the service: the review it reopens says it (ReviewReader).
      const serviceId = await this.reviews.serviceOf(event.tenantId, asked.caseId);
      if (!serviceId) throw new Error(`Reconsideration of case ${asked.caseId} with no opened review`);
      await this.start(event.tenantId, asked.caseId, serviceId, asked.round, new Date(asked.requestedAt), asked.reviewWindow, asked.deadline);
    });
  }

  /** The deadline is the one the event recorded; the points are placed on the same window. */
  private async start(
    tenantId: string,
    caseId: string,
    serviceId: string,
    round: number,
    from: Date,
    window: ReviewOpenedV1['reviewWindow'],
    deadline: string,
  ): Promise<void> {
    const policy = this.tenants.get(tenantId);
    const schedule = reviewSchedule(from, window, scheduleRules(policy));
    const input: ReviewTimelineInput = {
      tenantId,
      caseId,
      round,
      committeeId: committeeFor(policy, serviceId).id,
      deadline,
      points: schedule.points.filter((p) => p.at < deadline),
    };
    await startWorkflowOnce<typeof reviewTimeline>(this.temporal, 'reviewTimeline', {
      workflowId: reviewTimelineWorkflowId(tenantId, caseId, round),
      args: [input],
      searchAttributes: caseSearchAttributes(tenantId, caseId, 'under-review', deadline),
    });
  }
}
