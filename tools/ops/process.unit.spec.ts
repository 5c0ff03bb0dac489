import { duration } from './process';

describe('npm run process: durations as a person reads them', () => {
  it('writes seconds, minutes, hours and days with the next unit beside', () => {
    expect(duration(null)).toBe('—');
    expect(duration(0)).toBe('0s');
    expect(duration(45)).toBe('45s');
    expect(duration(725)).toBe('12m 05s');
    expect(duration(3 * 3600 + 20 * 60 + 59)).toBe('3h 20m');
    expect(duration(4 * 86_400 + 6 * 3600 + 1)).toBe('4d 06h');
  });
});
