import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { SearchAttributePair, Workflow } from '@temporalio/common';
import type { TemporalRuntime } from './temporal-runtime';

/**
 * Starts a workflow on the service's task queue under an id derived from what caused it, so a
 * redelivered event starts nothing twice (Temporal refuses a second run with the same id).
 *
 * Typed by the workflow function: `startWorkflowOnce<typeof reviewTimeline>(temporal, 'reviewTimeline',
 * { args: [input], … })` checks `args` against the workflow's parameters (import the function with
 * `import type`, so the workflow's code never loads outside its sandbox). Without the type argument,
 * `args` cannot be given at all.
 */
export async function startWorkflowOnce<W extends Workflow = never>(
  temporal: TemporalRuntime,
  workflowType: string,
  options: { workflowId: string; args: Parameters<W>; searchAttributes: SearchAttributePair[] },
): Promise<void> {
  try {
    await temporal.client.workflow.start<Workflow>(workflowType, {
      taskQueue: temporal.taskQueue,
      workflowId: options.workflowId,
      args: options.args as unknown[], // checked against W by this function's signature
      typedSearchAttributes: options.searchAttributes,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
