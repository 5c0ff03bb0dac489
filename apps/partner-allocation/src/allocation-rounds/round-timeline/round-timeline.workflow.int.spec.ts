import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { allocationRoundWorkflowId, partnerAllocationTaskQueue, type AllocationRoundTimelineInput } from '@athar/workflows';
import { expectOnTime, recordingActivities, timeSkipping, workerFor } from '../../testing/time-skipping';

jest.setTimeout(120_000);

const DAY_MS = 24 * 3600_000;

/**
 * The allocation round's timeline under time skipping (Tuwaiq, partner allocation 3; ADR 0037): it opens
 * the round at its opening instant and closes it (the close computes the proposal) at its closing instant,
 * once. A close decider that finds the instant not yet reached throws, and the workflow asks again.
 * The activities are stubs recording their calls: the workflow is the unit under test.
 */
describe('allocation-round timeline workflow (time skipping)', () => {
  let env: TestWorkflowEnvironment;
  const taskQueue = partnerAllocationTaskQueue(`it${randomUUID().slice(0, 8)}`);

  beforeAll(async () => {
    env = await timeSkipping();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function roundInput(opensInMs: number, closesInMs: number): Promise<AllocationRoundTimelineInput> {
    const now = await env.currentTimeMs();
    return { tenantId: 'tuwaiq', roundId: randomUUID(), opensAt: new Date(now + opensInMs).toISOString(), closesAt: new Date(now + closesInMs).toISOString() };
  }

  it('opens the round at its opening instant and closes it at its closing instant, calling the close once', async () => {
    const input = await roundInput(2 * DAY_MS, 30 * DAY_MS);
    const { activities, calls } = recordingActivities({ openAllocationRound: async () => undefined, closeAllocationRound: async () => undefined });
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(() =>
      env.client.workflow.execute('allocationRoundTimeline', {
        taskQueue,
        workflowId: allocationRoundWorkflowId(input.tenantId, input.roundId),
        args: [input],
      }),
    );
    expect(outcome).toBe('proposed');
    expect(calls.map((c) => c.name)).toEqual(['openAllocationRound', 'closeAllocationRound']);
    const [opened, closed] = calls.map((c) => c.input as { tenantId: string; roundId: string; firedAt: string });
    expect(opened).toMatchObject({ tenantId: 'tuwaiq', roundId: input.roundId });
    expect(closed).toMatchObject({ tenantId: 'tuwaiq', roundId: input.roundId });
    expectOnTime(opened.firedAt, input.opensAt);
    expectOnTime(closed.firedAt, input.closesAt);
  });

  it('a round whose opening instant has passed opens at once, then waits for its close', async () => {
    const input = await roundInput(-DAY_MS, 3 * DAY_MS);
    const { activities, calls } = recordingActivities({ openAllocationRound: async () => undefined, closeAllocationRound: async () => undefined });
    await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(() =>
      env.client.workflow.execute('allocationRoundTimeline', {
        taskQueue,
        workflowId: allocationRoundWorkflowId(input.tenantId, input.roundId),
        args: [input],
      }),
    );
    const [opened, closed] = calls.map((c) => c.input as { firedAt: string });
    expect(Date.parse(opened.firedAt)).toBeLessThan(Date.parse(input.closesAt) - 2 * DAY_MS);
    expectOnTime(closed.firedAt, input.closesAt);
  });

  it('a close decider that says "not yet" (its clock behind the timer) is asked again until it closes the round', async () => {
    const input = await roundInput(DAY_MS, 5 * DAY_MS);
    let closeAnswers = 0;
    const { activities, calls } = recordingActivities({
      openAllocationRound: async () => undefined,
      closeAllocationRound: async () => {
        closeAnswers += 1;
        if (closeAnswers < 3) throw new Error(`round ${input.roundId} closes at ${input.closesAt}`);
      },
    });
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(() =>
      env.client.workflow.execute('allocationRoundTimeline', {
        taskQueue,
        workflowId: allocationRoundWorkflowId(input.tenantId, input.roundId),
        args: [input],
      }),
    );
    expect(outcome).toBe('proposed');
    expect(calls.map((c) => c.name)).toEqual(['openAllocationRound', 'closeAllocationRound', 'closeAllocationRound', 'closeAllocationRound']);
  });
});
