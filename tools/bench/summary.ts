/**
 * The benchmarks' pure arithmetic and formatting: memory growth after warm-up, the goals' verdicts,
 * the machine's description and recording a run in docs/performance.md (newest first). No I/O here,
 * so it is unit-tested (summary.unit.spec.ts).
 */

export interface MemoryGrowth {
  name: string;
  beforeMb: number;
  warmMb: number;
  endMb: number;
  /** (end − after warm-up) ÷ after warm-up, in %; undefined when nothing was resident after warm-up. */
  percent: number | undefined;
}

/** Growth of each process's resident memory after warm-up; the three samples are in the same order. */
export function memoryGrowth(
  before: ReadonlyArray<{ name: string; residentMb: number }>,
  warm: ReadonlyArray<{ residentMb: number }>,
  end: ReadonlyArray<{ residentMb: number }>,
): MemoryGrowth[] {
  return before.map((b, i) => {
    const warmMb = warm[i]?.residentMb ?? 0;
    const endMb = end[i]?.residentMb ?? 0;
    return { name: b.name, beforeMb: b.residentMb, warmMb, endMb, percent: warmMb > 0 ? ((endMb - warmMb) / warmMb) * 100 : undefined };
  });
}

/** The process that grew most after warm-up (a shrinking one counts as negative growth). */
export function largestGrowth(growths: readonly MemoryGrowth[]): { name: string; percent: number } | undefined {
  let worst: { name: string; percent: number } | undefined;
  for (const g of growths) if (g.percent !== undefined && (worst === undefined || g.percent > worst.percent)) worst = { name: g.name, percent: g.percent };
  return worst;
}

export const formatPercent = (percent: number | undefined): string => (percent === undefined ? '—' : `${percent >= 0 ? '+' : ''}${percent.toFixed(1)} %`);

/** A goal of docs/performance.md, as measured in one run: met, not met, or not measured by this run. */
export interface Goal {
  goal: string;
  /** The measured value as printed, or why there is none. */
  measured: string;
  met: boolean | undefined;
  /** What limits the figure, or how far the run is from the goal's conditions. */
  note?: string;
}

/** A goal "at least" a threshold; an absent figure (the benchmark failed) is not measured. */
export function atLeast(goal: string, value: number | null | undefined, threshold: number, format: (n: number) => string, note?: string): Goal {
  if (value === null || value === undefined || !Number.isFinite(value)) return { goal, measured: 'not measured', met: undefined, note };
  return { goal, measured: format(value), met: value >= threshold, note };
}

/** A goal "at most" a threshold. */
export function atMost(goal: string, value: number | null | undefined, threshold: number, format: (n: number) => string, note?: string): Goal {
  if (value === null || value === undefined || !Number.isFinite(value)) return { goal, measured: 'not measured', met: undefined, note };
  return { goal, measured: format(value), met: value <= threshold, note };
}

const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'not met');

/** The goals as a markdown table. */
export function goalsTable(goals: readonly Goal[]): string[] {
  return [
    '| goal | measured | verdict | note |',
    '|---|---|---|---|',
    ...goals.map((g) => `| ${g.goal} | ${g.measured} | ${verdict(g.met)} | ${(g.note ?? '').replace(/\|/g, '\\|')} |`),
  ];
}

export interface Machine {
  cores: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  /** Whether other work ran on the machine at the same time (then figures are lower bounds). */
  shared: boolean;
}

export function describeMachine(m: Machine): string {
  return (
    `${m.cores} cores (${m.cpuModel}), ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${m.node}; ` +
    (m.shared
      ? 'shared: other developers’ tests ran on the same cores and engines during the run, so the rates are lower bounds and the ratios are what to compare'
      : 'not shared with other work during the run')
  );
}

export const RUNS_MARKER = '<!-- runs: newest first -->';

/** The document with the section inserted right under the runs marker (newest first). */
export function prependRun(document: string, section: string): string {
  const at = document.indexOf(RUNS_MARKER);
  if (at < 0) throw new Error(`no "${RUNS_MARKER}" line to record under`);
  const end = at + RUNS_MARKER.length;
  const rest = document.slice(end).replace(/^\n+/, '');
  return `${document.slice(0, end)}\n\n${section.trimEnd()}\n${rest === '' ? '' : `\n${rest}`}`;
}
