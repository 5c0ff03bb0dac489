/** How a tenant counts its review window: every day, or Sunday to Thursday only (Saudi weekend Fri/Sat). */
export type WindowCounting = 'calendar' | 'working';

export interface ReviewWindow {
  days: number;
  counting: WindowCounting;
}

const FRIDAY = 5;
const SATURDAY = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a window of `days` ends when it starts at `start`. Calendar: start + days x 24 h.
 * Working: the same time of day after `days` working days; weekends and the tenant's holidays
 * (ISO dates, Riyadh calendar days) are skipped. Tenants add their own holiday lists.
 */
export function windowEnd(start: Date, window: ReviewWindow, holidays: ReadonlySet<string> = new Set()): Date {
  if (window.counting === 'calendar') return new Date(start.getTime() + window.days * DAY_MS);
  let cursor = start.getTime();
  let counted = 0;
  while (counted < window.days) {
    cursor += DAY_MS;
    const riyadh = new Date(cursor + 3 * 60 * 60 * 1000); // Asia/Riyadh is UTC+3 all year
    const weekday = riyadh.getUTCDay();
    if (weekday !== FRIDAY && weekday !== SATURDAY && !holidays.has(riyadh.toISOString().slice(0, 10))) counted += 1;
  }
  return new Date(cursor);
}
