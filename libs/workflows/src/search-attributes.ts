// Every search attribute a workflow of the platform carries: operations list workflows by tenant, case,
// stage and deadline (Temporal UI, `npm run workflows`). The one place they are named; each worker's
// service registers them at start (temporal-kit's ensureSearchAttributes).
// Free of Node built-ins: the workflow bundle imports this file.
import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';

export const TENANT_ID = defineSearchAttributeKey('TenantId', SearchAttributeType.KEYWORD);
export const CASE_ID = defineSearchAttributeKey('CaseId', SearchAttributeType.KEYWORD);
export const STAGE = defineSearchAttributeKey('Stage', SearchAttributeType.KEYWORD);
export const DEADLINE = defineSearchAttributeKey('Deadline', SearchAttributeType.DATETIME);

/** The search attributes a case's workflow starts with: operations list them by tenant, stage and deadline. */
export function caseSearchAttributes(tenantId: string, caseId: string, stage: string, deadline: string): SearchAttributePair[] {
  return [
    { key: TENANT_ID, value: tenantId },
    { key: CASE_ID, value: caseId },
    { key: STAGE, value: stage },
    { key: DEADLINE, value: new Date(deadline) },
  ];
}

/** Every search attribute the platform's workflows carry, registered by the worker's service at start. */
export const REVIEW_SEARCH_ATTRIBUTES = [TENANT_ID, CASE_ID, STAGE, DEADLINE] as const;
