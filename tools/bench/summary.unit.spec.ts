import { atLeast, atMost, describeMachine, formatPercent, goalsTable, largestGrowth, memoryGrowth, prependRun, RUNS_MARKER } from './summary';

describe('benchmark summary', () => {
  it('measures memory growth from the end of the warm-up, not from before the load', () => {
    const before = [
      { name: 'intake', residentMb: 200 },
      { name: 'eligibility', residentMb: 300 },
    ];
    const warm = [{ residentMb: 250 }, { residentMb: 400 }];
    const end = [{ residentMb: 275 }, { residentMb: 380 }];
    const growth = memoryGrowth(before, warm, end);
    expect(growth.map((g) => [g.name, g.beforeMb, g.warmMb, g.endMb])).toEqual([
      ['intake', 200, 250, 275],
      ['eligibility', 300, 400, 380],
    ]);
    expect(growth[0].percent).toBeCloseTo(10);
    expect(growth[1].percent).toBeCloseTo(-5);
    expect(largestGrowth(growth)).toEqual({ name: 'intake', percent: expect.closeTo(10) as number });
  });

  it('has no growth for a process that was not resident after warm-up (it exited), and none to report from no processes', () => {
    const [gone] = memoryGrowth([{ name: 'feedback', residentMb: 100 }], [{ residentMb: 0 }], [{ residentMb: 0 }]);
    expect(gone.percent).toBeUndefined();
    expect(largestGrowth([gone])).toBeUndefined();
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(12.345)).toBe('+12.3 %');
    expect(formatPercent(-0.5)).toBe('-0.5 %');
  });

  it('judges goals at their thresholds, and a missing figure as not measured', () => {
    const rate = (n: number) => `${n.toFixed(2)}×`;
    expect(atLeast('rebuild ≥ 0.5 × raw read', 0.5, 0.5, rate).met).toBe(true);
    expect(atLeast('rebuild ≥ 0.5 × raw read', 0.49, 0.5, rate)).toEqual({ goal: 'rebuild ≥ 0.5 × raw read', measured: '0.49×', met: false, note: undefined });
    expect(atMost('p99 ≤ 20 ms', 20, 20, rate).met).toBe(true);
    expect(atMost('p99 ≤ 20 ms', 20.1, 20, rate).met).toBe(false);
    expect(atLeast('x', null, 1, rate)).toMatchObject({ measured: 'not measured', met: undefined });
    expect(atMost('x', Number.NaN, 1, rate)).toMatchObject({ measured: 'not measured', met: undefined });
  });

  it('prints the goals as a table, escaping pipes in notes', () => {
    const lines = goalsTable([
      { goal: 'a', measured: '1', met: true },
      { goal: 'b', measured: '2', met: false, note: 'x | y' },
      { goal: 'c', measured: 'not measured', met: undefined },
    ]);
    expect(lines.slice(2)).toEqual(['| a | 1 | met |  |', '| b | 2 | not met | x \\| y |', '| c | not measured | not measured |  |']);
  });

  it('describes the machine, saying when it was shared', () => {
    const machine = { cores: 2, cpuModel: 'Xeon', memoryBytes: 8 * 2 ** 30, node: 'v22.1.0', shared: true };
    expect(describeMachine(machine)).toMatch(/^2 cores \(Xeon\), 8\.0 GiB, Node v22\.1\.0; shared: /);
    expect(describeMachine({ ...machine, shared: false })).toMatch(/not shared/);
  });

  it('records a run under the marker, above the earlier runs', () => {
    const doc = `# Performance\n\n## Runs\n\n${RUNS_MARKER}\n\n### older run\n`;
    const once = prependRun(doc, '### run 1\n\nfigures\n');
    const twice = prependRun(once, '### run 2\n');
    expect(twice).toBe(`# Performance\n\n## Runs\n\n${RUNS_MARKER}\n\n### run 2\n\n### run 1\n\nfigures\n\n### older run\n`);
    expect(prependRun(`x\n${RUNS_MARKER}\n`, '### only\n')).toBe(`x\n${RUNS_MARKER}\n\n### only\n`);
    expect(() => prependRun('# no marker', 'x')).toThrow(/runs: newest first/);
  });
});
