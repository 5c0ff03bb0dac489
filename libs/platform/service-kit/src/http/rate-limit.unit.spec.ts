import { RateLimiter, rateLimitsFromEnv } from './rate-limit';

describe('RateLimiter (fixed one-minute windows per key)', () => {
  it('allows up to the limit, refuses the next with the seconds left in the window, and resets after it', () => {
    const limiter = new RateLimiter(60_000);
    const user = [{ key: 'user:awj:u1', limit: 3 }];
    expect([0, 1, 2].map((t) => limiter.take(user, t * 1000).allowed)).toEqual([true, true, true]);
    expect(limiter.take(user, 20_500)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(limiter.take(user, 60_000).allowed).toBe(true);
  });

  it('counts users apart, and refuses every user of a tenant over the tenant limit', () => {
    const limiter = new RateLimiter(60_000);
    const checks = (userId: string) => [
      { key: `user:awj:${userId}`, limit: 2 },
      { key: 'tenant:awj', limit: 3 },
    ];
    expect(limiter.take(checks('a'), 0).allowed).toBe(true);
    expect(limiter.take(checks('a'), 0).allowed).toBe(true);
    expect(limiter.take(checks('a'), 0).allowed).toBe(false); // user a over 2 (tenant at 3)
    expect(limiter.take(checks('b'), 0).allowed).toBe(false); // b's first, but the tenant is over 3
    expect(limiter.take([{ key: 'user:tuwaiq:a', limit: 2 }, { key: 'tenant:tuwaiq', limit: 3 }], 0).allowed).toBe(true);
  });

  it('forgets expired windows when it holds too many keys', () => {
    const limiter = new RateLimiter(1000, 2);
    for (const key of ['a', 'b', 'c', 'd']) limiter.take([{ key, limit: 1 }], 0);
    expect(limiter.take([{ key: 'a', limit: 1 }], 5000).allowed).toBe(true);
  });
});

describe('rateLimitsFromEnv', () => {
  it.each([
    [{}, { perUser: 1200, perTenant: 20000 }],
    [{ ATHAR_RATE_LIMIT_PER_USER: '60', ATHAR_RATE_LIMIT_PER_TENANT: '600' }, { perUser: 60, perTenant: 600 }],
  ])('reads %j', (env, expected) => {
    expect(rateLimitsFromEnv(env as NodeJS.ProcessEnv)).toEqual(expected);
  });

  it.each(['0', '-5', '1.5', 'many'])('refuses %s', (value) => {
    expect(() => rateLimitsFromEnv({ ATHAR_RATE_LIMIT_PER_USER: value })).toThrow(/positive whole number/);
  });
});
