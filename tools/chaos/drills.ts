import type { BoundedContext } from '@athar/contracts';
import { brokenChains, deadLettered, lag, ledger, waitForReadModels, type Ledger } from './checks';
import { PacedLoad, sleep } from './load';
import type { ChaosPlatform } from './platform';

/**
 * One fault: `fault` breaks something and brings it back (a killed service started again after a couple
 * of seconds, as the supervisor or Kubernetes would; a killed engine started again on the same ports and
 * data); it returns once the broken part is back.
 */
export interface Drill {
  name: string;
  what: string;
  setup?: (platform: ChaosPlatform) => Promise<void>;
  fault: (platform: ChaosPlatform, options: DrillOptions) => Promise<void>;
  teardown?: (platform: ChaosPlatform) => Promise<void>;
}

export interface DrillOptions {
  /** Submissions per second, before, during and after the fault. */
  rate: number;
  /** How long a SIGSTOP stall lasts. */
  stallSeconds: number;
  /** Load before the fault and after it. */
  beforeMs: number;
  afterMs: number;
  /** How long a killed service or engine stays down before it is started again. */
  downMs: number;
  log: (line: string) => void;
}

export interface DrillResult {
  drill: string;
  acknowledged: number;
  /** Submissions a client gave up on (never acknowledged): not lost, the client was never told yes. */
  unacknowledged: number;
  lost: number;
  duplicated: number;
  /** Fault end → every service ready again. */
  readySeconds: number;
  /** Fault end → every acknowledged submission in every service's read model and lag 0. */
  recoverySeconds: number;
  deadLettered: number;
  brokenChains: number;
  /** 500s answered to the clients. */
  serverErrors: number;
  passed: boolean;
  details: string[];
  /** What the exactly-once checks counted (ledger): inbox rows, SMS, workflows. */
  counted: Ledger['counted'];
}

const killService = (context: BoundedContext): Drill => ({
  name: `kill-${context}`,
  what: `kill -9 of ${context} (and of the Temporal worker it hosts), started again after the down time`,
  fault: async (platform, options) => {
    await platform.killService(context);
    await sleep(options.downMs);
    await platform.startService(context);
  },
});

/** Every drill `npm run chaos` knows, in the order it runs them. */
export const DRILLS: Drill[] = [
  ...(['intake', 'eligibility', 'committee-review', 'partner-allocation', 'feedback'] as const).map(killService),
  {
    name: 'kill-replica',
    what: 'two replicas of committee-review, one killed with kill -9 and started again (docs/adr/0052: the other takes its partitions and relay)',
    setup: (platform) => platform.startService('committee-review', 1),
    fault: async (platform, options) => {
      await platform.killService('committee-review', 0);
      await sleep(options.downMs);
      await platform.startService('committee-review', 0);
    },
    teardown: (platform) => platform.stopService('committee-review', 1),
  },
  {
    name: 'kill-temporal',
    what: 'kill -9 of the Temporal dev server, started again on the same ports and SQLite file',
    fault: async (platform, options) => {
      await platform.temporal.kill();
      await sleep(options.downMs);
      await platform.temporal.start();
    },
  },
  {
    name: 'kill-kafka',
    what: 'kill -9 of the Kafka broker, started again on the same ports and data',
    fault: async (platform, options) => {
      await platform.kafka.kill();
      await sleep(options.downMs);
      await platform.kafka.start();
    },
  },
  {
    name: 'kill-ferretdb',
    what: 'kill -9 of FerretDB, started again on the same port',
    fault: async (platform, options) => {
      await platform.ferret.kill();
      await sleep(options.downMs);
      await platform.ferret.start();
    },
  },
  {
    name: 'restart-postgres',
    what: 'PostgreSQL stopped in immediate mode (like a crash: no checkpoint) and started again (crash recovery)',
    fault: async (platform, options) => {
      await platform.postgres.stopImmediately();
      await sleep(options.downMs);
      await platform.postgres.start();
    },
  },
  {
    name: 'stall-eligibility',
    what: 'network stall: eligibility paused with SIGSTOP for the stall time, then SIGCONT (its Kafka session expires, its connections hang)',
    fault: async (platform, options) => {
      const pid = platform.service('eligibility').process.pid!;
      process.kill(pid, 'SIGSTOP');
      try {
        await sleep(options.stallSeconds * 1000);
      } finally {
        process.kill(pid, 'SIGCONT');
      }
    },
  },
];

/** The Temporal workers run inside the services (libs/platform/temporal-kit TemporalRuntime): no drill of their own. */
export const TEMPORAL_WORKER_NOTE =
  'temporal-worker: the Temporal workers run inside the five services (TemporalRuntime), so kill -9 of the worker is kill -9 of its service: see the kill-<service> rows';

