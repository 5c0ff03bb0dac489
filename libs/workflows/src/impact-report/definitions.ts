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
  /**
   * ISO instant after which no report is taken any more: the agreement's last due date's end plus the
   * grace days (docs/adr/0040). An escalated period still unanswered then ends `report-missing`, so
   * `Stage="report-overdue"` lists only what can still arrive. Absent: it waits for the report forever.
   */
  reportingClosesAt?: string;
}

/** Where one period's report stands after an activity judged it on the streams. */
export type ReportStanding = 'owed' | 'submitted' | 'not-owed';
/** How a period's workflow ends: its report in, owed no more (a termination), or missing when reporting closed without it. */
export type ReportOutcome = ReportStanding | 'missing';

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
