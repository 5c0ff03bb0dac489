// Names shared by an impact report's workflow, its worker and the code that starts or signals it.
// Free of Node built-ins: the workflow bundle imports this file.
import { defineSignal } from '@temporalio/workflow';

export interface ImpactReportTimelineInput {
  tenantId: string;
  agreementId: string;
  /** The due date (YYYY-MM-DD, Riyadh) this report answers. */
  period: string;
  /** ISO instant of the reminder (policy impactReports.remindDaysBefore). */
  remindAt: string;
  /** ISO instant the report is overdue: the due date's end in Riyadh plus the grace days. */
  overdueAt: string;
}

/** Where one period's report stands after an activity judged it on the streams. */
export type ReportStanding = 'owed' | 'submitted' | 'not-owed';

export interface ImpactReportTimelineActivities {
  /** Before the due date: appends ImpactReportReminded (and tells the partner) when the report is owed and not in. */
  remindImpactReport(input: { tenantId: string; agreementId: string; period: string; firedAt: string }): Promise<ReportStanding>;
  /** At the due date plus grace: appends ImpactReportOverdue (the partner and the empowerment team are told) when still owed. */
  escalateOverdueImpactReport(input: { tenantId: string; agreementId: string; period: string; firedAt: string }): Promise<ReportStanding>;
}

/** The report for the period is in: nothing is left to wait for. */
export const impactReportSubmittedSignal = defineSignal('impactReportSubmitted');
/** The agreement was terminated: a period not yet ended is owed no report (the activities judge which). */
export const impactReportAgreementClosedSignal = defineSignal('impactReportAgreementClosed');

/** One workflow per agreement and period: starting it twice is refused by Temporal. */
export function impactReportWorkflowId(tenantId: string, agreementId: string, period: string): string {
  return `impact-report/${tenantId}/${agreementId}/${period}`;
}
