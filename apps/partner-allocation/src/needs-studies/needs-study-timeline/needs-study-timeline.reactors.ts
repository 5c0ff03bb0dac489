import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { needsStudyPoints } from '@athar/domain-partner-allocation';
import { EventHandlers } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { caseSearchAttributes, needsStudyCompletedSignal, needsStudyWorkflowId, type needsStudyTimeline } from '@athar/workflows';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';

/**
 * A submitted request starts its study's timeline (reminder points computed here, once, from the
 * policy, so the workflow stays deterministic); the completed study signals it to end. The workflow
 * id is derived from tenant and request, so a redelivered event starts nothing twice.
 */
@Injectable()
export class NeedsStudyTimelineReactors implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly policies: PartnerAllocationPolicies,
    private readonly temporal: TemporalRuntime,
  ) {}

  onModuleInit(): void {
    this.handlers.on('PartnerRequestSubmitted', async (event) => {
      const request = event.data;
      const percents = this.policies.of(event.tenantId)?.needsStudy.remindAtPercents ?? [];
      await startWorkflowOnce<typeof needsStudyTimeline>(this.temporal, 'needsStudyTimeline', {
        workflowId: needsStudyWorkflowId(event.tenantId, request.partnerRequestId),
        args: [
          {
            tenantId: event.tenantId,
            partnerRequestId: request.partnerRequestId,
            deadline: request.studyDeadline,
            points: needsStudyPoints(request.submittedAt, request.studyDeadline, percents),
          },
        ],
        searchAttributes: caseSearchAttributes(event.tenantId, request.partnerRequestId, 'study-pending', request.studyDeadline),
      });
    });
    this.handlers.on('NeedsStudyCompleted', async (event) => {
      try {
        await this.temporal.client.workflow.getHandle(needsStudyWorkflowId(event.tenantId, event.data.partnerRequestId)).signal(needsStudyCompletedSignal);
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    });
  }
}
