import { windowEnd, type ReviewWindow } from '@athar/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A moment of a review's timeline: remind the committee, list the case as at risk, or both. */
export interface TimelinePoint {
  percent: number;
  at: string;
  remind: boolean;
  atRisk: boolean;
}

export interface ReviewSchedule {
  deadline: string;
  points: TimelinePoint[];
}

export interface ScheduleRules {
  reminderPercents: readonly number[];
  atRiskFromPercent: number;
  holidays: ReadonlySet<string>;
}

/**
 * The instant `percent` of a window starting at `start` has passed. Calendar: that share of the
 * window's duration. Working days: after that share of the working days, rounded down to a whole
 * working day, at the time of day the window started (weekend Friday and Saturday, and the tenant's
 * holidays, do not count), so a reminder never falls on a day off.
 */
export function pointInWindow(start: Date, window: ReviewWindow, holidays: ReadonlySet<string>, percent: number): Date {
  if (window.counting === 'calendar') return new Date(start.getTime() + Math.floor((window.days * DAY_MS * percent) / 100));
  const workingDays = Math.floor((window.days * percent) / 100);
  return workingDays === 0 ? start : windowEnd(start, { days: workingDays, counting: 'working' }, holidays);
}

/**
 * The review timeline of one round: its deadline (start + the tenant's window) and, before it,
 * the reminder points and the point from which the case is at risk, in time order. A point that falls
 * at the start or at the deadline itself is dropped: the deadline has its own escalation.
 */
export function reviewSchedule(start: Date, window: ReviewWindow, rules: ScheduleRules): ReviewSchedule {
  const deadline = windowEnd(start, window, rules.holidays);
  const percents = [...new Set([...rules.reminderPercents, rules.atRiskFromPercent])].sort((a, b) => a - b);
  const points = percents
    .map((percent) => ({
      percent,
      at: pointInWindow(start, window, rules.holidays, percent),
      remind: rules.reminderPercents.includes(percent),
      atRisk: percent === rules.atRiskFromPercent,
    }))
    .filter((p) => p.at.getTime() > start.getTime() && p.at.getTime() < deadline.getTime())
    .map((p) => ({ ...p, at: p.at.toISOString() }));
  return { deadline: deadline.toISOString(), points };
}
