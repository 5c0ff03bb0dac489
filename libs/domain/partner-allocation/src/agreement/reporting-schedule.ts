import type { ReportingSchedule } from '@athar/contracts';
import { addDays, addMonths } from './calendar';

const MONTHS: Record<ReportingSchedule['every'], number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

/**
 * The dates the partner's impact reports fall due within the term (Tuwaiq, partner allocation 5): the
 * term is cut into periods of the schedule's length from its first day (the last may be shorter), and
 * each period's report is due the schedule's days after the period's last day. Calendar dates, Riyadh.
 */
export function reportDueDates(term: { startsOn: string; endsOn: string }, schedule: ReportingSchedule): string[] {
  const due: string[] = [];
  for (let period = 0; ; period += 1) {
    const start = addMonths(term.startsOn, period * MONTHS[schedule.every]);
    if (start > term.endsOn) break;
    const nextStart = addMonths(term.startsOn, (period + 1) * MONTHS[schedule.every]);
    const lastDay = addDays(nextStart, -1) < term.endsOn ? addDays(nextStart, -1) : term.endsOn;
    due.push(addDays(lastDay, schedule.dueDaysAfterPeriod));
  }
  return due;
}
