import { backoffDelayMs, backoffSchedule, DEFAULT_BACKOFF, jitteredBackoffMs, OUTAGE_BACKOFF } from './backoff';

describe('backoff', () => {
  it('doubles from 100 ms and caps at 2 s by default', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelayMs(attempt))).toEqual([100, 200, 400, 800, 1600, 2000, 2000]);
  });

  it('waits between attempts only: 5 attempts have 4 waits, 1.5 s in all', () => {
    const schedule = backoffSchedule(5);
    expect(schedule).toEqual([100, 200, 400, 800]);
    expect(schedule.reduce((a, b) => a + b, 0)).toBe(1500);
    expect(backoffSchedule(1)).toEqual([]);
  });

  it('follows the given options', () => {
    expect(backoffSchedule(4, { initialMs: 10, factor: 3, maxMs: 50 })).toEqual([10, 30, 50]);
  });

  it('refuses a non-positive attempt number', () => {
    expect(() => backoffDelayMs(0, DEFAULT_BACKOFF)).toThrow(RangeError);
  });

  describe('while an engine is down (jittered, capped at 30 s, unbounded in tries)', () => {
    const low = (): number => 0;
    const high = (): number => 0.999_999;

    it('doubles from 0.5 s and never waits more than 30 s, however many tries', () => {
      expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelayMs(n, OUTAGE_BACKOFF))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
      expect(jitteredBackoffMs(10_000, OUTAGE_BACKOFF, high)).toBe(30_000);
      expect(jitteredBackoffMs(10_000, OUTAGE_BACKOFF, low)).toBe(15_000);
    });

    it('waits between half and all of the capped delay, as the random draw says', () => {
      expect(jitteredBackoffMs(1, OUTAGE_BACKOFF, low)).toBe(250);
      expect(jitteredBackoffMs(1, OUTAGE_BACKOFF, () => 0.5)).toBe(375);
      expect(jitteredBackoffMs(1, OUTAGE_BACKOFF, high)).toBe(500);
      expect(jitteredBackoffMs(4, OUTAGE_BACKOFF, low)).toBe(2000);
    });

    it('spreads consumers retrying at the same try over the range', () => {
      const waits = Array.from({ length: 200 }, () => jitteredBackoffMs(6));
      expect(Math.min(...waits)).toBeGreaterThanOrEqual(8_000);
      expect(Math.max(...waits)).toBeLessThanOrEqual(16_000);
      expect(new Set(waits).size).toBeGreaterThan(50);
    });

    it('keeps a faulty random source within the range', () => {
      expect(jitteredBackoffMs(1, OUTAGE_BACKOFF, () => 7)).toBe(500);
      expect(jitteredBackoffMs(1, OUTAGE_BACKOFF, () => -1)).toBe(250);
    });
  });
});
