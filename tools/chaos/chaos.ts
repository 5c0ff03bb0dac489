// Fault drills under steady load, on a platform of their own (docs/runbook.md "Failure drills"):
//   npm run chaos -- [--drills kill-intake,kill-kafka,…] [--rate 4] [--stall-seconds 30] [--short]
// Starts a private PostgreSQL, FerretDB, Kafka broker and Temporal dev server on free loopback ports
// (never the shared engines), the five services on them, then runs each drill in turn and prints one row
// per drill: acknowledged, lost, duplicated, seconds to ready and to caught up, and the checks' verdict.
// Exit code 0: every drill passed; 1: at least one failed; 2: bad arguments.
import { parseArgs } from 'node:util';
import { DRILLS, drillsNamed, resultTable, runDrill, TEMPORAL_WORKER_NOTE, type DrillResult } from './drills';
import { ChaosPlatform } from './platform';

const USAGE = `npm run chaos -- [--drills <comma list>] [--rate <submissions/s>] [--stall-seconds <s>] [--short]
drills: ${DRILLS.map((d) => d.name).join(', ')}`;

/** The whole run's ceiling: every wait inside has its own, this one ends a run that hangs anyway. */
const RUN_CEILING_MS = 60 * 60_000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      drills: { type: 'string' },
      rate: { type: 'string' },
      'stall-seconds': { type: 'string' },
      short: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const rate = Number(values.rate ?? (values.short ? 2 : 4));
  const stallSeconds = Number(values['stall-seconds'] ?? (values.short ? 8 : 30));
  if (!(rate > 0 && rate <= 50) || !(stallSeconds > 0 && stallSeconds <= 120)) {
    console.error(`bad --rate (0–50) or --stall-seconds (0–120)\n${USAGE}`);
    return 2;
  }
  const drills = drillsNamed(
    values.drills
      ?.split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  );
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
  // Interrupted: the private engines and services are stopped (and their folders kept) before exiting,
  // also while the services are still starting (the engines are up by then).
  let starting: ChaosPlatform | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      console.error(`chaos: ${signal}; stopping the private platform`);
      void (starting?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  const platform = await ChaosPlatform.start(log, (engines) => (starting = engines));
  const results: DrillResult[] = [];
  try {
    for (const drill of drills) {
      const result = await runDrill(platform, drill, {
        rate,
        stallSeconds,
        beforeMs: values.short ? 4_000 : 10_000,
        afterMs: values.short ? 4_000 : 10_000,
        downMs: values.short ? 2_000 : 3_000,
        log,
      });
      results.push(result);
      // each row as soon as its drill ends, so an interrupted run still shows what it measured
      log(resultTable([result]).split('\n')[2]);
    }
    platform.passed = results.every((r) => r.passed);
  } finally {
    await platform.stop();
  }
  console.log(
    `\n${resultTable(results)}\n\n${TEMPORAL_WORKER_NOTE}\nrate ${rate}/s, stall ${stallSeconds} s, ${((Date.now() - started) / 60_000).toFixed(1)} min in all`,
  );
  return results.every((r) => r.passed) ? 0 : 1;
}

const ceiling = setTimeout(() => {
  console.error(`chaos: not done after ${RUN_CEILING_MS / 60_000} min; stopping`);
  process.exit(1);
}, RUN_CEILING_MS);
ceiling.unref();

main().then(
  (code) => {
    process.exitCode = code;
    // kafkajs and the Temporal client may keep a socket or timer: the verdict is in.
    setTimeout(() => process.exit(code), 2_000).unref();
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
