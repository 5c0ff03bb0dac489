import { corsDecision, corsOriginsFromEnv } from './cors';

describe('CORS allow-list', () => {
  const allowed = corsOriginsFromEnv({ ATHAR_CORS_ORIGINS: 'https://console.athar.sa, http://127.0.0.1:4200' });

  it.each([
    [undefined, 'no-origin'],
    ['http://127.0.0.1:3001', 'same-origin'],
    ['https://console.athar.sa', 'allowed'],
    ['http://127.0.0.1:4200', 'allowed'],
    ['https://console.athar.sa.evil.example', 'refused'],
    ['http://console.athar.sa', 'refused'],
    ['null', 'refused'],
  ])('origin %s is %s', (origin, decision) => {
    expect(corsDecision(origin, 'http://127.0.0.1:3001', allowed)).toBe(decision);
  });

  it('allows no other origin when nothing is configured', () => {
    expect(corsDecision('https://console.athar.sa', 'http://127.0.0.1:3001', corsOriginsFromEnv({}))).toBe('refused');
  });

  it.each(['*', 'console.athar.sa', 'https://console.athar.sa/', 'ftp://files.athar.sa', 'https://console.athar.sa/path'])('refuses the configured value %s', (value) => {
    expect(() => corsOriginsFromEnv({ ATHAR_CORS_ORIGINS: value })).toThrow(/not an exact origin/);
  });
});
