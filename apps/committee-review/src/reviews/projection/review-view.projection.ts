import { Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  ApplicationAcceptedV1,
  ApplicationRejectedV1,
  ReconsiderationRequestedV1,
  ReviewDeadlineBreachedV1,
  ReviewEscalatedV1,
  ReviewOpenedV1,
  ServiceDeliveryEndedV1,
  ServiceDeliveryOpenedV1,
} from '@athar/contracts';
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
    const project = <T extends { caseId: string }>(type: string, view: Parameters<typeof projectIntoCaseView<T>>[3]) => projectIntoCaseView<T>(this.handlers, this.views, type, view);
    project<ReviewOpenedV1>('ReviewOpened', (data, event) => ({
      stage: 'under-review',
      details: { openedAt: data.openedAt, deadline: data.deadline, reviewWindow: data.reviewWindow, round: 1, timelineWorkflowId: reviewTimelineWorkflowId(event.tenantId, data.caseId) },
    }));
    // A breach recorded after a late decision (ADR 0016) keeps the case decided.
    project<ReviewDeadlineBreachedV1>('ReviewDeadlineBreached', (data) => ({
      stage: data.decidedLate?.decision ?? 'deadline-breached',
      details: { breachedAt: data.breachedAt, ...(data.decidedLate ? { decidedLate: true } : {}) },
    }));
    project<ReviewEscalatedV1>('ReviewEscalated', (data) => ({ stage: 'deadline-breached', details: { escalatedTo: data.to, escalatedAt: data.escalatedAt } }));
    project<ApplicationAcceptedV1>('ApplicationAccepted', (data) => ({ stage: 'accepted', details: { decidedAt: data.decidedAt, tally: data.tally, reasons: data.reasons } }));
    project<ApplicationRejectedV1>('ApplicationRejected', (data) => ({
      stage: 'rejected',
      details: { decidedAt: data.decidedAt, tally: data.tally, reasons: data.reasons, reconsiderationUntil: data.reconsiderationUntil },
    }));
    project<ReconsiderationRequestedV1>('ReconsiderationRequested', (data, event) => ({
      stage: 'under-review',
      details: { round: data.round, deadline: data.deadline, timelineWorkflowId: reviewTimelineWorkflowId(event.tenantId, data.caseId, data.round) },
    }));
    project<ServiceDeliveryOpenedV1>('ServiceDeliveryOpened', (data, event) => ({
      stage: 'in-delivery',
      details: { programme: data.programme, startsOn: data.startsOn, endsOn: data.endsOn, deliveryWorkflowId: serviceDeliveryWorkflowId(event.tenantId, data.caseId) },
    }));
    project<ServiceDeliveryEndedV1>('ServiceDeliveryEnded', (data) => ({ stage: 'delivered', details: { endedAt: data.endedAt } }));
  }
}
