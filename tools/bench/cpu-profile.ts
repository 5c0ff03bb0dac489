/**
 * Where a process's CPU time went, from a V8 `.cpuprofile` (`node --cpu-prof`): self time summed by
 * where the code lives (a package under node_modules, one of our apps or libs, Node's internals, the
 * garbage collector) and by function. The pipeline benchmark's `--profile` prints it per service, so a
 * design change starts from a measured cost, not a guess (docs/performance.md).
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

/** The parts of V8's profile format this reads. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  /** Wall time the profile covers. */
  totalMs: number;
  /** Time on the CPU: the total less V8's `(idle)` samples. */
  busyMs: number;
  byPlace: Cost[];
  byFunction: Cost[];
}

/**
 * Where a frame's code lives: `node_modules/<package>` (scoped names kept whole), `apps/<app>` or
 * `libs/<group>/<lib>` of this repository, `node` for Node's own modules, or V8's pseudo-frames as
 * they are: `(garbage collector)`, `(program)`, `(idle)`.
 */
export function placeOf(frame: CallFrame): string {
  const url = frame.url;
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const app = /\/(apps\/[^/]+)\//.exec(url);
  if (app) return app[1];
  const lib = /\/(libs\/[^/]+\/[^/]+)\//.exec(url);
  if (lib) return lib[1];
  return url.replace(/^file:\/\//, '');
}

function ranked(costs: Map<string, number>, busyMs: number, top: number): Cost[] {
  return [...costs.entries()]
    .map(([name, ms]) => ({ name, ms, share: busyMs > 0 ? ms / busyMs : 0 }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name))
    .slice(0, top);
}

export interface SummaryOptions {
  top?: number;
  /** Only samples taken this long after the profile started (e.g. once the load began, not start-up). */
  fromMs?: number;
  /** … and before this. */
  toMs?: number;
}

/** Self time per place and per function; each sample's time is the delta that follows it. */
export function summariseProfile(profile: CpuProfile, options: SummaryOptions = {}): ProfileSummary {
  const { top = 12, fromMs = 0, toMs = Number.POSITIVE_INFINITY } = options;
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let at = 0;
  profile.samples.forEach((id, index) => {
    at += (profile.timeDeltas[index] ?? 0) / 1000;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const frame = frames.get(id);
    if (!frame || frame.functionName === '(idle)' || at < fromMs || at >= toMs) return;
    const place = placeOf(frame);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    const fn = `${frame.functionName || '(anonymous)'} ${place}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  const totalMs = Math.min(toMs, (profile.endTime - profile.startTime) / 1000) - fromMs;
  const busyMs = [...byPlace.values()].reduce((sum, ms) => sum + ms, 0);
  return { totalMs, busyMs, byPlace: ranked(byPlace, busyMs, top), byFunction: ranked(byFunction, busyMs, top) };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

/** A summary as lines for a terminal or a Markdown note. */
export function formatSummary(title: string, summary: ProfileSummary): string[] {
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  return [
    `${title}: ${(summary.busyMs / 1000).toFixed(1)} s on the CPU of ${(summary.totalMs / 1000).toFixed(1)} s profiled`,
    '  by place (self time):',
    ...summary.byPlace.map((c) => `    ${pct(c.share).padStart(7)}  ${c.name}`),
    '  by function (self time):',
    ...summary.byFunction.map((c) => `    ${pct(c.share).padStart(7)}  ${c.name}`),
  ];
}
