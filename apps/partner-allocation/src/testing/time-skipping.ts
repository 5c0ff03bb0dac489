import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import { REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';

/** The Java time-skipping test server the engines directory holds (infra/local/engines.sh). */
const TEST_SERVER = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../.engines'), 'bin', 'temporal-test-server');

/** A time-skipping Temporal with the platform's search attributes registered: weeks pass in seconds. */
export async function timeSkipping(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
  return env;
}

/** One call an activity stub received, with the arguments the workflow gave it. */
export interface Call<A> {
  name: string;
  input: A;
}

/**
 * Activities as plain functions that record their calls and answer as the test says: the unit under test
 * is the workflow (when it calls what, with which instant), not the deciders behind the activities.
 */
export function recordingActivities<T extends Record<string, (input: never) => Promise<unknown>>>(answers: T): { activities: T; calls: Array<Call<unknown>> } {
  const calls: Array<Call<unknown>> = [];
  const activities = Object.fromEntries(
    Object.entries(answers).map(([name, answer]) => [
      name,
      async (input: never) => {
        calls.push({ name, input });
        return answer(input);
      },
    ]),
  ) as T;
  return { activities, calls };
}

export function workerFor(env: TestWorkflowEnvironment, taskQueue: string, activities: object): Promise<Worker> {
  return Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities });
}

/** The values the Stage search attribute was set to, in order. */
export async function stagesOf(env: TestWorkflowEnvironment, workflowId: string): Promise<string[]> {
  return ((await env.client.workflow.getHandle(workflowId).fetchHistory()).events ?? []).flatMap((e) => {
    const payload = e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.Stage;
    return payload?.data ? [JSON.parse(Buffer.from(payload.data).toString()) as string] : [];
  });
}

/** Fired at the instant, give or take the few seconds a workflow task and an activity take to start. */
export function expectOnTime(actual: string, expected: string): void {
  const lateMs = Date.parse(actual) - Date.parse(expected);
  expect(lateMs).toBeGreaterThanOrEqual(0);
  expect(lateMs).toBeLessThan(5_000);
}
