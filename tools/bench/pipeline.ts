/**
 * The pipeline benchmark: how many cases a second go from `POST /applications` to the committee's review
 * opened, on this machine, against what the slowest engines can do raw in the same run.
 *
 * It starts a platform of its own (a throw-away instance on the shared engines, a throw-away Keycloak
 * realm), loads it for a bounded time with N clients (or a paced rate), waits a bounded time for the
 * backlog to drain, and prints:
 *   - acknowledged/s and reviews opened/s; POST and submit → review-opened p50/p95/p99, and each hop
 *     of the way (submitted, eligibility assessed, review opened, as seen on the services' topics);
 *   - CPU (% of one core) and resident memory of every service and engine process during the load, with
 *     each one's memory at the end of a warm-up (the first 20 % of the load, or --warmup) and at the end
 *     of the load, and its growth after warm-up (goal: no service grows more than 10 % under steady load);
 *   - PostgreSQL's statements during the load, each one's calls and execution time per acknowledged case
 *     (pg_stat_statements; the store's, the inbox's and FerretDB's documents alike);
 *   - the raw Temporal dev server workflow-start rate and the raw PostgreSQL fsynced-insert rate,
 *     measured in the same run, and the ratios of the pipeline's rate to them.
 * Review opened is taken from committee-review's integration topic (`ReviewOpened`), as a consumer sees it.
 * It asserts nothing: figures on a shared machine are not a test (see docs/performance.md).
 *
 *   npm run bench:pipeline                                   # 8 clients, 30 s of load
 *   npm run bench:pipeline -- --rate 10 --seconds 60         # paced: 10 submissions a second
 *   npm run bench:pipeline -- --record                       # also prepends the table to docs/performance.md
 *   npm run bench:pipeline -- --profile /tmp/athar-profiles  # CPU profile of each service: where the load's time goes
 *   npm run bench:pipeline -- --rate 8 --seconds 1200        # memory under a 20-minute steady load
 *   npm run bench:pipeline -- --keep-logs                    # keeps the services' logs (printed folder)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { Client, Connection } from '@temporalio/client';
import { eventsTopic } from '@athar/contracts';
import { DEFAULT_PG_MIGRATION_URL } from '@athar/event-store';
import { API_AUDIENCE, keycloakConnectionFromEnv, TestRealm } from '@athar/identity';
import { deleteInstance, mainThreadProfile, startPlatform, stopServices, type RunningService } from '@athar/launcher';
import { kafkaConfigFromEnv } from '@athar/messaging';
import { ENGINES_DIR } from '../platform/service-pids';
import { applicationBody, randomBasePort } from '../../apps/platform-e2e/src/platform-under-test';
import { formatSummary, readProfile, summariseProfile } from './cpu-profile';
import { formatStatements, readStatements, resetStatements } from './pg-statements';
import { enginePids, percentile, sample, type ProcessGroup, type Sample } from './proc-stats';
import { formatPercent, largestGrowth, memoryGrowth } from './summary';
import { writeResult } from './results';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '8' },
    rate: { type: 'string' },
    seconds: { type: 'string', default: '30' },
    drain: { type: 'string', default: '90' },
    tenant: { type: 'string', default: 'awj' },
    service: { type: 'string', default: 'member-service' },
    'raw-workflows': { type: 'string', default: '400' },
    'raw-inserts': { type: 'string', default: '2000' },
    record: { type: 'boolean', default: false },
    profile: { type: 'string' },
    warmup: { type: 'string' },
    'keep-logs': { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(values.clients);
const RATE = values.rate === undefined ? undefined : Number(values.rate);
const SECONDS = Number(values.seconds);
const DRAIN_SECONDS = Number(values.drain);
const TENANT = values.tenant!;
const SERVICE = values.service!;
const WARMUP_SECONDS = values.warmup === undefined ? SECONDS / 5 : Number(values.warmup);
if (!Number.isFinite(WARMUP_SECONDS) || WARMUP_SECONDS < 0 || WARMUP_SECONDS >= SECONDS) throw new Error('--warmup must be from 0 to less than --seconds');
for (const [name, value] of Object.entries({ clients: CLIENTS, seconds: SECONDS, drain: DRAIN_SECONDS, rate: RATE ?? 1 }))
  if (!Number.isFinite(value) || value <= 0 || value > 10_000) throw new Error(`--${name} must be a positive number (got ${String(value)})`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);

interface Submission {
  sentAt: number;
  ackedAt?: number;
  status?: number;
  /** The error's code when refused (`concurrent-change`, `duplicate-open-request`…): why, not only that. */
  code?: string;
  caseId?: string;
}

