import { addDays, addMonths, overdueAt, reportDueDates } from '@athar/domain-partner-allocation';
import { monthsBefore } from '@athar/launcher';

// The demo's agreement begins four months back (Riyadh) so that exactly one impact report is overdue on any
// day it is seeded: Tuwaiq's quarterly reports due 15 days after the period, 7 days' grace, a 12-month term
// (apps/partner-allocation/policies/tuwaiq.partner-allocation.json; partner allocation 5, docs/adr/0040).
describe("npm start's partner-allocation demo: the agreement's start", () => {
  it('is the Riyadh day four months back (the Riyadh day turns at 21:00 UTC)', () => {
    expect(monthsBefore(new Date('2026-12-01T12:00:00Z'), 4)).toBe('2026-08-01');
    expect(monthsBefore(new Date('2026-12-01T21:30:00Z'), 4)).toBe('2026-08-02');
    expect(monthsBefore(new Date('2027-01-15T08:00:00Z'), 4)).toBe('2026-09-15');
  });

  it('leaves exactly one period overdue, the first, whatever the day the demo is seeded (every day of two years, at noon and near midnight in Riyadh)', () => {
    const schedule = { every: 'quarter' as const, dueDaysAfterPeriod: 15 };
    const problems: string[] = [];
    for (let day = 0; day < 731; day += 1) {
      for (const hourUtc of [9, 20]) {
        const now = new Date(Date.UTC(2026, 0, 1 + day, hourUtc, 30));
        const startsOn = monthsBefore(now, 4);
        const due = reportDueDates({ startsOn, endsOn: addDays(addMonths(startsOn, 12), -1) }, schedule);
        const overdue = due.filter((period) => Date.parse(overdueAt(period, 7)) <= now.getTime());
        if (overdue.length !== 1 || overdue[0] !== due[0]) problems.push(`${now.toISOString()}: ${overdue.join(', ') || 'none'} of ${due.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
