// Names shared by the complaint service-level workflow, its worker (apps/feedback) and the code that starts or signals it.
// Free of Node built-ins: the workflow bundle imports this file.
import { defineQuery, defineSignal } from '@temporalio/workflow';

/** Task queue of the feedback service's worker, per platform instance. */
export function feedbackTaskQueue(instance: string): string {
  return `${instance}.feedback`;
}

export interface ComplaintServiceLevelInput {
  tenantId: string;
  complaintId: string;
  round: number;
  /** ISO instant: filing (or reopening) + the priority's working days (libs/domain/feedback complaintServiceLevels). */
  resolveBy: string;
  points: Array<{ percent: number; at: string; remind: boolean; atRisk: boolean }>;
}

/** Where a complaint's service level stands, as its Stage search attribute says. */
export type ComplaintStage = 'complaint-open' | 'complaint-at-risk' | 'complaint-breached' | 'complaint-resolved' | 'complaint-resolved-late';

export interface ComplaintServiceLevelActivities {
  /** Appends ComplaintReminderSent once per point and round, unless resolved meanwhile. */
  recordComplaintReminder(input: { tenantId: string; complaintId: string; round: number; percent: number; atRisk: boolean; firedAt: string }): Promise<void>;
  /** At the deadline: by the instants (ADR 0016), appends ComplaintServiceLevelBreached and ComplaintEscalated once per round; says whether breached. */
  recordComplaintBreach(input: { tenantId: string; complaintId: string; round: number; firedAt: string }): Promise<{ breached: boolean }>;
}

export const complaintResolvedSignal = defineSignal('complaintResolved');
export const complaintStageQuery = defineQuery<ComplaintStage>('complaintStage');

/** One workflow per complaint and round: starting it twice is refused by Temporal. */
export function complaintServiceLevelWorkflowId(tenantId: string, complaintId: string, round = 1): string {
  return `complaint-service-level/${tenantId}/${complaintId}/round-${round}`;
}
