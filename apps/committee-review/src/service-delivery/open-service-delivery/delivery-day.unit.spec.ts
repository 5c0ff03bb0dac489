import { deliveryDayMs } from './open-service-delivery.reactor';

describe('ATHAR_DELIVERY_DAY_MS (test platforms only)', () => {
  it('is a real day when unset, a whole number of milliseconds when set, and refused in production or out of range', () => {
    expect(deliveryDayMs({})).toBeUndefined();
    expect(deliveryDayMs({ ATHAR_DELIVERY_DAY_MS: '1000' })).toBe(1000);
    expect(() => deliveryDayMs({ ATHAR_DELIVERY_DAY_MS: '1000', ATHAR_ENV: 'production' })).toThrow(/test platforms only/);
    for (const bad of ['50', '1.5', 'day']) expect(() => deliveryDayMs({ ATHAR_DELIVERY_DAY_MS: bad })).toThrow(/at least 100/);
  });
});
