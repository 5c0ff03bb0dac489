import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { reviewTimeline } from '@athar/workflows';
import { startWorkflowOnce } from './start-once';
import type { TemporalRuntime } from './temporal-runtime';

type Input = Parameters<typeof reviewTimeline>[0];

function fakeRuntime(start: jest.Mock): TemporalRuntime {
  return { taskQueue: 'athar.committee-review', client: { workflow: { start } } } as unknown as TemporalRuntime;
}

describe('startWorkflowOnce', () => {
  const input = { tenantId: 'tuwaiq', caseId: 'c-1' } as unknown as Input;

  it('starts the workflow on the service queue with the checked arguments and search attributes', async () => {
    const start = jest.fn().mockResolvedValue(undefined);
    await startWorkflowOnce<typeof reviewTimeline>(fakeRuntime(start), 'reviewTimeline', { workflowId: 'w-1', args: [input], searchAttributes: [] });
    expect(start).toHaveBeenCalledWith('reviewTimeline', { taskQueue: 'athar.committee-review', workflowId: 'w-1', args: [input], typedSearchAttributes: [] });
  });

  it('treats a second start under the same id as done, and lets other failures through', async () => {
    const already = jest.fn().mockRejectedValue(new WorkflowExecutionAlreadyStartedError('started', 'w-1', 'reviewTimeline'));
    await expect(
      startWorkflowOnce<typeof reviewTimeline>(fakeRuntime(already), 'reviewTimeline', { workflowId: 'w-1', args: [input], searchAttributes: [] }),
    ).resolves.toBeUndefined();
    const down = jest.fn().mockRejectedValue(new Error('unavailable'));
    await expect(
      startWorkflowOnce<typeof reviewTimeline>(fakeRuntime(down), 'reviewTimeline', { workflowId: 'w-1', args: [input], searchAttributes: [] }),
    ).rejects.toThrow('unavailable');
  });

  it('does not compile with arguments the workflow does not take, or without the workflow type (checked by tsc)', async () => {
    const start = jest.fn().mockResolvedValue(undefined);
    // @ts-expect-error: a number is not a ReviewTimelineInput
    await startWorkflowOnce<typeof reviewTimeline>(fakeRuntime(start), 'reviewTimeline', { workflowId: 'w-2', args: [42], searchAttributes: [] });
    // @ts-expect-error: without `typeof workflow`, args has no type to match
    await startWorkflowOnce(fakeRuntime(start), 'reviewTimeline', { workflowId: 'w-3', args: [input], searchAttributes: [] });
    expect(start).toHaveBeenCalledTimes(2);
  });
});
