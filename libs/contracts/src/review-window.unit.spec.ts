import { windowEnd } from './review-window';

describe('windowEnd (000/001/002 step 5: an answer within the review window)', () => {
  const sundayMorning = new Date('2026-11-22T07:00:00Z'); // Sunday 10:00 in Riyadh

  it('counts calendar days as whole 24-hour days', () => {
    expect(windowEnd(sundayMorning, { days: 14, counting: 'calendar' }).toISOString()).toBe('2026-12-06T07:00:00.000Z');
  });

  it('skips Fridays and Saturdays when counting working days', () => {
    // 5 working days from Sunday: Mon..Thu (4) + next Sunday (5).
    expect(windowEnd(sundayMorning, { days: 5, counting: 'working' }).toISOString()).toBe('2026-11-29T07:00:00.000Z');
    expect(windowEnd(sundayMorning, { days: 10, counting: 'working' }).toISOString()).toBe('2026-12-06T07:00:00.000Z');
  });

  it('skips the tenant holidays too', () => {
    const holidays = new Set(['2026-11-23']);
    expect(windowEnd(sundayMorning, { days: 1, counting: 'working' }, holidays).toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });
});
