import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { rateLimitsFromEnv, throttlerOptions } from './rate-limit';

const contextFor = (request: Record<string, unknown>) => ({ switchToHttp: () => ({ getRequest: () => request }) }) as unknown as ExecutionContext;

describe('throttlerOptions (the user and tenant limits as @nestjs/throttler throttlers)', () => {
  const storage = { increment: jest.fn() };
  const options = throttlerOptions({ perUser: 60, perTenant: 600 }, storage, 'intake') as Exclude<ThrottlerModuleOptions, unknown[]>;
  const [user, tenant] = options.throttlers;
  const staff = { path: '/applications', ip: '10.0.0.7', principal: { tenantId: 'awj', userId: 'u-1', roles: ['relations-officer'] } };
  const anonymous = { path: '/public/awj/applications', ip: '10.0.0.7' };

  it('counts a signed-in caller by tenant and user, and a public-link caller by address', async () => {
    expect([user.name, user.limit, user.ttl]).toEqual(['user', 60, 60_000]);
    expect(await user.getTracker?.(staff, contextFor(staff))).toBe('awj:u-1');
    expect(await user.getTracker?.(anonymous, contextFor(anonymous))).toBe('ip:10.0.0.7');
  });

  it('counts all callers of a tenant together, and does not count the public link against a tenant', async () => {
    expect([tenant.name, tenant.limit]).toEqual(['tenant', 600]);
    expect(await tenant.getTracker?.(staff, contextFor(staff))).toBe('awj');
    expect(tenant.skipIf?.(contextFor(anonymous))).toBe(true);
    expect(tenant.skipIf?.(contextFor(staff))).toBe(false);
  });

  it('never limits the probes', () => {
    for (const path of ['/health/ready', '/health', '/metrics']) {
      expect([path, user.skipIf?.(contextFor({ path })), tenant.skipIf?.(contextFor({ path }))]).toEqual([path, true, true]);
    }
    expect(user.skipIf?.(contextFor({ path: '/healthy-things' }))).toBe(false);
  });

  it('keys a window by service and caller, so every route of a caller in one service counts together (not across services), and uses the shared storage', () => {
    expect(options.generateKey?.(contextFor(staff), 'awj:u-1', 'user')).toBe('intake:user:awj:u-1');
    expect(options.storage).toBe(storage);
  });
});

describe('rateLimitsFromEnv', () => {
  it.each([
    [{}, { perUser: 1200, perTenant: 20000 }],
    [
      { ATHAR_RATE_LIMIT_PER_USER: '60', ATHAR_RATE_LIMIT_PER_TENANT: '600' },
      { perUser: 60, perTenant: 600 },
    ],
  ])('reads %j', (env, expected) => {
    expect(rateLimitsFromEnv(env as NodeJS.ProcessEnv)).toEqual(expected);
  });

  it.each(['0', '-5', '1.5', 'many'])('refuses %s', (value) => {
    expect(() => rateLimitsFromEnv({ ATHAR_RATE_LIMIT_PER_USER: value })).toThrow(/positive whole number/);
  });
});
