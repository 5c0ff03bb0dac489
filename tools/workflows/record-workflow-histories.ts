import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import { REVIEW_SEARCH_ATTRIBUTES, WORKFLOWS_PATH } from '@athar/workflows';
import { ELIGIBILITY_SCENARIOS, type EligibilityScenario } from './eligibility-scenarios';
import { PARTNER_ALLOCATION_SCENARIOS, type PartnerAllocationScenario } from './partner-allocation-scenarios';
import { endedHistory, historyJSON } from './history-json';

type Scenario = PartnerAllocationScenario | EligibilityScenario;

/**
 * Records workflow histories (the partner-allocation workflows: needs study, allocation round, partner
 * agreement; the eligibility ones: a case's document expiries, the earlier per-document watch) produced
 * by the workflow code as it is now, under time skipping, into
 * libs/workflows/src/<dir>/histories/<prefix>-<scenario>.json; the replay test runs them through the
 * current code. Run it when a workflow change adds a path worth keeping, for the folders it concerns (a
 * new prefix; never overwrite):
 *   ATHAR_ENGINES_DIR=… node -r @swc-node/register tools/workflows/record-workflow-histories.ts v1 eligibility
 */
async function main(prefix: string, dirs: string[]): Promise<void> {
  const scenarios: Scenario[] = [...PARTNER_ALLOCATION_SCENARIOS, ...ELIGIBILITY_SCENARIOS].filter((s) => dirs.length === 0 || dirs.includes(s.dir));
  const engines = process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../.engines');
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: join(engines, 'bin', 'temporal-test-server') } },
  });
  try {
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    for (const scenario of scenarios) {
      const dir = join(__dirname, '../../libs/workflows/src', scenario.dir, 'histories');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${prefix}-${scenario.name}.json`);
      if (existsSync(file)) throw new Error(`${file} exists: a recorded history is never overwritten (choose a new prefix)`);
      const history = await record(env, `record-${prefix}-${scenario.name}`, scenario);
      writeFileSync(file, historyJSON(history) + '\n');
      console.log(`recorded ${scenario.dir}/histories/${prefix}-${scenario.name}.json`);
    }
  } finally {
    await env.teardown();
  }
}

async function record(env: TestWorkflowEnvironment, taskQueue: string, scenario: Scenario): Promise<temporal.api.history.v1.IHistory> {
  const now = await env.currentTimeMs();
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities: scenario.activities(now) });
  return worker.runUntil(async () => {
    const handle = await env.client.workflow.start(scenario.workflow, { taskQueue, workflowId: `record/${scenario.name}`, args: [scenario.input(now)] });
    for (const step of scenario.steps) {
      await env.sleep(step.sleepMs);
      if (step.signal) await handle.signal(step.signal.name, ...(step.signal.args?.(now) ?? []));
    }
    await handle.result();
    return endedHistory(env, handle.workflowId, scenario.name);
  });
}

void main(process.argv[2] ?? 'v1', process.argv.slice(3)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
