import { isIP } from 'node:net';

/** Express's `trust proxy` setting: nothing trusted, a hop count, or the addresses of the trusted proxies. */
export type TrustProxy = false | number | string[];

const NAMED = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrCidr(entry: string): boolean {
  if (NAMED.includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * ATHAR_TRUST_PROXY: which reverse proxies may name the client in X-Forwarded-For (docs/adr/0024).
 * Unset (the default): none, so `request.ip` is the TCP peer and a forged header cannot dodge the
 * per-address limits. A whole number is the count of proxy hops in front of the service; otherwise a
 * comma-separated list of addresses or CIDR ranges (or loopback, linklocal, uniquelocal). `true` (trust
 * any hop) is refused: it would let every caller choose its own address.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): TrustProxy {
  const text = (env.ATHAR_TRUST_PROXY ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error('ATHAR_TRUST_PROXY: a hop count above 10 is not a real proxy chain');
    return hops;
  }
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const bad = entries.filter((entry) => !isAddressOrCidr(entry));
  if (bad.length > 0 || entries.length === 0) {
    throw new Error(`ATHAR_TRUST_PROXY must be a hop count or a comma-separated list of addresses/CIDR ranges; not understood: ${bad.join(', ') || text}`);
  }
  return entries;
}
