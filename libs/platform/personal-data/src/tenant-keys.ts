import { createHash, hkdfSync } from 'node:crypto';

const DEVELOPMENT_SECRET = 'athar-development-only-tenant-key';

/**
 * The per-tenant keys that wrap the data keys, from configuration, never from the database that holds
 * the wrapped keys: `ATHAR_TENANT_KEYS="awj=<base64 of 32 bytes>,tuwaiq=<…>"`. Without it, a
 * development key is derived per tenant from a fixed secret, which production refuses.
 */
export class TenantKeyring {
  private constructor(
    private readonly configured: ReadonlyMap<string, Buffer> | null,
    readonly development: boolean,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): TenantKeyring {
    const text = env.ATHAR_TENANT_KEYS?.trim();
    if (!text) {
      if (env.NODE_ENV === 'production') throw new Error('ATHAR_TENANT_KEYS must be set in production (tenant=base64 key, comma-separated)');
      return new TenantKeyring(null, true);
    }
    const keys = new Map<string, Buffer>();
    for (const entry of text
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)) {
      const match = /^([a-z0-9][a-z0-9-]*)=([A-Za-z0-9+/_-]+={0,2})$/.exec(entry);
      if (!match) throw new Error(`ATHAR_TENANT_KEYS: "${entry.split('=')[0]}" is not tenant=base64key`);
      const key = Buffer.from(match[2], 'base64');
      if (key.length !== 32) throw new Error(`ATHAR_TENANT_KEYS: the key of ${match[1]} is ${key.length} bytes, not 32`);
      keys.set(match[1], key);
    }
    return new TenantKeyring(keys, false);
  }

  /** The tenant's key; a tenant with no configured key cannot hold personal data (throws). */
  key(tenantId: string): Buffer {
    if (!this.configured) return Buffer.from(hkdfSync('sha256', DEVELOPMENT_SECRET, 'athar-tenant-key', tenantId, 32));
    const key = this.configured.get(tenantId);
    if (!key) throw new Error(`No key configured for tenant ${tenantId} in ATHAR_TENANT_KEYS`);
    return key;
  }

  /** Start-up check: every tenant served has a key, so no request fails later for want of one. */
  assertCovers(tenantIds: readonly string[]): void {
    if (!this.configured) return;
    const missing = tenantIds.filter((id) => !this.configured?.has(id));
    if (missing.length > 0) throw new Error(`ATHAR_TENANT_KEYS has no key for: ${missing.join(', ')}`);
  }

  /** A short fingerprint stored beside each wrapped key, so a rotated tenant key is detectable. */
  keyId(tenantId: string): string {
    return createHash('sha256').update(this.key(tenantId)).digest('hex').slice(0, 16);
  }
}
