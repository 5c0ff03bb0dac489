import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { complaintServiceLevels } from '@athar/domain-feedback';
import { EventHandlers } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { caseSearchAttributes, complaintResolvedSignal, complaintServiceLevelWorkflowId, type complaintServiceLevel } from '@athar/workflows';
import { ComplaintReader } from '../complaint-stream';
import { ComplaintsPolicies } from '../complaints-policies';

/**
 * Every acknowledged (or reopened) complaint starts its round's service-level workflow, points computed
 * here once so the workflow stays deterministic; a resolution signals it. Search attributes TenantId,
 * CaseId (the complaint), Stage and Deadline, as the review timeline carries.
 */
@Injectable()
export class ComplaintServiceLevelReactors implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly policies: ComplaintsPolicies,
    private readonly reader: ComplaintReader,
    private readonly temporal: TemporalRuntime,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ComplaintAcknowledged', async (event) => {
      await this.start(event.tenantId, event.data.complaintId, 1, event.data.acknowledgedAt, event.data.resolveBy);
    });
    this.handlers.on('ComplaintReopened', async (event) => {
      await this.start(event.tenantId, event.data.complaintId, event.data.round, event.data.reopenedAt, event.data.resolveBy);
    });
    this.handlers.on('ComplaintResolved', async (event) => {
      try {
        await this.temporal.client.workflow
          .getHandle(complaintServiceLevelWorkflowId(event.tenantId, event.data.complaintId, event.data.round))
          .signal(complaintResolvedSignal);
      } catch (error) {
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    });
  }

  private async start(tenantId: string, complaintId: string, round: number, from: string, resolveBy: string): Promise<void> {
    const filed = (await this.reader.complaint(tenantId, complaintId))?.state.filed;
    if (!filed) return;
    const { points } = complaintServiceLevels(new Date(from), this.policies.rules(tenantId, filed.priority));
    await startWorkflowOnce<typeof complaintServiceLevel>(this.temporal, 'complaintServiceLevel', {
      workflowId: complaintServiceLevelWorkflowId(tenantId, complaintId, round),
      args: [{ tenantId, complaintId, round, resolveBy, points }],
      searchAttributes: caseSearchAttributes(tenantId, complaintId, 'complaint-open', resolveBy),
    });
  }
}
