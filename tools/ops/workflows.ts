// Lists (or counts) an instance's Temporal workflows with a visibility query (docs/runbook.md):
//   npm run workflows -- [--query 'Stage="at-risk"'] [--due-within <days>] [--count] [--instance athar] [--all-instances] [--include-closed] [--limit 100]
// The query is Temporal's visibility query over the search attributes TenantId, CaseId, Stage and
// Deadline; --due-within adds `Deadline < "<now + days>"`. It is narrowed to running workflows unless
// --include-closed (a finished workflow keeps its last Stage), and to the instance's task queues unless --all-instances. TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE as for the services.
import { parseArgs } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { resolveInstance, runCommand, UsageError } from './ops-options';
import { scopedQuery } from '@athar/temporal-kit';

const USAGE = `npm run workflows -- [--query '<visibility query>'] [--due-within <days>] [--count] [--instance <name>] [--all-instances] [--include-closed] [--limit <n>]`;

function attribute(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(attribute).join(',');
  return value === undefined || value === null ? '' : String(value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      query: { type: 'string' },
      instance: { type: 'string' },
      'all-instances': { type: 'boolean', default: false },
      'include-closed': { type: 'boolean', default: false },
      count: { type: 'boolean', default: false },
      limit: { type: 'string', default: '100' },
      'due-within': { type: 'string' },
    },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
  const dueWithin = values['due-within'] === undefined ? undefined : Number(values['due-within']);
  if (dueWithin !== undefined && !(dueWithin >= 0)) throw new UsageError(`--due-within takes a number of days, not "${values['due-within']}"`);
  const instance = values['all-instances'] ? null : resolveInstance(values.instance);
  const query = scopedQuery(values.query, { dueWithinDays: dueWithin, instance, includeClosed: values['include-closed'] });
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
