import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import { REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { PARTNER_ALLOCATION_SCENARIOS, type PartnerAllocationScenario } from './partner-allocation-scenarios';
import { historyJSON } from './history-json';

/**
 * Records the partner-allocation workflows' histories (needs study, allocation round, partner agreement)
 * produced by the workflow code as it is now, under time skipping, into
 * libs/workflows/src/<workflow>/histories/<prefix>-<scenario>.json; the replay test runs them through the
 * current code. Run it when a workflow change adds a path worth keeping (a new prefix; never overwrite):
 *   ATHAR_ENGINES_DIR=… node -r @swc-node/register tools/workflows/record-partner-allocation-histories.ts v1
 */
async function main(prefix: string): Promise<void> {
  const engines = process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../.engines');
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: join(engines, 'bin', 'temporal-test-server') } },
  });
  try {
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    for (const scenario of PARTNER_ALLOCATION_SCENARIOS) {
      const dir = join(__dirname, '../../libs/workflows/src', scenario.dir, 'histories');
      mkdirSync(dir, { recursive: true });
      const history = await record(env, `record-${prefix}-${scenario.name}`, scenario);
      writeFileSync(join(dir, `${prefix}-${scenario.name}.json`), historyJSON(history) + '\n');
      console.log(`recorded ${scenario.dir}/histories/${prefix}-${scenario.name}.json`);
    }
  } finally {
    await env.teardown();
  }
}

async function record(env: TestWorkflowEnvironment, taskQueue: string, scenario: PartnerAllocationScenario): Promise<temporal.api.history.v1.IHistory> {
  const now = await env.currentTimeMs();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities: scenario.activities(now) });
  return worker.runUntil(async () => {
    const handle = await env.client.workflow.start(scenario.workflow, { taskQueue, workflowId: `record/${scenario.name}`, args: [scenario.input(now)] });
    for (const step of scenario.steps) {
      await env.sleep(step.sleepMs);
      if (step.signal) await handle.signal(step.signal.name, ...(step.signal.args?.(now) ?? []));
    }
    await handle.result();
    const { history } = await env.client.workflowService.getWorkflowExecutionHistory({
      namespace: env.namespace ?? 'default',
      execution: { workflowId: handle.workflowId },
      maximumPageSize: 1000,
    });
    if (!history) throw new Error(`no history for ${scenario.name}`);
    return history;
  });
}

void main(process.argv[2] ?? 'v1').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
