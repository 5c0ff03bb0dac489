import { backoffDelayMs, backoffSchedule, DEFAULT_BACKOFF } from './backoff';

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
});
