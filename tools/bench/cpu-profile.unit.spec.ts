import { formatSummary, placeOf, summariseProfile, type CpuProfile } from './cpu-profile';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

describe('CPU profile summary', () => {
  it('places a frame in its package (scoped names whole), our app or lib, Node, or a V8 pseudo-frame', () => {
    expect(placeOf(frame('parse', 'file:///r/node_modules/pg-protocol/dist/parser.js'))).toBe('pg-protocol');
    expect(placeOf(frame('x', 'file:///r/node_modules/@temporalio/worker/lib/worker.js'))).toBe('@temporalio/worker');
    expect(placeOf(frame('x', 'file:///r/node_modules/a/node_modules/@b/c/i.js'))).toBe('@b/c');
    expect(placeOf(frame('submit', '/r/apps/intake/src/submit.ts'))).toBe('apps/intake');
    expect(placeOf(frame('append', '/r/libs/platform/event-store/src/pg.ts'))).toBe('libs/platform/event-store');
    expect(placeOf(frame('readFile', 'node:fs'))).toBe('node');
    expect(placeOf(frame('(garbage collector)', ''))).toBe('(garbage collector)');
    expect(placeOf(frame('', ''))).toBe('(native)');
  });

  it('sums self time by place and function from the delta after each sample, leaving idle time out', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)', '') },
        { id: 2, callFrame: frame('hash', '/r/libs/platform/event-store/src/chain.ts', 9) },
        { id: 3, callFrame: frame('parse', 'file:///r/node_modules/pg-protocol/dist/parser.js', 41) },
      ],
      startTime: 0,
      endTime: 10_000,
      // 2 then 3 then 2 then 1: 3 ms, 1 ms, 2 ms on the CPU; the 4 ms after the last sample is idle
      samples: [2, 3, 2, 1],
      timeDeltas: [0, 3000, 1000, 2000, 4000],
    };
    const summary = summariseProfile(profile);
    expect(summary.totalMs).toBe(10);
    expect(summary.busyMs).toBe(6);
    expect(summary.byPlace).toEqual([
      { name: 'libs/platform/event-store', ms: 5, share: 5 / 6 },
      { name: 'pg-protocol', ms: 1, share: 1 / 6 },
    ]);
    expect(summary.byFunction[0]).toEqual({ name: 'hash libs/platform/event-store:10', ms: 5, share: 5 / 6 });
    expect(formatSummary('intake', summary)).toContain('     83.3 %  libs/platform/event-store');
  });

  it('counts only the samples inside a window of the profile (the load, not the start-up)', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('compile', 'file:///r/node_modules/@swc/core/index.js') },
        { id: 2, callFrame: frame('hash', '/r/libs/platform/event-store/src/chain.ts') },
      ],
      startTime: 0,
      endTime: 9_000,
      // samples at 0, 2, 4 and 6 ms: start-up compiles until 4 ms, then the load hashes
      samples: [1, 1, 2, 2],
      timeDeltas: [0, 2000, 2000, 2000, 3000],
    };
    const summary = summariseProfile(profile, { fromMs: 4 });
    expect(summary.byPlace).toEqual([{ name: 'libs/platform/event-store', ms: 5, share: 1 }]);
    expect(summary.totalMs).toBe(5);
  });
});
