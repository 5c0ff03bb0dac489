import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { needsStudyPoints } from '@athar/domain-partner-allocation';
import { needsStudyCompletedSignal, needsStudyWorkflowId, partnerAllocationTaskQueue, type NeedsStudyTimelineInput } from '@athar/workflows';
import { expectOnTime, recordingActivities, stagesOf, timeSkipping, workerFor } from '../../testing/time-skipping';

jest.setTimeout(120_000);

const DAY_MS = 24 * 3600_000;

/**
 * The needs study's timeline under time skipping (Tuwaiq, partner allocation 2): the assessor is reminded
 * at each point of the study window, the breach is recorded at the deadline, and the completion signal
 * ends it. The activities are stubs recording their calls: the workflow is the unit under test.
 */
describe('needs-study timeline workflow (time skipping)', () => {
  let env: TestWorkflowEnvironment;
  const taskQueue = partnerAllocationTaskQueue(`it${randomUUID().slice(0, 8)}`);

  beforeAll(async () => {
    env = await timeSkipping();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function inputFor(windowDays: number): Promise<NeedsStudyTimelineInput> {
    const now = await env.currentTimeMs();
    const submittedAt = new Date(now).toISOString();
    const deadline = new Date(now + windowDays * DAY_MS).toISOString();
    return { tenantId: 'tuwaiq', partnerRequestId: randomUUID(), deadline, points: needsStudyPoints(submittedAt, deadline, [50, 80]) };
  }

  const stubs = () => recordingActivities({ recordStudyReminder: async () => undefined, recordStudyBreach: async () => undefined });

  it('reminds the assessor at 50 % and 80 % of the window and records the breach at the deadline when no study came', async () => {
    const input = await inputFor(10);
    expect(input.points.map((p) => p.percent)).toEqual([50, 80]);
    const { activities, calls } = stubs();
    const workflowId = needsStudyWorkflowId(input.tenantId, input.partnerRequestId);
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(() => env.client.workflow.execute('needsStudyTimeline', { taskQueue, workflowId, args: [input] }));
    expect(outcome).toBe('breached');
    expect(calls.map((c) => c.name)).toEqual(['recordStudyReminder', 'recordStudyReminder', 'recordStudyBreach']);
    const [first, second, breach] = calls.map((c) => c.input as { percent?: number; firedAt: string; partnerRequestId: string });
    expect([first.percent, second.percent]).toEqual([50, 80]);
    expectOnTime(first.firedAt, input.points[0].at);
    expectOnTime(second.firedAt, input.points[1].at);
    expectOnTime(breach.firedAt, input.deadline);
    expect(breach).toMatchObject({ tenantId: 'tuwaiq', partnerRequestId: input.partnerRequestId });
    expect(await stagesOf(env, workflowId)).toEqual(['study-overdue']);
  });

  it('a study completed between the reminders ends it: no later reminder, no breach', async () => {
    const input = await inputFor(10);
    const { activities, calls } = stubs();
    const workflowId = needsStudyWorkflowId(input.tenantId, input.partnerRequestId);
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(async () => {
      const handle = await env.client.workflow.start('needsStudyTimeline', { taskQueue, workflowId, args: [input] });
      await env.sleep(6 * DAY_MS); // after 50 % (day 5), before 80 % (day 8)
      await handle.signal(needsStudyCompletedSignal);
      return handle.result();
    });
    expect(outcome).toBe('studied');
    expect(calls.map((c) => [c.name, (c.input as { percent?: number }).percent])).toEqual([['recordStudyReminder', 50]]);
    expect(await stagesOf(env, workflowId)).toEqual(['studied']);
  });

  it('a study completed after the last reminder, before the deadline: no breach', async () => {
    const input = await inputFor(10);
    const { activities, calls } = stubs();
    const workflowId = needsStudyWorkflowId(input.tenantId, input.partnerRequestId);
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(async () => {
      const handle = await env.client.workflow.start('needsStudyTimeline', { taskQueue, workflowId, args: [input] });
      await env.sleep(Date.parse(input.deadline) - (await env.currentTimeMs()) - 3600_000);
      await handle.signal(needsStudyCompletedSignal);
      return handle.result();
    });
    expect(outcome).toBe('studied');
    expect(calls.map((c) => c.name)).toEqual(['recordStudyReminder', 'recordStudyReminder']);
  });
});