/** The raw rate at which the Temporal server starts workflows (no worker: they are terminated after). */
async function rawTemporalStartRate(count: number): Promise<number> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
  const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
  const taskQueue = `bench-raw-${randomBytes(4).toString('hex')}`;
  const ids = Array.from({ length: count }, (_, i) => `${taskQueue}/${i}`);
  const queue = [...ids];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift())
        await client.workflow.start('benchRawStart', { taskQueue, workflowId: id, args: [], workflowExecutionTimeout: '5 minutes' });
    }),
  );
  const rate = count / ((performance.now() - started) / 1000);
  const left = [...ids];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let id = left.shift(); id !== undefined; id = left.shift())
        await client.workflow
          .getHandle(id)
          .terminate('benchmark over')
          .catch(() => undefined);
    }),
  );
  await connection.close();
  return rate;
}

/** The raw rate of fsynced 1 KB inserts from one PostgreSQL client, one transaction each. */
async function rawStoreInsertRate(count: number): Promise<number> {
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_MIGRATION_URL || DEFAULT_PG_MIGRATION_URL, max: 1 });
  const schema = `bench_raw_${randomBytes(4).toString('hex')}`;
  const table = `${schema}.inserts`;
  await pool.query(`CREATE SCHEMA ${schema}`);
  await pool.query(`CREATE TABLE ${table} (id bigserial PRIMARY KEY, body text NOT NULL)`);
  try {
    const body = 'x'.repeat(1024);
    const started = performance.now();
    for (let i = 0; i < count; i += 1) await pool.query(`INSERT INTO ${table} (body) VALUES ($1)`, [body]);
    return count / ((performance.now() - started) / 1000);
  } finally {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  }
}

