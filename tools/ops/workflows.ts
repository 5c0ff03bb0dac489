// Lists (or counts) an instance's Temporal workflows with a visibility query (docs/runbook.md):
//   npm run workflows -- [--query 'Stage="at-risk"'] [--due-within <days>] [--count] [--instance athar] [--all-instances] [--limit 100]
// The query is Temporal's visibility query over the search attributes TenantId, CaseId, Stage and
// Deadline; --due-within adds `Deadline < "<now + days>"`. It is narrowed to the instance's task queues unless --all-instances. Without --query:
// the running workflows. TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE as for the services.
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { eligibilityTaskQueue, reviewTimelineTaskQueue } from '@athar/workflows';
import { resolveInstance, runCommand, UsageError } from './ops-options';

const USAGE = `npm run workflows -- [--query '<visibility query>'] [--due-within <days>] [--count] [--instance <name>] [--all-instances] [--limit <n>]`;

/** The user's query, narrowed to the instance's task queues. */
function scopedQuery(query: string | undefined, dueWithinDays: number | undefined, instance: string | null): string {
  let base = query?.trim() || 'ExecutionStatus="Running"';
  if (dueWithinDays !== undefined) base = `(${base}) AND Deadline < "${new Date(Date.now() + dueWithinDays * 86_400_000).toISOString()}"`;
  if (instance === null) return base;
  const queues = [reviewTimelineTaskQueue(instance), eligibilityTaskQueue(instance)].map((q) => `"${q}"`).join(', ');
  return `(${base}) AND TaskQueue IN (${queues})`;
}

function attribute(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(attribute).join(',');
  return value === undefined || value === null ? '' : String(value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { query: { type: 'string' }, instance: { type: 'string' }, 'all-instances': { type: 'boolean', default: false }, count: { type: 'boolean', default: false }, limit: { type: 'string', default: '100' }, 'due-within': { type: 'string' } } });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
  const dueWithin = values['due-within'] === undefined ? undefined : Number(values['due-within']);
  if (dueWithin !== undefined && !(dueWithin >= 0)) throw new UsageError(`--due-within takes a number of days, not "${values['due-within']}"`);
  const instance = values['all-instances'] ? null : resolveInstance(values.instance);
  const query = scopedQuery(values.query, dueWithin, instance);
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  try {
    const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    if (values.count) {
      console.log((await client.workflow.count(query)).count);
      return 0;
    }
    let shown = 0;
    for await (const workflow of client.workflow.list({ query })) {
      if (shown === 0) console.log('workflow id'.padEnd(64), 'type'.padEnd(24), 'status'.padEnd(10), 'attributes');
      const attributes = workflow.typedSearchAttributes
        .getAll()
        .map(({ key, value }) => `${key.name}=${attribute(value)}`)
        .join(' ');
      console.log(workflow.workflowId.padEnd(64), workflow.type.padEnd(24), workflow.status.name.padEnd(10), attributes);
      shown += 1;
      if (shown >= limit) break;
    }
    console.log(`${shown} workflow${shown === 1 ? '' : 's'}${shown >= limit ? ` (--limit ${limit} reached)` : ''} for: ${query}`);
    return 0;
  } finally {
    await connection.close();
  }
}

runCommand(USAGE, main);
