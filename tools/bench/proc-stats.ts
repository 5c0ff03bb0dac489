import { readdirSync, readFileSync } from 'node:fs';

/** Processes measured as one: a service (its pid), or an engine (every process of it, e.g. PostgreSQL's backends). */
export interface ProcessGroup {
  name: string;
  pids: () => number[];
}

export interface Sample {
  name: string;
  /**
   * User + system CPU time, summed over the group's processes, with that of their children that have
   * exited: a PostgreSQL backend that ends during the run leaves its time in the postmaster's.
   */
  cpuSeconds: number;
  /** Resident memory, summed. */
  residentMb: number;
}

/** Linux's clock tick for /proc times (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function cpuSecondsOf(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return 0;
  // Fields after the command name (which may hold spaces): utime and stime are the 14th and 15th,
  // cutime and cstime (children waited for) the 16th and 17th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

function residentMbOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '')?.[1];
  return kb ? Number(kb) / 1024 : 0;
}

export function sample(group: ProcessGroup): Sample {
  const pids = group.pids();
  return {
    name: group.name,
    cpuSeconds: pids.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    residentMb: pids.reduce((sum, pid) => sum + residentMbOf(pid), 0),
  };
}

/** Pids whose command line matches. */
function pidsWhere(test: (commandLine: string) => boolean): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      const commandLine = read(`/proc/${pid}/cmdline`)?.replace(/\0/g, ' ');
      return commandLine !== undefined && test(commandLine);
    });
}

function parentOf(pid: number): number {
  const stat = read(`/proc/${pid}/stat`) ?? '';
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** The processes and their children (PostgreSQL serves each connection from a child of the postmaster). */
function withChildren(parents: number[]): number[] {
  if (parents.length === 0) return [];
  const children = pidsWhere(() => true).filter((pid) => parents.includes(parentOf(pid)));
  return [...parents, ...children];
}

/**
 * The engines under the engines folder (infra/local/engines.sh starts them there), found by their
 * command lines; other copies on the machine (tests' private engines) are left out.
 */
export function enginePids(enginesDir: string): ProcessGroup[] {
  const ours = (c: string) => c.includes(enginesDir);
  return [
    { name: 'Temporal dev server', pids: () => pidsWhere((c) => ours(c) && / server start-dev /.test(c)) },
    { name: 'PostgreSQL (all processes)', pids: () => withChildren(pidsWhere((c) => ours(c) && /\/postgres -D /.test(c))) },
    { name: 'FerretDB', pids: () => pidsWhere((c) => ours(c) && /\/ferretdb /.test(c)) },
    { name: 'Kafka', pids: () => pidsWhere((c) => ours(c) && /^java .*kafka\.Kafka/.test(c)) },
  ];
}

/** The p-th percentile (nearest rank) of the values, undefined when there are none. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
