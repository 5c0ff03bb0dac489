import { escalateOverdueReport, remindImpactReport, type AgreementState, type ImpactReportsState } from '@athar/domain-partner-allocation';
import { EventWriter, type AggregateCommands } from '@athar/service-kit';
import { impactReportWorkflowId, type ImpactReportTimelineActivities, type ReportStanding } from '@athar/workflows';
import { partnerAgreementAggregate, partnerAgreementStreamId, type AgreementEventType } from '../../agreements/partner-agreement-stream';
import { impactReportsAggregate, impactReportsStreamId } from '../impact-reports-stream';
import { reportStatus } from '../report-view';

export type ImpactReportPolicyOf = (tenantId: string) => { remindDaysBefore: number; overdueGraceDays: number };

function standingOf(agreement: AgreementState, reports: ImpactReportsState, period: string): ReportStanding {
  const status = reportStatus(agreement, reports, period);
  return status === 'submitted' ? 'submitted' : status === 'not-owed' ? 'not-owed' : 'owed';
}

/**
 * The report workflow's facts, through the one command path; caused by the timer (workflow id and
 * step), so a retried activity records nothing twice (ADR 0012). The deciders judge the instant fired.
 */
export function createImpactReportTimelineActivities(
  commands: AggregateCommands,
  writer: EventWriter,
  policyOf: ImpactReportPolicyOf,
): ImpactReportTimelineActivities {
  const agreementOf = async (tenantId: string, agreementId: string): Promise<AgreementState> => {
    const { history } = await writer.load<AgreementEventType>(partnerAgreementStreamId(tenantId, agreementId));
    if (history.length === 0) throw new Error(`No partner agreement ${agreementId} of ${tenantId}`);
    return history.reduce(partnerAgreementAggregate.evolve, partnerAgreementAggregate.initialState);
  };
  const judge = async (
    input: { tenantId: string; agreementId: string; period: string; firedAt: string },
    step: 'remind' | 'overdue',
  ): Promise<ReportStanding> => {
    const agreement = await agreementOf(input.tenantId, input.agreementId);
    const policy = policyOf(input.tenantId);
    const workflow = impactReportWorkflowId(input.tenantId, input.agreementId, input.period);
    const outcome = await commands.handle(impactReportsAggregate, {
      streamId: impactReportsStreamId(input.tenantId, input.agreementId),
      tenantId: input.tenantId,
      // The event id derives from `run` and the stream: it names the period's workflow and its step, so
      // a retry is a no-op while the other periods of the same agreement (same stream) are facts of their own.
      cause: { kind: 'timer', workflow, run: `${workflow}:${step}` },
      decide: (reports) => {
        const now = new Date(input.firedAt);
        if (step === 'remind') {
          const reminded = remindImpactReport(agreement, reports, input.period, policy.remindDaysBefore, now);
          return { events: reminded ? [{ type: 'ImpactReportReminded' as const, version: 1, data: reminded }] : [], result: undefined };
        }
        const overdue = escalateOverdueReport(agreement, reports, input.period, policy.overdueGraceDays, now);
        return { events: overdue ? [{ type: 'ImpactReportOverdue' as const, version: 1, data: overdue }] : [], result: undefined };
      },
    });
    return standingOf(agreement, outcome.state, input.period);
  };
  return {
    remindImpactReport: (input) => judge(input, 'remind'),
    escalateOverdueImpactReport: (input) => judge(input, 'overdue'),
  };
}
