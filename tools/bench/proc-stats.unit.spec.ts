import { spawnSync } from 'node:child_process';
import { enginePids, percentile, sample } from './proc-stats';

describe('benchmark statistics', () => {
  it('takes the nearest-rank percentile of unsorted values', () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile([], 99)).toBeUndefined();
  });

  it('samples this very process: CPU time and resident memory above zero', () => {
    const self = sample({ name: 'jest', pids: () => [process.pid] });
    expect(self.cpuSeconds).toBeGreaterThan(0);
    expect(self.residentMb).toBeGreaterThan(10);
  });

  it("counts the CPU of a child that has exited in its parent's time", () => {
    const before = sample({ name: 'jest', pids: () => [process.pid] }).cpuSeconds;
    // A child busy for about 0.3 s of CPU, waited for: its time moves into this process's cutime.
    spawnSync(process.execPath, ['-e', 'const end = Date.now() + 300; while (Date.now() < end);']);
    expect(sample({ name: 'jest', pids: () => [process.pid] }).cpuSeconds - before).toBeGreaterThanOrEqual(0.2);
  });

  it('finds no engine processes under a folder that holds none', () => {
    for (const group of enginePids('/nonexistent/engines-folder')) expect(group.pids()).toEqual([]);
  });
});
