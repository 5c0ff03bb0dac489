import { bucketOf, percentile, stageOf, summariseTimings } from './case-figures';

const at = (iso: string) => new Date(iso);
const DAY = 24 * 3600_000;

describe('case figures', () => {
  it('tells the stage from the facts whatever order they were applied in', () => {
    expect(stageOf({ draftedAt: at('2026-01-01') })).toBe('draft');
    expect(stageOf({ submittedAt: at('2026-01-01') })).toBe('received');
    expect(stageOf({ submittedAt: at('2026-01-01'), assessedAt: at('2026-01-01') })).toBe('eligibility');
    expect(stageOf({ reviewOpenedAt: at('2026-01-01') })).toBe('committee');
    expect(stageOf({ reviewOpenedAt: at('2026-01-01'), decision: 'accepted', decisionRound: 1 })).toBe('accepted');
    expect(stageOf({ reviewOpenedAt: at('2026-01-01'), decision: 'refused', decisionRound: 1 })).toBe('refused');
    // a refused applicant asked for reconsideration: with the committee again until round 2 is decided
    expect(stageOf({ decision: 'refused', decisionRound: 1, reconsiderationRound: 2 })).toBe('committee');
    expect(stageOf({ decision: 'accepted', decisionRound: 2, reconsiderationRound: 2 })).toBe('accepted');
    expect(stageOf({ decision: 'accepted', decisionRound: 1, deliveryOpenedAt: at('2026-01-02') })).toBe('in-delivery');
  });

  it('puts each first decision in its part of the window, the window counted from submission', () => {
    const submittedAt = at('2026-01-01T00:00:00Z');
    const deadline = new Date(submittedAt.getTime() + 10 * DAY);
    expect(bucketOf({ submittedAt, deadline, decidedAt: new Date(submittedAt.getTime() + 5 * DAY) })).toBe('first-half');
    expect(bucketOf({ submittedAt, deadline, decidedAt: new Date(submittedAt.getTime() + 5 * DAY + 1) })).toBe('within-window');
    expect(bucketOf({ submittedAt, deadline, decidedAt: deadline })).toBe('within-window');
    expect(bucketOf({ submittedAt, deadline, decidedAt: new Date(deadline.getTime() + 1) })).toBe('after-window');
  });

  it('gives the median and the 90th percentile by nearest rank', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    const submittedAt = at('2026-01-01T00:00:00Z');
    const deadline = new Date(submittedAt.getTime() + 10 * DAY);
    const timing = (days: number) => ({ submittedAt, deadline, decidedAt: new Date(submittedAt.getTime() + days * DAY) });
    expect(summariseTimings([timing(1), timing(7.25), timing(12)])).toEqual({
      decided: 3,
      buckets: { 'first-half': 1, 'within-window': 1, 'after-window': 1 },
      medianDays: 7.3,
      p90Days: 12,
    });
    expect(summariseTimings([])).toEqual({ decided: 0, buckets: { 'first-half': 0, 'within-window': 0, 'after-window': 0 }, medianDays: null, p90Days: null });
  });
});
