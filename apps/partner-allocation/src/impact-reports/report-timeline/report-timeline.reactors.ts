import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { overdueAt, remindAt } from '@athar/domain-partner-allocation';
import { EventHandlers } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import {
  caseSearchAttributes,
  impactReportAgreementClosedSignal,
  impactReportSubmittedSignal,
  impactReportWorkflowId,
  type impactReportTimeline,
} from '@athar/workflows';
import { PartnerAgreementReader } from '../../agreements/agreement-reader';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';

/**
 * An agreement taking effect starts one report workflow per due date (docs/adr/0040), with the reminder
 * and overdue instants from the tenant's policy; a report signals its period's workflow, a termination
 * signals them all. Workflow ids derive from tenant, agreement and period, so a redelivered event starts
 * nothing twice; a missed signal is made up by the activities, which read the streams.
 */
@Injectable()
export class ImpactReportTimelineReactors implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly temporal: TemporalRuntime,
    private readonly policies: PartnerAllocationPolicies,
    private readonly agreements: PartnerAgreementReader,
  ) {}

  onModuleInit(): void {
    this.handlers.on('PartnerAgreementTookEffect', async (event) => {
      const { agreementId, reportsDue } = event.data;
      const policy = this.policies.impactReportPolicy(event.tenantId);
      const reportingClosesAt = reportsDue.length > 0 ? overdueAt(reportsDue[reportsDue.length - 1]!, policy.overdueGraceDays) : undefined;
      for (const period of reportsDue) {
        const overdue = overdueAt(period, policy.overdueGraceDays);
        await startWorkflowOnce<typeof impactReportTimeline>(this.temporal, 'impactReportTimeline', {
          workflowId: impactReportWorkflowId(event.tenantId, agreementId, period),
          args: [{ tenantId: event.tenantId, agreementId, period, remindAt: remindAt(period, policy.remindDaysBefore), overdueAt: overdue, reportingClosesAt }],
          searchAttributes: caseSearchAttributes(event.tenantId, agreementId, 'report-due', overdue),
        });
      }
    });
    this.handlers.on('ImpactReportSubmitted', async (event) => {
      await this.signal(impactReportWorkflowId(event.tenantId, event.data.agreementId, event.data.period), 'submitted');
    });
    this.handlers.on('PartnerAgreementTerminated', async (event) => {
      // only an agreement that took effect has report workflows; signalling one that has none finds none
      for (const period of event.data.code === 'signature-deadline-passed' ? [] : await this.periodsOf(event.tenantId, event.data.agreementId))
        await this.signal(impactReportWorkflowId(event.tenantId, event.data.agreementId, period), 'closed');
    });
  }

  private async periodsOf(tenantId: string, agreementId: string): Promise<string[]> {
    return (await this.agreements.snapshot(tenantId, agreementId))?.state.reportsDue ?? [];
  }

  private async signal(workflowId: string, what: 'submitted' | 'closed'): Promise<void> {
    try {
      const handle = this.temporal.client.workflow.getHandle(workflowId);
      await (what === 'submitted' ? handle.signal(impactReportSubmittedSignal) : handle.signal(impactReportAgreementClosedSignal));
    } catch (error) {
      // already closed (its report was in, or it was owed no more), or never started
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
}
