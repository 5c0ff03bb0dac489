import { loadTenantPolicies, tenantPolicySchema, TenantRegistry } from '@athar/tenancy';
import { PersonKeys } from '../submit-application/person-keys';
import { DEFAULT_PUBLIC_LINK_LIMITS, PublicLinkLimits, publicLinkLimitsFromEnv } from './public-link-limits';
import type { PublicLinkStore } from './public-link.store';

describe('public link limits: platform defaults, env, and a tenant of its own', () => {
  it('defaults to 60 requests an hour per address and 5 codes a day per mobile; env reads MAX/WINDOW_SECONDS', () => {
    expect(publicLinkLimitsFromEnv({})).toEqual(DEFAULT_PUBLIC_LINK_LIMITS);
    expect(DEFAULT_PUBLIC_LINK_LIMITS).toEqual({ perAddress: { max: 60, windowSeconds: 3600 }, perMobile: { max: 5, windowSeconds: 86_400 } });
    expect(publicLinkLimitsFromEnv({ ATHAR_PUBLIC_LIMIT_PER_ADDRESS: '200/600', ATHAR_PUBLIC_LIMIT_PER_MOBILE: ' 3/3600 ' })).toEqual({
      perAddress: { max: 200, windowSeconds: 600 },
      perMobile: { max: 3, windowSeconds: 3600 },
    });
    for (const bad of ['60', '0/60', '60/0', '60/999999', 'a/b', '60/60/60']) {
      expect(() => publicLinkLimitsFromEnv({ ATHAR_PUBLIC_LIMIT_PER_ADDRESS: bad })).toThrow(/ATHAR_PUBLIC_LIMIT_PER_ADDRESS must read MAX\/WINDOW_SECONDS/);
    }
  });

  it("takes a tenant policy's publicLink block over the platform's, limit by limit", () => {
    const [awj, ...others] = loadTenantPolicies();
    const own = tenantPolicySchema.parse({ ...awj, publicLink: { perMobile: { max: 2, windowSeconds: 600 } } });
    const limits = new PublicLinkLimits({} as PublicLinkStore, new TenantRegistry([own, ...others]), new PersonKeys());
    expect(limits.limitsFor(own.tenantId)).toEqual({ perAddress: DEFAULT_PUBLIC_LINK_LIMITS.perAddress, perMobile: { max: 2, windowSeconds: 600 } });
    expect(limits.limitsFor(others[0].tenantId)).toEqual(DEFAULT_PUBLIC_LINK_LIMITS);
    expect(() => tenantPolicySchema.parse({ ...awj, publicLink: { perAddress: { max: 0, windowSeconds: 60 } } })).toThrow();
    expect(() => tenantPolicySchema.parse({ ...awj, publicLink: { perDay: 5 } })).toThrow();
  });
});
