import fc from 'fast-check';
import {
  hijriMonths,
  MILESTONES,
  monthlyStats,
  monthsBetween,
  percentile,
  riyadhMonth,
  riyadhMonthStart,
  slowestCases,
  transitionsOf,
  type CaseTimes,
  type Milestone,
  type Milestones,
} from './process-mining';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const kase = (caseId: string, milestones: Milestones, end: Partial<CaseTimes> = {}): CaseTimes => ({
  caseId,
  caseNumber: `AWJ-1448-${caseId}`,
  channel: 'phone',
  serviceId: 'food-basket',
  milestones,
  ...end,
});

describe('process mining: statistics of a case path (docs/adr/0050)', () => {
  it('takes the nearest-rank median and 90th percentile', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });

  it('the percentile is one of the values, at least as many are at or below it as p says, and p90 is never below the median', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000_000), { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const median = percentile(sorted, 50)!;
        const p90 = percentile(sorted, 90)!;
        expect(sorted).toContain(median);
        expect(p90).toBeGreaterThanOrEqual(median);
        expect(sorted.filter((v) => v <= p90).length / sorted.length).toBeGreaterThanOrEqual(0.9);
        expect(sorted.filter((v) => v < p90).length / sorted.length).toBeLessThan(0.9);
      }),
    );
  });

  it('buckets an instant into its Riyadh month: 21:00 UTC on the last day is already the next month', () => {
    expect(riyadhMonth(at('2026-11-30T20:59:59Z'))).toBe('2026-11');
    expect(riyadhMonth(at('2026-11-30T21:00:00Z'))).toBe('2026-12');
    expect(riyadhMonthStart('2026-12').toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(hijriMonths('2026-12')).toMatch(/^14\d\d-\d\d(\/14\d\d-\d\d)?$/);
  });

  it('every instant falls in the Riyadh month whose start is at or before it and whose next start is after it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), (d) => {
        const month = riyadhMonth(d);
        const [next] = monthsBetween(month, month).map((m) => riyadhMonthStart(m));
        expect(next!.getTime()).toBeLessThanOrEqual(d.getTime());
        const following = riyadhMonthStart(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 7));
        expect(following.getTime()).toBeGreaterThan(d.getTime());
      }),
    );
  });

  it('measures each reached milestone from the one before it; a skipped milestone is measured from the latest reached', () => {
    const samples = transitionsOf({
      received: at('2026-12-01T06:00:00Z'),
      submitted: at('2026-12-01T08:00:00Z'),
      'review-opened': at('2026-12-01T08:00:30Z'),
      'committee-decided': at('2026-12-03T08:00:30Z'),
    });
    expect(samples).toEqual([
      { from: 'received', to: 'submitted', seconds: 7200, month: '2026-12' },
      { from: 'submitted', to: 'review-opened', seconds: 30, month: '2026-12' },
      { from: 'review-opened', to: 'committee-decided', seconds: 172_800, month: '2026-12' },
    ]);
  });

  it('the transitions of a path add up to its span from first to last milestone, whatever milestones it reached', () => {
    const path = fc
      .uniqueArray(fc.constantFrom(...MILESTONES), { minLength: 1 })
      .chain((reached) => fc.array(fc.nat(30 * 24 * H), { minLength: reached.length, maxLength: reached.length }).map((gaps) => ({ reached, gaps })));
    fc.assert(
      fc.property(path, ({ reached, gaps }) => {
        const ordered = MILESTONES.filter((m) => reached.includes(m));
        const milestones: Milestones = {};
        let t = Date.parse('2026-01-01T00:00:00Z');
        ordered.forEach((m, i) => {
          t += gaps[i]! - (gaps[i]! % 1000);
          milestones[m] = new Date(t);
        });
        const samples = transitionsOf(milestones);
        expect(samples).toHaveLength(ordered.length - 1);
        const span = (milestones[ordered.at(-1)!]!.getTime() - milestones[ordered[0]!]!.getTime()) / 1000;
        expect(samples.reduce((sum, s) => sum + s.seconds, 0)).toBe(span);
      }),
    );
  });

  it('counts a transition in the month it completed, per month, with n, median and p90; months without any show n 0', () => {
    const cases = [1, 2, 3, 4].map((i) =>
      kase(`c${i}`, { submitted: at('2026-11-30T10:00:00Z'), 'eligibility-decided': new Date(Date.parse('2026-11-30T10:00:00Z') + i * H) }),
    );
    const stats = monthlyStats(cases, '2026-11', '2027-01');
    expect(stats.map((m) => m.month)).toEqual(['2026-11', '2026-12', '2027-01']);
    const find = (month: string, from: Milestone, to: Milestone) =>
      stats.find((m) => m.month === month)!.transitions.find((t) => t.from === from && t.to === to)!;
    // 11:00-13:00 UTC stays in November; 14:00 UTC on the 30th is 17:00 in Riyadh, still November.
    expect(find('2026-11', 'submitted', 'eligibility-decided')).toEqual({
      from: 'submitted',
      to: 'eligibility-decided',
      n: 4,
      medianSeconds: 2 * 3600,
      p90Seconds: 4 * 3600,
    });
    expect(find('2026-12', 'submitted', 'eligibility-decided')).toMatchObject({ n: 0, medianSeconds: null, p90Seconds: null });
    expect(stats[0]!.transitions.map((t) => `${t.from}>${t.to}`).slice(0, 7)).toEqual([
      'received>submitted',
      'submitted>eligibility-decided',
      'eligibility-decided>review-opened',
      'review-opened>committee-decided',
      'committee-decided>delivery-opened',
      'delivery-opened>delivery-ended',
      'delivery-ended>surveyed',
    ]);
    // A transition completed after 21:00 UTC on the month's last day is next month's.
    const late = monthlyStats([kase('x', { submitted: at('2026-11-30T20:00:00Z'), 'eligibility-decided': at('2026-11-30T21:30:00Z') })], '2026-11', '2026-12');
    expect(late[0]!.transitions[1]!.n).toBe(0);
    expect(late[1]!.transitions[1]).toMatchObject({ n: 1, medianSeconds: 5400 });
  });

  it('names the slowest cases: one still waiting counts its wait until now at its stage, one whose path ended its slowest transition', () => {
    const now = at('2026-12-20T00:00:00Z');
    const waiting = kase('waiting', {
      received: at('2026-12-01T00:00:00Z'),
      submitted: at('2026-12-01T01:00:00Z'),
      'review-opened': at('2026-12-01T01:00:10Z'),
    });
    const refused = kase(
      'refused',
      { submitted: at('2026-12-01T00:00:00Z'), 'review-opened': at('2026-12-01T00:00:05Z'), 'committee-decided': at('2026-12-11T00:00:05Z') },
      { refused: true },
    );
    const surveyed = kase('surveyed', {
      submitted: at('2026-12-01T00:00:00Z'),
      'delivery-ended': at('2026-12-02T00:00:00Z'),
      surveyed: at('2026-12-02T01:00:00Z'),
    });
    const slow = slowestCases([surveyed, refused, waiting], now, 10);
    expect(slow).toEqual([
      {
        caseId: 'waiting',
        caseNumber: 'AWJ-1448-waiting',
        channel: 'phone',
        serviceId: 'food-basket',
        kind: 'stuck',
        from: 'review-opened',
        to: 'committee-decided',
        seconds: 1_637_990,
      },
      expect.objectContaining({ caseId: 'refused', kind: 'slowest-transition', from: 'review-opened', to: 'committee-decided', seconds: 864_000 }),
      expect.objectContaining({ caseId: 'surveyed', kind: 'slowest-transition', from: 'submitted', to: 'delivery-ended', seconds: 86_400 }),
    ]);
    expect(slowestCases([surveyed, refused, waiting], now, 1).map((c) => c.caseId)).toEqual(['waiting']);
    // Found not eligible, the path ends at the decision: not stuck waiting for a review.
    const notEligible = kase(
      'not-eligible',
      { submitted: at('2026-12-01T00:00:00Z'), 'eligibility-decided': at('2026-12-01T00:01:00Z') },
      { notEligible: true },
    );
    expect(slowestCases([notEligible], now, 5)).toEqual([expect.objectContaining({ kind: 'slowest-transition', seconds: 60 })]);
  });
});
