// Names shared by the needs-study workflow, its worker and the code that starts or signals it.
// Free of Node built-ins: the workflow bundle imports this file.
import { defineSignal } from '@temporalio/workflow';

/** Task queue of the partner-allocation service's worker, per platform instance. */
export function partnerAllocationTaskQueue(instance: string): string {
  return `${instance}.partner-allocation`;
}

export interface NeedsStudyTimelineInput {
  tenantId: string;
  partnerRequestId: string;
  /** ISO instant: submission + the policy's study window. */
  deadline: string;
  /** Reminder points before the deadline, computed at start (libs/domain/partner-allocation's needsStudyPoints). */
  points: Array<{ percent: number; at: string }>;
}

export interface NeedsStudyTimelineActivities {
  /** Appends NeedsStudyReminderSent once per point, unless the study is done. */
  recordStudyReminder(input: { tenantId: string; partnerRequestId: string; percent: number; firedAt: string }): Promise<void>;
  /** At the deadline: appends NeedsStudyDeadlineBreached once when, by the instants, the study is not done (ADR 0016). */
  recordStudyBreach(input: { tenantId: string; partnerRequestId: string; firedAt: string }): Promise<void>;
}

export const needsStudyCompletedSignal = defineSignal('needsStudyCompleted');

/** One timeline per request: starting it twice is refused by Temporal. */
export function needsStudyWorkflowId(tenantId: string, partnerRequestId: string): string {
  return `needs-study/${tenantId}/${partnerRequestId}`;
}
