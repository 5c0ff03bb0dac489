/**
 * `npm run bench`: the event store, the audit replay, the read-model rebuild and a short pipeline run,
 * one after the other with bounded defaults (about ten minutes on two cores), each printing its own
 * figures, then a summary of every goal of docs/performance.md with its measured value and whether it
 * was met. Each benchmark runs in a process of its own and hands its figures over in a JSON file
 * (results.ts); a benchmark that fails leaves its goals "not measured" and the run exits non-zero.
 *
 *   npm run bench
 *   npm run bench -- --record --shared     # prepends the run to docs/performance.md ("shared": other
 *                                          # work ran on the machine meanwhile; say so)
 *   npm run bench -- --pipeline-seconds 120 --cases 1000
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { atLeast, atMost, describeMachine, goalsTable, prependRun, type Goal } from './summary';

const { values } = parseArgs({
  options: {
    record: { type: 'boolean', default: false },
    shared: { type: 'boolean', default: false },
    events: { type: 'string', default: '2000' },
    cases: { type: 'string', default: '300' },
    'pipeline-seconds': { type: 'string', default: '60' },
    'pipeline-clients': { type: 'string', default: '8' },
  },
});

type Figures = Record<string, unknown> & { table?: string[]; lines?: string[] };

const dir = mkdtempSync(join(tmpdir(), 'athar-bench-all-'));

/** Runs one benchmark script in a process of its own; its figures, or undefined when it failed. */
function run(name: string, script: string, args: string[]): Figures | undefined {
  const file = join(dir, `${name}.json`);
  console.log(`\n[bench] ${name}: ${script} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, script), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ATHAR_BENCH_RESULTS: file },
    timeout: 20 * 60_000,
  });
  console.log(
    `[bench] ${name}: ${child.status === 0 ? 'done' : `FAILED (exit ${child.status ?? child.signal})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (child.status !== 0 || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Figures;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const fixed =
  (digits: number, unit = '') =>
  (n: number) =>
    `${n.toFixed(digits)}${unit}`;

function main(): number {
  const pipelineSeconds = Number(values['pipeline-seconds']);
  const store = run('store', 'store.ts', ['--events', values.events!]);
  const replay = run('replay', 'audit-replay.ts', []);
  const rebuild = run('rebuild', 'rebuild.ts', ['--cases', values.cases!]);
  const pipeline = run('pipeline', 'pipeline.ts', [
    '--clients',
    values['pipeline-clients']!,
    '--seconds',
    String(pipelineSeconds),
    '--drain',
    '60',
    '--raw-workflows',
    '200',
    '--raw-inserts',
    '1000',
  ]);

  const openRate = num(pipeline?.openRate);
  const temporalRate = num(pipeline?.temporalRate);
  const memory = pipeline?.memoryGrowth as { name: string; percent: number } | null | undefined;
  const p99 = num(pipeline?.p99ToReviewMs);
  const short = `${pipelineSeconds} s of load by ${values['pipeline-clients']} unpaced clients`;
  const goals: Goal[] = [
    atLeast('cases/s sustained, POST → review opened ≥ 50 (2 cores)', openRate, 50, fixed(1, '/s'), short),
    atLeast(
      'reviews opened/s ≥ 0.7 × raw Temporal workflow starts/s',
      openRate !== undefined && temporalRate ? openRate / temporalRate : undefined,
      0.7,
      fixed(2, ' ×'),
      temporalRate ? `raw ${temporalRate.toFixed(0)} starts/s in the same run` : undefined,
    ),
    {
      goal: 'submit → review opened p99 ≤ 1 s at 25/s',
      measured: p99 === undefined ? 'not measured' : `${p99.toFixed(0)} ms unpaced`,
      met: undefined,
      note: 'the goal is at a paced 25/s: `npm run bench:pipeline -- --rate 25`',
    },
    atMost('audit replay of a 200-event case, p99 ≤ 20 ms', num(replay?.p99Ms), 20, fixed(1, ' ms')),
    atLeast(
      'rebuild of a read model ≥ 0.5 × raw read rate: case figures (intake)',
      num(rebuild?.figuresRatio),
      0.5,
      fixed(2, ' ×'),
      rebuildNote(rebuild, 'figuresRate'),
    ),
    atLeast(
      'rebuild of a read model ≥ 0.5 × raw read rate: case view (eligibility)',
      num(rebuild?.viewsRatio),
      0.5,
      fixed(2, ' ×'),
      rebuildNote(rebuild, 'viewsRate'),
    ),
    atMost(
      'memory: no service grows more than 10 % after warm-up',
      memory?.percent,
      10,
      (n) => `${n >= 0 ? '+' : ''}${n.toFixed(1)} % (${memory?.name ?? '?'})`,
      `${short}, warm-up ${num(pipeline?.warmupSeconds)?.toFixed(0) ?? '?'} s: indicative only; the goal is 20 minutes: \`npm run bench:pipeline -- --rate 8 --seconds 1200\``,
    ),
  ];

  const machine = describeMachine({
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    shared: values.shared!,
  });
  const section: string[] = [`### \`npm run bench\`, ${new Date().toISOString()}`, '', `Machine: ${machine}.`, '', ...goalsTable(goals), ''];
  const part = (title: string, figures: Figures | undefined, body: (f: Figures) => string[]) =>
    section.push(`#### ${title}`, '', ...(figures ? body(figures) : ['(failed: see the run’s output)']), '');
  part(`Event store (${values.events} events)`, store, (f) => ['| figure | value |', '|---|---|', ...(f.table ?? [])]);
  part('Audit replay', replay, (f) => ['```', ...(f.lines ?? []), '```']);
  part(`Read-model rebuild (${values.cases} cases)`, rebuild, (f) => ['| figure | value |', '|---|---|', ...(f.table ?? [])]);
  part(`Pipeline (${short})`, pipeline, (f) => withoutHeading(f.table ?? []));

  console.log(`\n${section.join('\n')}`);
  if (values.record) {
    const file = join(__dirname, '..', '..', 'docs', 'performance.md');
    writeFileSync(file, prependRun(readFileSync(file, 'utf8'), section.join('\n')));
    console.log(`[bench] recorded in ${file}`);
  }
  return [store, replay, rebuild, pipeline].every(Boolean) ? 0 : 1;
}

/** The pipeline's table without its own heading and machine line (the run's are above it). */
function withoutHeading(lines: string[]): string[] {
  const kept = lines.filter((line) => !line.startsWith('### ') && !line.startsWith('Machine: '));
  while (kept[0] === '') kept.shift();
  return kept;
}

function rebuildNote(figures: Figures | undefined, rate: 'figuresRate' | 'viewsRate'): string | undefined {
  const [value, read, upsert] = [num(figures?.[rate]), num(figures?.rawRead), num(figures?.rawUpsert)];
  if (value === undefined || read === undefined) return undefined;
  return `${value.toFixed(0)} events/s against ${read.toFixed(0)} read/s; FerretDB's raw upserts ${upsert?.toFixed(0) ?? '?'}/s`;
}

try {
  process.exitCode = main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
