import { reviewSchedule, type ScheduleRules } from './review-schedule';

// Sunday 22 November 2026, 10:00 in Riyadh (07:00 UTC).
const sunday = new Date('2026-11-22T07:00:00Z');
const rules = (holidays: string[] = []): ScheduleRules => ({ reminderPercents: [50, 80], atRiskFromPercent: 80, holidays: new Set(holidays) });

describe('the review timeline: deadline, reminders and at-risk point', () => {
  it.each`
    counting      | days  | holidays                        | deadline                      | at50                          | at80                          | why
    ${'calendar'} | ${14} | ${[]}                           | ${'2026-12-06T07:00:00.000Z'} | ${'2026-11-29T07:00:00.000Z'} | ${'2026-12-03T11:48:00.000Z'} | ${'00x two weeks: 7 days and 11.2 days'}
    ${'calendar'} | ${14} | ${['2026-11-26']}               | ${'2026-12-06T07:00:00.000Z'} | ${'2026-11-29T07:00:00.000Z'} | ${'2026-12-03T11:48:00.000Z'} | ${'holidays do not move calendar days'}
    ${'calendar'} | ${21} | ${[]}                           | ${'2026-12-13T07:00:00.000Z'} | ${'2026-12-02T19:00:00.000Z'} | ${'2026-12-09T02:12:00.000Z'} | ${'a three-week window: 10.5 and 16.8 days'}
    ${'working'}  | ${10} | ${[]}                           | ${'2026-12-06T07:00:00.000Z'} | ${'2026-11-29T07:00:00.000Z'} | ${'2026-12-02T07:00:00.000Z'} | ${'Fri/Sat skipped: 5 and 8 working days'}
    ${'working'}  | ${10} | ${['2026-11-26']}               | ${'2026-12-07T07:00:00.000Z'} | ${'2026-11-30T07:00:00.000Z'} | ${'2026-12-03T07:00:00.000Z'} | ${'a Thursday holiday moves every point by a working day'}
    ${'working'}  | ${10} | ${['2026-12-01', '2026-12-06']} | ${'2026-12-08T07:00:00.000Z'} | ${'2026-11-29T07:00:00.000Z'} | ${'2026-12-03T07:00:00.000Z'} | ${'holidays after half-way move only the later points'}
    ${'working'}  | ${5}  | ${[]}                           | ${'2026-11-29T07:00:00.000Z'} | ${'2026-11-24T07:00:00.000Z'} | ${'2026-11-26T07:00:00.000Z'} | ${'2.5 and 4 working days round down to whole days'}
  `('$counting $days days, holidays $holidays: $why', ({ counting, days, holidays, deadline, at50, at80 }) => {
    const schedule = reviewSchedule(sunday, { days, counting }, rules(holidays));
    expect(schedule.deadline).toBe(deadline);
    expect(schedule.points).toEqual([
      { percent: 50, at: at50, remind: true, atRisk: false },
      { percent: 80, at: at80, remind: true, atRisk: true },
    ]);
  });

  it('a working-day point never falls on a Friday, a Saturday or a holiday', () => {
    const holidays = ['2026-11-24', '2026-11-25'];
    for (let days = 1; days <= 30; days += 1) {
      const schedule = reviewSchedule(
        sunday,
        { days, counting: 'working' },
        { reminderPercents: [10, 25, 50, 75, 90], atRiskFromPercent: 60, holidays: new Set(holidays) },
      );
      for (const at of [schedule.deadline, ...schedule.points.map((p) => p.at)]) {
        const riyadh = new Date(Date.parse(at) + 3 * 3600_000);
        expect([5, 6]).not.toContain(riyadh.getUTCDay());
        expect(holidays).not.toContain(riyadh.toISOString().slice(0, 10));
      }
    }
  });

  it('keeps an at-risk point that is not a reminder, and drops points that fall at the start', () => {
    const schedule = reviewSchedule(sunday, { days: 1, counting: 'working' }, { reminderPercents: [50], atRiskFromPercent: 90, holidays: new Set() });
    expect(schedule.points).toEqual([]); // half a working day and 0.9 of one round down to the start
    const calendar = reviewSchedule(sunday, { days: 10, counting: 'calendar' }, { reminderPercents: [50], atRiskFromPercent: 90, holidays: new Set() });
    expect(calendar.points.map((p) => [p.percent, p.remind, p.atRisk])).toEqual([
      [50, true, false],
      [90, false, true],
    ]);
  });
});
