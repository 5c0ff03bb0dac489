import { complaintServiceLevels } from './service-levels';
import { generalIssueReached } from './general-issue';

const rules = (over: Partial<Parameters<typeof complaintServiceLevels>[1]> = {}) => ({
  acknowledgeWithinWorkingDays: 2,
  resolveWithinWorkingDays: 10,
  remindAtPercents: [50, 80],
  atRiskFromPercent: 80,
  holidays: new Set<string>(),
  ...over,
});

describe('complaint service levels (Sunday–Thursday, the tenant holidays)', () => {
  it('counts only Sunday to Thursday: filed Thursday 10:00 Riyadh, acknowledgement due Monday 10:00 (two working days)', () => {
    const thursday = new Date('2026-11-26T07:00:00Z');
    const levels = complaintServiceLevels(thursday, rules());
    expect(levels.acknowledgeBy).toBe('2026-11-30T07:00:00.000Z');
    // 10 working days: two full weeks, Thursday to Thursday.
    expect(levels.resolveBy).toBe('2026-12-10T07:00:00.000Z');
  });

  it('skips the holidays of the committee calendar', () => {
    const thursday = new Date('2026-11-26T07:00:00Z');
    const levels = complaintServiceLevels(thursday, rules({ holidays: new Set(['2026-11-29', '2026-12-01']) }));
    expect(levels.acknowledgeBy).toBe('2026-12-02T07:00:00.000Z');
    expect(levels.resolveBy).toBe('2026-12-14T07:00:00.000Z');
  });

  it('places the reminder points on working days inside the window, at risk from its point', () => {
    const sunday = new Date('2026-11-22T07:00:00Z');
    const { points, resolveBy } = complaintServiceLevels(sunday, rules());
    expect(resolveBy).toBe('2026-12-06T07:00:00.000Z');
    expect(points).toEqual([
      { percent: 50, at: '2026-11-29T07:00:00.000Z', remind: true, atRisk: false },
      { percent: 80, at: '2026-12-02T07:00:00.000Z', remind: true, atRisk: true },
    ]);
  });

  it('in a test platform, a working day lasts dayMs of calendar time', () => {
    const start = new Date('2026-11-27T07:00:00Z'); // a Friday: counted all the same
    const levels = complaintServiceLevels(start, rules({ dayMs: 1000 }));
    expect(levels.resolveBy).toBe('2026-11-27T07:00:10.000Z');
    expect(levels.points.map((p) => p.at)).toEqual(['2026-11-27T07:00:05.000Z', '2026-11-27T07:00:08.000Z']);
  });
});

describe('general issue (Environment Madinah: problems of a general nature go to the board)', () => {
  const now = new Date('2026-12-31T00:00:00Z');
  const c = (complaintId: string, filedAt: string) => ({ complaintId, filedAt });
  it('is reached at the threshold within the period, not with older complaints', () => {
    const similar = [c('a', '2026-12-30T00:00:00Z'), c('b', '2026-12-29T00:00:00Z'), c('old', '2026-11-01T00:00:00Z')];
    expect(generalIssueReached(similar, 3, 30, now)).toBeNull();
    expect(generalIssueReached([...similar, c('d', '2026-12-02T00:00:00Z')], 3, 30, now)?.map((x) => x.complaintId)).toEqual(['d', 'b', 'a']);
  });
});
