import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { SearchAttributePair } from '@temporalio/common';
import type { TemporalRuntime } from './temporal-runtime';

/**
 * Starts a workflow on the service's task queue under an id derived from what caused it, so a
 * redelivered event starts nothing twice (Temporal refuses a second run with the same id).
 */
export async function startWorkflowOnce(
  temporal: TemporalRuntime,
  workflowType: string,
  options: { workflowId: string; args: unknown[]; searchAttributes: SearchAttributePair[] },
): Promise<void> {
  try {
    await temporal.client.workflow.start(workflowType, {
      taskQueue: temporal.taskQueue,
      workflowId: options.workflowId,
      args: options.args,
      typedSearchAttributes: options.searchAttributes,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
