// Names shared by the workflow, its worker and the code that starts or signals it.
// Free of Node built-ins: the workflow bundle imports this file.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineSignal } from '@temporalio/workflow';

/** Task queue of the committee-review worker, per platform instance (see contracts' DEFAULT_INSTANCE). */
export function reviewTimelineTaskQueue(instance: string): string {
  return `${instance}.committee-review`;
}

export interface ReviewTimelineInput {
  tenantId: string;
  caseId: string;
  /** ISO instant: submission + the tenant's review window. */
  deadline: string;
}

export type ReviewTimelineOutcome = 'decided' | 'breached';

export interface ReviewTimelineActivities {
  /** Appends ReviewDeadlineBreached to the case's review stream (idempotent). */
  recordDeadlineBreach(input: { tenantId: string; caseId: string; firedAt: string }): Promise<void>;
}

export const decisionReachedSignal = defineSignal<[{ decision: 'accepted' | 'rejected' }]>('decisionReached');
export const stageQuery = defineQuery<string>('stage');

export const TENANT_ID = defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD);
export const CASE_ID = defineSearchAttributeKey('CaseId', SearchAttributeType.KEYWORD);
export const STAGE = defineSearchAttributeKey('Stage', SearchAttributeType.KEYWORD);
export const DEADLINE = defineSearchAttributeKey('Deadline', SearchAttributeType.DATETIME);

/** One timeline per case and tenant: starting it twice for the same case is refused by Temporal. */
export function reviewTimelineWorkflowId(tenantId: string, caseId: string): string {
  return `review-timeline/${tenantId}/${caseId}`;
}

/** Every search attribute a review timeline carries, registered by the worker's service at start. */
export const REVIEW_SEARCH_ATTRIBUTES = [TENANT_ID, CASE_ID, STAGE, DEADLINE] as const;
