import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import { decisionReachedSignal, REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { REVIEW_TIMELINE_SCENARIOS, type TimelineScenario } from './review-timeline-scenarios';
import { endedHistory, historyJSON } from './history-json';

/**
 * Records review-timeline histories produced by the workflow code as it is now, under time skipping,
 * into libs/workflows/src/review-timeline/histories/<prefix>-<scenario>.json. The replay test runs every
 * recorded history through the current code, so a change that would break running workflows fails CI.
 * Run it when a workflow change adds a path worth keeping (with a new prefix; never overwrite old files):
 *   node -r @swc-node/register tools/workflows/record-review-timeline-histories.ts v3
 */
async function main(prefix: string): Promise<void> {
  const dir = join(__dirname, '../../libs/workflows/src/review-timeline/histories');
  mkdirSync(dir, { recursive: true });
  const engines = process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../.engines');
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: join(engines, 'bin', 'temporal-test-server') } },
  });
  try {
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    const taskQueue = `record-${prefix}`;
    const noOp = async (): Promise<void> => undefined;
    // The breach activity answers as the scenario says the store would (ADR 0016: breached or decided in time).
    const inTime = new Set(REVIEW_TIMELINE_SCENARIOS.filter((s) => s.decidedInTimeBeforeSignal).map((s) => s.input(0).caseId));
    const recordDeadlineBreach = async ({ caseId }: { caseId: string }) => ({ breached: !inTime.has(caseId) });
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: WORKFLOWS_PATH,
      activities: { recordDeadlineBreach, recordReminder: noOp, recordServiceDeliveryEnd: noOp },
    });
    await worker.runUntil(async () => {
      for (const scenario of REVIEW_TIMELINE_SCENARIOS.filter((s) => s.versions.includes(prefix))) {
        const history = await record(env, taskQueue, scenario);
        writeFileSync(join(dir, `${prefix}-${scenario.name}.json`), historyJSON(history) + '\n');
        console.log(`recorded ${prefix}-${scenario.name}.json`);
      }
    });
  } finally {
    await env.teardown();
  }
}

async function record(env: TestWorkflowEnvironment, taskQueue: string, scenario: TimelineScenario): Promise<temporal.api.history.v1.IHistory> {
  const now = await env.currentTimeMs();
  const handle = await env.client.workflow.start(scenario.workflow, { taskQueue, workflowId: `record/${scenario.name}`, args: [scenario.input(now)] });
  for (const step of scenario.steps) {
    await env.sleep(step.sleepMs);
    if (step.signal) await handle.signal(decisionReachedSignal, { decision: step.signal });
  }
  await handle.result();
  return endedHistory(env, handle.workflowId, scenario.name);
}

void main(process.argv[2] ?? 'v1').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
