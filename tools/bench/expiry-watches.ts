/**
 * What a case's expiring documents cost Temporal, in the two designs of docs/adr/0054, measured in one
 * run on the Temporal dev server: one `documentExpiryWatch` workflow per document (the earlier design)
 * against one `caseDocumentExpiry` workflow per case fed by signal-with-start (the current one).
 *
 * For each design it watches N cases of D documents each (reminders a month away, so no timer fires and
 * no activity runs: what is measured is the cost of watching), with a worker of the workflows in this
 * process, then waits a fixed settle time for the worker to finish, and prints:
 *   - cases watched per second (the start and signal calls, 8 at a time);
 *   - CPU of the Temporal dev server and of this process (the client and the worker) per case;
 *   - workflow executions and history events per case (histories of a sample of cases).
 * It asserts nothing (docs/performance.md).
 *
 *   npm run bench:expiry                      # 200 cases of 4 documents
 *   npm run bench:expiry -- --cases 500 --documents 4
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import {
  caseDocumentExpiryWorkflowId,
  caseSearchAttributes,
  documentExpiryWatchWorkflowId,
  REVIEW_SEARCH_ATTRIBUTES,
  watchDocumentSignal,
  WORKFLOWS_PATH,
  type caseDocumentExpiry,
  type documentExpiryWatch,
  type DocumentWatch,
} from '@athar/workflows';
import { ENGINES_DIR } from '../platform/service-pids';
import { enginePids, sample } from './proc-stats';
import { writeResult } from './results';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '200' },
    documents: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '8' },
    settle: { type: 'string', default: '3' },
  },
});
const CASES = Number(values.cases);
const DOCUMENTS = Number(values.documents);
const CONCURRENCY = Number(values.concurrency);
const SETTLE_MS = Number(values.settle) * 1000;
for (const [name, value] of Object.entries({ cases: CASES, documents: DOCUMENTS, concurrency: CONCURRENCY, settle: SETTLE_MS / 1000 }))
  if (!Number.isInteger(value) || value <= 0 || value > 10_000) throw new Error(`--${name} must be a whole number from 1 to 10000 (got ${String(value)})`);

const ADDRESS = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
const NAMESPACE = process.env.TEMPORAL_NAMESPACE ?? 'default';
const TENANT = 'tuwaiq';
const DAY_MS = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Design {
  name: string;
  /** Watches one case's documents; returns the ids of the workflows it started. */
  watchCase(client: Client, taskQueue: string, caseId: string, watches: DocumentWatch[]): Promise<string[]>;
}

const perDocument: Design = {
  name: 'one workflow per document (documentExpiryWatch)',
  async watchCase(client, taskQueue, caseId, watches) {
    const ids: string[] = [];
    for (const w of watches) {
      const workflowId = documentExpiryWatchWorkflowId(TENANT, caseId, w.documentId, w.verificationEventId);
      await client.workflow.start<typeof documentExpiryWatch>('documentExpiryWatch', {
        taskQueue,
        workflowId,
        args: [{ tenantId: TENANT, caseId, ...w }],
        typedSearchAttributes: caseSearchAttributes(TENANT, caseId, 'document-valid', w.remindAt),
      });
      ids.push(workflowId);
    }
    return ids;
  },
};

const perCase: Design = {
  name: 'one workflow per case (caseDocumentExpiry, signal-with-start)',
  async watchCase(client, taskQueue, caseId, watches) {
    const workflowId = caseDocumentExpiryWorkflowId(TENANT, caseId);
    for (const w of watches)
      await client.workflow.signalWithStart<typeof caseDocumentExpiry, [DocumentWatch]>('caseDocumentExpiry', {
        taskQueue,
        workflowId,
        args: [{ tenantId: TENANT, caseId, waiting: [w], done: [] }],
        signal: watchDocumentSignal,
        signalArgs: [w],
        typedSearchAttributes: caseSearchAttributes(TENANT, caseId, 'document-valid', w.remindAt),
      });
    return [workflowId];
  },
};

interface Figures {
  design: string;
  casesPerSecond: number;
  temporalCpuMsPerCase: number;
  benchCpuMsPerCase: number;
  executionsPerCase: number;
  historyEventsPerCase: number;
}