export function drillsNamed(names: string[] | undefined): Drill[] {
  if (!names || names.length === 0) return DRILLS;
  return names.map((name) => {
    const drill = DRILLS.find((d) => d.name === name);
    if (!drill) throw new Error(`no drill ${name}; drills: ${DRILLS.map((d) => d.name).join(', ')}`);
    return drill;
  });
}

/** Polls until the consumers' and relays' lag is 0, up to `timeoutMs`; the last lag seen. */
async function lagToZero(platform: ChaosPlatform, timeoutMs: number): Promise<{ consumers: number; relays: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await lag(platform.engines()).catch(() => ({ consumers: -1, relays: -1 }));
    if ((seen.consumers === 0 && seen.relays === 0) || Date.now() > deadline) return seen;
    await sleep(1_000);
  }
}

/**
 * Runs one drill under steady load: load before, during and after the fault; then waits (bounded) until
 * every acknowledged submission shows in every service and lag is 0; then the exactly-once checks.
 */
export async function runDrill(platform: ChaosPlatform, drill: Drill, options: DrillOptions): Promise<DrillResult> {
  const s = (ms: number) => Math.round(ms / 100) / 10;
  await drill.setup?.(platform);
  const details: string[] = [];
  try {
    const load = new PacedLoad({ intakeUrl: () => platform.url('intake'), token: (i) => platform.token(i), rate: options.rate, retryForMs: 240_000 });
    await sleep(options.beforeMs);
    const faultAt = Date.now();
    options.log(`${drill.name}: fault (${drill.what})`);
    await drill.fault(platform, options);
    const faultEnd = Date.now();
    options.log(`${drill.name}: back after ${s(faultEnd - faultAt)} s`);
    const readyMs = await platform.allReady(180_000).catch((error: unknown) => {
      details.push(`not ready: ${(error as Error).message}`);
      return Number.NaN;
    });
    await sleep(options.afterMs);
    await load.stop();
    await load.settled();
    const acknowledged = load.acknowledged.map((sub) => sub.caseId!);
    const answers = load.answers();
    options.log(`${drill.name}: ${load.submissions.length} sent, ${acknowledged.length} acknowledged; answers ${JSON.stringify(answers)}`);

    const engines = platform.engines();
    const catchUp = await waitForReadModels(engines, acknowledged, { stallMs: 45_000, maxMs: 240_000 });
    const lagLeft = await lagToZero(platform, 60_000);
    const recoveryMs = Date.now() - faultEnd;
    const missing = Object.values(catchUp.missing).reduce((n, m) => n + m, 0);
    if (missing > 0) details.push(`missing from read models: ${JSON.stringify(catchUp.missing)}`);
    if (lagLeft.consumers !== 0 || lagLeft.relays !== 0) details.push(`lag left: ${JSON.stringify(lagLeft)}`);
    const counted = await ledger(engines, acknowledged);
    details.push(...counted.lost.slice(0, 5), ...counted.duplicated.slice(0, 5));
    const dead = await deadLettered(engines);
    const chains = await brokenChains(engines);
    details.push(...chains.broken.slice(0, 3));
    const lost = counted.lost.length + missing;
    const duplicated = counted.duplicated.length;
    const serverErrors = answers[500] ?? 0;
    const result: DrillResult = {
      drill: drill.name,
      acknowledged: acknowledged.length,
      unacknowledged: load.submissions.length - acknowledged.length,
      lost,
      duplicated,
      readySeconds: s(readyMs),
      recoverySeconds: s(recoveryMs),
      deadLettered: dead,
      brokenChains: chains.broken.length,
      serverErrors,
      counted: counted.counted,
      passed:
        lost === 0 &&
        duplicated === 0 &&
        dead === 0 &&
        chains.broken.length === 0 &&
        lagLeft.consumers === 0 &&
        lagLeft.relays === 0 &&
        serverErrors === 0 &&
        acknowledged.length === load.submissions.length &&
        !Number.isNaN(readyMs),
      details,
    };
    options.log(
      `${drill.name}: ${result.passed ? 'passed' : 'FAILED'}; ${chains.streams} streams verified, counted ${JSON.stringify(counted.counted)}${details.length ? `; ${details.join('; ')}` : ''}`,
    );
    return result;
  } finally {
    await drill.teardown?.(platform);
  }
}

/** The results as a Markdown table, one row a drill. */
export function resultTable(results: DrillResult[]): string {
  const header = '| drill | acknowledged | lost | duplicated | ready (s) | recovery (s) | dead letters | broken chains | checks |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---|';
  const rows = results.map(
    (r) =>
      `| ${r.drill} | ${r.acknowledged}${r.unacknowledged ? ` (+${r.unacknowledged} not acknowledged)` : ''} | ${r.lost} | ${r.duplicated} | ${r.readySeconds} | ${r.recoverySeconds} | ${r.deadLettered} | ${r.brokenChains} | ${r.passed ? 'passed' : 'FAILED'} |`,
  );
  return [header, rule, ...rows].join('\n');
}
