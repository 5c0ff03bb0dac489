import { TenantKeyring } from './tenant-keys';

const key32 = (fill: number) => Buffer.alloc(32, fill).toString('base64');

describe('TenantKeyring (tenant keys from configuration)', () => {
  it('derives a distinct, stable development key per tenant when nothing is configured', () => {
    const ring = TenantKeyring.fromEnv({});
    expect(ring.development).toBe(true);
    expect(ring.key('awj')).toHaveLength(32);
    expect(ring.key('awj').equals(TenantKeyring.fromEnv({}).key('awj'))).toBe(true);
    expect(ring.key('awj').equals(ring.key('tuwaiq'))).toBe(false);
  });

  it('uses the configured keys and refuses a tenant without one', () => {
    const ring = TenantKeyring.fromEnv({ ATHAR_TENANT_KEYS: `awj=${key32(1)}, tuwaiq=${key32(2)}` });
    expect(ring.development).toBe(false);
    expect(ring.key('awj').equals(Buffer.alloc(32, 1))).toBe(true);
    expect(ring.keyId('awj')).toMatch(/^[0-9a-f]{16}$/);
    expect(ring.keyId('awj')).not.toBe(ring.keyId('tuwaiq'));
    expect(() => ring.key('ghost')).toThrow(/No key configured for tenant ghost/);
    expect(() => ring.assertCovers(['awj', 'tuwaiq'])).not.toThrow();
    expect(() => ring.assertCovers(['awj', 'ghost', 'quwayiyah'])).toThrow('ATHAR_TENANT_KEYS has no key for: ghost, quwayiyah');
  });

  it.each([
    ['production without keys', { NODE_ENV: 'production' }, /must be set in production/],
    ['an entry without "="', { ATHAR_TENANT_KEYS: 'awj' }, /not tenant=base64key/],
    ['a key of 16 bytes', { ATHAR_TENANT_KEYS: `awj=${Buffer.alloc(16).toString('base64')}` }, /16 bytes, not 32/],
    ['a tenant id in capitals', { ATHAR_TENANT_KEYS: `AWJ=${key32(1)}` }, /not tenant=base64key/],
  ])('refuses %s', (_name, env, message) => {
    expect(() => TenantKeyring.fromEnv(env as NodeJS.ProcessEnv)).toThrow(message);
  });

  it('accepts configured keys in production', () => {
    expect(TenantKeyring.fromEnv({ NODE_ENV: 'production', ATHAR_TENANT_KEYS: `awj=${key32(3)}` }).key('awj')).toHaveLength(32);
  });
});