async function measure(client: Client, connection: NativeConnection, design: Design): Promise<Figures> {
  const taskQueue = `bench-expiry-${randomBytes(4).toString('hex')}`;
  const worker = await Worker.create({ connection, namespace: NAMESPACE, taskQueue, workflowsPath: WORKFLOWS_PATH });
  const temporal = enginePids(ENGINES_DIR).find((g) => g.name === 'Temporal dev server')!;
  const started: string[][] = [];
  const now = Date.now();
  const cases = Array.from({ length: CASES }, () => ({
    caseId: randomUUID(),
    // reminders 30 to 30 + D days away, the later documents due sooner (each one moves the case's deadline)
    watches: Array.from({ length: DOCUMENTS }, (_, i) => ({
      documentId: randomUUID(),
      verificationEventId: randomUUID(),
      remindAt: new Date(now + (30 + DOCUMENTS - i) * DAY_MS).toISOString(),
    })),
  }));
  try {
    return await worker.runUntil(async () => {
      const temporalBefore = sample(temporal).cpuSeconds;
      const benchBefore = process.cpuUsage();
      const queue = [...cases];
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          for (let c = queue.shift(); c !== undefined; c = queue.shift()) started.push(await design.watchCase(client, taskQueue, c.caseId, c.watches));
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      await sleep(SETTLE_MS); // the worker takes the last workflow tasks; the same settle for both designs
      const temporalCpu = sample(temporal).cpuSeconds - temporalBefore;
      const benchCpu = process.cpuUsage(benchBefore);
      // history events per case, from a sample of cases
      const sampled = started.slice(0, Math.min(20, started.length));
      let events = 0;
      for (const ids of sampled)
        for (const workflowId of ids) {
          const { history } = await client.workflowService.getWorkflowExecutionHistory({ namespace: NAMESPACE, execution: { workflowId } });
          events += history?.events?.length ?? 0;
        }
      return {
        design: design.name,
        casesPerSecond: CASES / seconds,
        temporalCpuMsPerCase: (temporalCpu * 1000) / CASES,
        benchCpuMsPerCase: (benchCpu.user + benchCpu.system) / 1000 / CASES,
        executionsPerCase: started.flat().length / CASES,
        historyEventsPerCase: events / sampled.length,
      };
    });
  } finally {
    await Promise.all(
      started.flat().map((id) =>
        client.workflow
          .getHandle(id)
          .terminate('benchmark over')
          .catch(() => undefined),
      ),
    );
  }
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const connection = await Connection.connect({ address: ADDRESS });
  const native = await NativeConnection.connect({ address: ADDRESS });
  try {
    await ensureSearchAttributes(connection, NAMESPACE, REVIEW_SEARCH_ATTRIBUTES);
    const client = new Client({ connection, namespace: NAMESPACE });
    console.log(`[bench] ${CASES} cases of ${DOCUMENTS} documents, ${CONCURRENCY} at a time, on the Temporal dev server at ${ADDRESS}`);
    const before = await measure(client, native, perDocument);
    const after = await measure(client, native, perCase);
    const rows: Array<[string, (f: Figures) => string]> = [
      ['cases watched/s', (f) => f.casesPerSecond.toFixed(1)],
      ['Temporal dev server CPU per case', (f) => `${f.temporalCpuMsPerCase.toFixed(1)} ms`],
      ['client and worker CPU per case (this process)', (f) => `${f.benchCpuMsPerCase.toFixed(1)} ms`],
      ['workflow executions per case', (f) => f.executionsPerCase.toFixed(0)],
      ['history events per case', (f) => f.historyEventsPerCase.toFixed(0)],
    ];
    console.log(`\n| figure | ${before.design} | ${after.design} |\n|---|---|---|`);
    for (const [label, show] of rows) console.log(`| ${label} | ${show(before)} | ${show(after)} |`);
    const speedup = after.casesPerSecond / before.casesPerSecond;
    const cpu = after.temporalCpuMsPerCase / before.temporalCpuMsPerCase;
    console.log(`\nratios (one run): cases/s ${speedup.toFixed(2)} ×, Temporal CPU per case ${cpu.toFixed(2)} ×`);
    writeResult('expiry-watches', { cases: CASES, documents: DOCUMENTS, before, after, speedup, temporalCpuRatio: cpu });
  } finally {
    await connection.close();
    await native.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