async function main(): Promise<void> {
  const instance = `bench${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'athar-bench-'));
  const realm = new TestRealm(keycloakConnectionFromEnv());
  let services: RunningService[] = [];
  const kafka = new Kafka({ brokers: kafkaConfigFromEnv(process.env).brokers, clientId: `${instance}.bench`, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `${instance}.bench` });
  // When the services were spawned, and the load's window after that: a profile counts only the load.
  let spawnedAt = 0;
  let profiled: { fromMs: number; toMs: number } | undefined;
  try {
    console.log(`[bench] raw engine rates first (Temporal ${values['raw-workflows']} starts, PostgreSQL ${values['raw-inserts']} inserts)…`);
    const temporalRate = await rawTemporalStartRate(Number(values['raw-workflows']));
    const insertRate = await rawStoreInsertRate(Number(values['raw-inserts']));

    console.log(`[bench] starting a platform of its own (instance ${instance})…`);
    await realm.create([{ tenantId: TENANT }]);
    if (values.profile) mkdirSync(values.profile, { recursive: true });
    spawnedAt = performance.now();
    services = await startPlatform({
      nodeArgs: values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [],
      readyTimeoutMs: Number(process.env.ATHAR_READY_TIMEOUT_MS ?? 240_000),
      instance,
      basePort: randomBasePort(5000),
      logDir: join(dir, 'logs'),
      tokenVerifier: { jwksUrl: realm.urls.jwks, issuer: realm.urls.issuer, audience: API_AUDIENCE },
    });
    const intake = services.find((s) => s.context === 'intake')!.url;
    // Several officers, so the per-user rate limit is not what is measured. Each request asks the realm
    // for its officer's token: reused, and renewed before it expires (identity's signedInOnce), so a
    // load longer than a token's lifetime is not answered 401 once the first tokens expire.
    const officers = Array.from({ length: Math.max(4, CLIENTS) }, (_, i) => `${TENANT}-bench-${i}`);
    const tokenOf = (i: number) => realm.tokenFor(TENANT, ['relations-officer'], officers[i % officers.length]);
    await Promise.all(officers.map((_, i) => tokenOf(i)));

    // When a consumer first sees each case's milestone on its service's topic: where a case waits.
    const milestones = {
      ApplicationSubmitted: new Map<string, number>(),
      EligibilityAssessed: new Map<string, number>(),
      ReviewOpened: new Map<string, number>(),
    };
    const reviewOpened = milestones.ReviewOpened;
    await consumer.connect();
    await consumer.subscribe({
      topics: (['intake', 'eligibility', 'committee-review'] as const).map((context) => eventsTopic(context, instance)),
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const type = message.headers?.['event-type']?.toString();
        if (type === undefined || !(type in milestones) || !message.value) return;
        const seen = milestones[type as keyof typeof milestones];
        const event = JSON.parse(message.value.toString()) as { data: { caseId?: string } };
        if (event.data.caseId !== undefined && !seen.has(event.data.caseId)) seen.set(event.data.caseId, performance.now());
      },
    });

    const groups: ProcessGroup[] = [...services.map((s) => ({ name: s.context, pids: () => [s.process.pid!] })), ...enginePids(ENGINES_DIR)];
    // PostgreSQL's statements are counted from here to the end of the load (a superuser resets them).
    const statementsPool = new Pool({ connectionString: process.env.ATHAR_PG_SUPERUSER_URL || 'postgres://athar:athar@127.0.0.1:15432/athar', max: 1 });
    const countingStatements = await resetStatements(statementsPool);
    const before = groups.map(sample);

    const submissions: Submission[] = [];
    const loadEnds = performance.now() + SECONDS * 1000;
    const submitOne = async (officer: number): Promise<void> => {
      const token = await tokenOf(officer);
      const submission: Submission = { sentAt: performance.now() };
      submissions.push(submission);
      try {
        const response = await fetch(`${intake}/applications`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(applicationBody(SERVICE, 'website')),
          signal: AbortSignal.timeout(30_000),
        });
        submission.status = response.status;
        const answer = (await response.json()) as { caseId?: string; code?: string };
        submission.ackedAt = performance.now();
        if (response.status === 201) submission.caseId = answer.caseId;
        else submission.code = answer.code;
      } catch {
        submission.status = 0;
      }
    };
    console.log(`[bench] load: ${RATE === undefined ? `${CLIENTS} clients` : `${RATE}/s paced`} for ${SECONDS} s…`);
    const loadStarted = performance.now();
    // Memory at the end of the warm-up: what the growth under steady load is measured from.
    let warmed: Sample[] | undefined;
    const warmup = setTimeout(() => (warmed = groups.map(sample)), WARMUP_SECONDS * 1000);
    if (RATE === undefined) {
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, c) => {
          while (performance.now() < loadEnds) await submitOne(c);
        }),
      );
    } else {
      const inFlight: Promise<void>[] = [];
      for (let i = 0; performance.now() < loadEnds; i += 1) {
        inFlight.push(submitOne(i));
        await sleep(Math.max(0, loadStarted + ((i + 1) * 1000) / RATE - performance.now()));
      }
      await Promise.all(inFlight);
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const after = groups.map(sample);
    const statements = countingStatements ? await readStatements(statementsPool, 15) : undefined;
    await statementsPool.end();
    clearTimeout(warmup);
    const memory = memoryGrowth(before, warmed ?? before, after);
    const serviceNames = new Set<string>(services.map((s) => s.context));
    const worst = largestGrowth(memory.filter((m) => serviceNames.has(m.name)));

    const acked = submissions.filter((s) => s.caseId !== undefined);
    const drainEnds = performance.now() + DRAIN_SECONDS * 1000;
    while (performance.now() < drainEnds && acked.some((s) => !reviewOpened.has(s.caseId!))) await sleep(250);
    const opened = acked.filter((s) => reviewOpened.has(s.caseId!));
    profiled = { fromMs: loadStarted - spawnedAt, toMs: performance.now() - spawnedAt };
    const lastOpened = Math.max(loadStarted, ...opened.map((s) => reviewOpened.get(s.caseId!)!));

    const postLatency = submissions.filter((s) => s.ackedAt !== undefined).map((s) => s.ackedAt! - s.sentAt);
    const toReview = opened.map((s) => reviewOpened.get(s.caseId!)! - s.sentAt);
    const ackRate = acked.length / loadSeconds;
    const openRate = opened.length / ((lastOpened - loadStarted) / 1000);
    const statuses = new Map<string, number>();
    for (const s of submissions) {
      const key = `${s.status ?? -1}${s.code ? ` ${s.code}` : ''}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }

    const lines: string[] = [];
    const out = (line = '') => {
      lines.push(line);
      console.log(line);
    };
    out(`### Pipeline, ${new Date().toISOString()}`);
    out();
    out(
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}. ` +
        `Load: ${RATE === undefined ? `${CLIENTS} clients, unpaced` : `paced at ${RATE}/s`}, ${loadSeconds.toFixed(0)} s, ` +
        `tenant ${TENANT}, service ${SERVICE}; drain up to ${DRAIN_SECONDS} s.`,
    );
    out();
    out('| figure | value |');
    out('|---|---|');
    out(`| submissions sent | ${submissions.length} (${[...statuses].map(([status, n]) => `${status}: ${n}`).join(', ')}) |`);
    out(`| acknowledged/s | ${ackRate.toFixed(1)} |`);
    out(`| reviews opened | ${opened.length} of ${acked.length} acknowledged |`);
    out(`| reviews opened/s (first POST → last review opened) | ${Number.isFinite(openRate) ? openRate.toFixed(1) : '—'} |`);
    out(`| POST p50 / p95 / p99 | ${ms(percentile(postLatency, 50))} / ${ms(percentile(postLatency, 95))} / ${ms(percentile(postLatency, 99))} |`);
    out(`| submit → review opened p50 / p95 / p99 | ${ms(percentile(toReview, 50))} / ${ms(percentile(toReview, 95))} / ${ms(percentile(toReview, 99))} |`);
    // Each hop of a case on its way, from the previous milestone seen on Kafka (the first from the POST).
    const hops: Array<[string, (s: Submission) => number | undefined, (s: Submission) => number | undefined]> = [
      ['submit → ApplicationSubmitted on intake’s topic', (s) => s.sentAt, (s) => milestones.ApplicationSubmitted.get(s.caseId!)],
      [
        '→ EligibilityAssessed on eligibility’s topic',
        (s) => milestones.ApplicationSubmitted.get(s.caseId!),
        (s) => milestones.EligibilityAssessed.get(s.caseId!),
      ],
      ['→ ReviewOpened on committee-review’s topic', (s) => milestones.EligibilityAssessed.get(s.caseId!), (s) => reviewOpened.get(s.caseId!)],
    ];
    for (const [name, from, to] of hops) {
      const spans = acked.flatMap((s) => {
        const [a, b] = [from(s), to(s)];
        return a === undefined || b === undefined ? [] : [b - a];
      });
      out(`| ${name} p50 / p95 / p99 (${spans.length} cases) | ${ms(percentile(spans, 50))} / ${ms(percentile(spans, 95))} / ${ms(percentile(spans, 99))} |`);
    }
    out(`| raw Temporal workflow starts/s (same run) | ${temporalRate.toFixed(0)} |`);
    out(`| raw PostgreSQL fsynced 1 KB inserts/s (same run) | ${insertRate.toFixed(0)} |`);
    out(`| ratio: reviews opened/s ÷ raw Temporal starts/s | ${(openRate / temporalRate).toFixed(2)} (goal ≥ 0.7) |`);
    out(`| ratio: acknowledged/s ÷ raw inserts/s | ${(ackRate / insertRate).toFixed(3)} |`);
    out(
      `| memory growth after ${WARMUP_SECONDS.toFixed(0)} s of warm-up, largest of the services | ${worst ? `${worst.percent.toFixed(1)} % (${worst.name})` : '—'} (goal ≤ 10 %) |`,
    );
    out();
    // CPU per acknowledged case: what one case costs each process, so the cores' budget reads directly
    // (two cores give 2,000 ms of CPU a second: 50 cases/s leave 40 ms a case for everything).
    const perCase = (cpuSeconds: number) => (acked.length > 0 ? `${((cpuSeconds * 1000) / acked.length).toFixed(1)} ms` : '—');
    out(`| process | CPU during load (% of one core) | CPU per acknowledged case | memory (MB): before → after warm-up → end | growth after warm-up |`);
    out('|---|---|---|---|---|');
    let totalCpu = 0;
    before.forEach((b, i) => {
      const a = after[i];
      const m = memory[i];
      const cpu = a.cpuSeconds - b.cpuSeconds;
      totalCpu += cpu;
      out(
        `| ${b.name} | ${((cpu / loadSeconds) * 100).toFixed(0)} % | ${perCase(cpu)} | ` +
          `${m.beforeMb.toFixed(0)} → ${m.warmMb.toFixed(0)} → ${m.endMb.toFixed(0)} | ${formatPercent(m.percent)} |`,
      );
    });
    out(`| all of the above | ${((totalCpu / loadSeconds) * 100).toFixed(0)} % | ${perCase(totalCpu)} | | |`);
    out();
    if (statements) for (const line of formatStatements(statements, acked.length)) out(line);
    else out('PostgreSQL statements not counted: pg_stat_statements is not loaded (restart PostgreSQL with infra/local/engines.sh).');
    writeResult('pipeline', {
      loadSeconds,
      warmupSeconds: WARMUP_SECONDS,
      paced: RATE ?? null,
      ackRate,
      openRate: Number.isFinite(openRate) ? openRate : null,
      openedOf: [opened.length, acked.length],
      temporalRate,
      p99ToReviewMs: percentile(toReview, 99) ?? null,
      memoryGrowth: worst ?? null,
      table: lines,
    });
    if (values.record) {
      const file = join(__dirname, '..', '..', 'docs', 'performance.md');
      const text = readFileSync(file, 'utf8');
      const marker = '<!-- runs: newest first -->';
      if (!text.includes(marker)) throw new Error(`${file} has no "${marker}" line to record under`);
      writeFileSync(file, text.replace(marker, `${marker}\n\n${lines.join('\n')}\n`));
      console.log(`[bench] recorded in ${file}`);
    }
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await stopServices(services);
    if (values.profile && profiled) printProfiles(values.profile, services, profiled);
    await deleteInstance(instance, process.env).catch(() => undefined);
    await realm.delete().catch(() => undefined);
    if (values['keep-logs']) console.log(`[bench] the services' logs are kept in ${join(dir, 'logs')}`);
    else if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

/** Each service's main-thread profile (Node names the file after the pid and thread), counted over the load and its drain only. */
function printProfiles(dir: string, services: RunningService[], window: { fromMs: number; toMs: number }): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const service of services) {
    const file = mainThreadProfile(files, service.process.pid ?? -1);
    if (!file) {
      console.log(`[bench] no profile from ${service.context} (pid ${service.process.pid}): did it exit by itself?`);
      continue;
    }
    console.log(['', ...formatSummary(`${service.context} (${join(dir, file)})`, summariseProfile(readProfile(join(dir, file)), window))].join('\n'));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
