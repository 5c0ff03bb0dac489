import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { CaseEventType } from '@athar/contracts';
import { CaseViews, EventHandlers, projectIntoCaseView } from '@athar/service-kit';
import { reviewTimelineWorkflowId, serviceDeliveryWorkflowId } from '@athar/workflows';

/** How committee-review sees a case, for the case-status page: review, decision, delivery. */
@Injectable()
export class ReviewViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    const project = <K extends CaseEventType>(type: K, view: Parameters<typeof projectIntoCaseView<K>>[3]) =>
      projectIntoCaseView(this.handlers, this.views, type, view);
    project('ReviewOpened', (data, event) => ({
      stage: 'under-review',
      details: {
        openedAt: data.openedAt,
        deadline: data.deadline,
        reviewWindow: data.reviewWindow,
        round: 1,
        timelineWorkflowId: reviewTimelineWorkflowId(event.tenantId, data.caseId),
      },
    }));
    // A breach recorded after a late decision (ADR 0016) keeps the case decided.
    project('ReviewDeadlineBreached', (data) => ({
      stage: data.decidedLate?.decision ?? 'deadline-breached',
      details: { breachedAt: data.breachedAt, ...(data.decidedLate ? { decidedLate: true } : {}) },
    }));
    project('ReviewEscalated', (data) => ({ stage: 'deadline-breached', details: { escalatedTo: data.to, escalatedAt: data.escalatedAt } }));
    project('ApplicationAccepted', (data) => ({ stage: 'accepted', details: { decidedAt: data.decidedAt, tally: data.tally, reasons: data.reasons } }));
    project('ApplicationRejected', (data) => ({
      stage: 'rejected',
      details: { decidedAt: data.decidedAt, tally: data.tally, reasons: data.reasons, reconsiderationUntil: data.reconsiderationUntil },
    }));
    project('ReconsiderationRequested', (data, event) => ({
      stage: 'under-review',
      details: { round: data.round, deadline: data.deadline, timelineWorkflowId: reviewTimelineWorkflowId(event.tenantId, data.caseId, data.round) },
    }));
    project('ServiceDeliveryOpened', (data, event) => ({
      stage: 'in-delivery',
      details: {
        programme: data.programme,
        startsOn: data.startsOn,
        endsOn: data.endsOn,
        deliveryWorkflowId: serviceDeliveryWorkflowId(event.tenantId, data.caseId),
      },
    }));
    project('ServiceDeliveryEnded', (data) => ({ stage: 'delivered', details: { endedAt: data.endedAt } }));
  }
}
