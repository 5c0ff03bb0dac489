import { windowEnd } from '@athar/contracts';

const DAY_MS = 86_400_000;

/** The part of a tenant's complaints policy the service levels need. */
export interface ServiceLevelRules {
  acknowledgeWithinWorkingDays: number;
  resolveWithinWorkingDays: number;
  remindAtPercents: readonly number[];
  atRiskFromPercent: number;
  /** The tenant's holidays (ISO dates, Riyadh days): the committee's calendar (committeeReview.holidays). */
  holidays: ReadonlySet<string>;
  /**
   * Test platforms only (ATHAR_COMPLAINT_DAY_MS): a "working day" lasts this many milliseconds of
   * calendar time and no day is skipped, so an end-to-end test sees a breach in seconds.
   */
  dayMs?: number;
}

export interface ServiceLevelPoint {
  percent: number;
  at: string;
  remind: boolean;
  atRisk: boolean;
}

export interface ComplaintServiceLevels {
  acknowledgeBy: string;
  resolveBy: string;
  /** Reminder and at-risk points before `resolveBy`, in time order. */
  points: ServiceLevelPoint[];
}

function afterWorkingDays(start: Date, days: number, rules: ServiceLevelRules): Date {
  if (rules.dayMs) return new Date(start.getTime() + days * rules.dayMs);
  return windowEnd(start, { days, counting: 'working' }, rules.holidays);
}

/** The instant `percent` of the resolution window has passed, in whole working days (never on a day off), or the share of the test day. */
function pointAt(start: Date, rules: ServiceLevelRules, percent: number): Date {
  if (rules.dayMs) return new Date(start.getTime() + Math.floor((rules.resolveWithinWorkingDays * rules.dayMs * percent) / 100));
  const days = Math.floor((rules.resolveWithinWorkingDays * percent) / 100);
  return days === 0 ? start : afterWorkingDays(start, days, rules);
}

/**
 * A complaint's service levels from the instant it was filed (or reopened): acknowledgement and
 * resolution due after the priority's working days, counted Sunday to Thursday without the tenant's
 * holidays (the committee's calendar, contracts' windowEnd), at the time of day it was filed; the
 * reminder and at-risk points inside the window (one at the start or at the deadline is dropped).
 */
export function complaintServiceLevels(start: Date, rules: ServiceLevelRules): ComplaintServiceLevels {
  const resolveBy = afterWorkingDays(start, rules.resolveWithinWorkingDays, rules);
  const percents = [...new Set([...rules.remindAtPercents, rules.atRiskFromPercent])].sort((a, b) => a - b);
  const points = percents
    .map((percent) => ({
      percent,
      at: pointAt(start, rules, percent),
      remind: rules.remindAtPercents.includes(percent),
      atRisk: percent === rules.atRiskFromPercent,
    }))
    .filter((p) => p.at.getTime() > start.getTime() && p.at.getTime() < resolveBy.getTime())
    .map((p) => ({ ...p, at: p.at.toISOString() }));
  return {
    acknowledgeBy: afterWorkingDays(start, rules.acknowledgeWithinWorkingDays, rules).toISOString(),
    resolveBy: resolveBy.toISOString(),
    points,
  };
}

/** Elapsed calendar days between two instants, for the figures (time to acknowledge, to resolve). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / DAY_MS);
}
