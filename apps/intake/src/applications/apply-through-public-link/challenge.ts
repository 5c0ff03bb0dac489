import { createHash, randomBytes } from 'node:crypto';
import { HttpException, HttpStatus } from '@nestjs/common';
import type { PublicLinkStore } from './public-link.store';

export const PUBLIC_LINK_CHALLENGE = Symbol('PUBLIC_LINK_CHALLENGE');

/** The header a client puts its solution in. */
export const STAMP_HEADER = 'x-athar-stamp';

/** What a client must solve before submitting, shown with the terms (GET /public/{tenantId}/terms). */
export interface ChallengeDescription {
  kind: string;
  header: string;
  [detail: string]: unknown;
}

/**
 * A hook in front of the public link's submissions (docs/adr/0024): a challenge a script pays for and
 * a person barely notices. `describe` tells the client what to solve; `verify` throws a 4xx unless the
 * request carries a valid, unspent solution.
 */
export interface PublicLinkChallenge {
  describe(tenantId: string): ChallengeDescription | null;
  verify(tenantId: string, solution: string | undefined): Promise<void>;
}

/** The default: no challenge (the per-address and per-mobile limits and the SMS code still apply). */
export class NoChallenge implements PublicLinkChallenge {
  describe(): null {
    return null;
  }

  async verify(): Promise<void> {
    return undefined;
  }
}

/** Leading zero bits of a SHA-256 digest. */
export function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

export const stampResource = (tenantId: string): string => `athar-public-link.${tenantId}`;

/**
 * Mints a hashcash-style stamp `1:bits:unixSeconds:resource::rand:counter` whose SHA-256 starts with
 * `bits` zero bits: what a browser script does before submitting (about 2^bits hashes).
 */
export function mintStamp(resource: string, bits: number, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const prefix = `1:${bits}:${nowSeconds}:${resource}::${randomBytes(8).toString('base64url')}:`;
  for (let counter = 0; ; counter += 1) {
    const stamp = `${prefix}${counter.toString(36)}`;
    if (leadingZeroBits(createHash('sha256').update(stamp).digest()) >= bits) return stamp;
  }
}

/** Why a stamp is refused, or null when it is well formed, fresh, for this resource and hard enough. */
export function stampProblem(stamp: string | undefined, resource: string, bits: number, nowSeconds: number, maxAgeSeconds: number): string | null {
  if (!stamp) return 'missing';
  if (stamp.length > 300) return 'malformed';
  const parts = stamp.split(':');
  if (parts.length !== 7 || parts[0] !== '1' || !/^\d{1,2}$/.test(parts[1]) || !/^\d{1,12}$/.test(parts[2])) return 'malformed';
  if (parts[3] !== resource) return 'wrong resource';
  if (Number(parts[1]) < bits) return 'too easy';
  if (Math.abs(nowSeconds - Number(parts[2])) > maxAgeSeconds) return 'stale';
  if (leadingZeroBits(createHash('sha256').update(stamp).digest()) < bits) return 'not solved';
  return null;
}

/**
 * Proof of work, checked on the server (ATHAR_PUBLIC_POW_BITS > 0): each submission carries a fresh
 * stamp for the tenant's link, solved to the configured difficulty, and spent once (replays refused
 * through the shared store, whichever replica sees them).
 */
export class HashcashChallenge implements PublicLinkChallenge {
  constructor(
    private readonly bits: number,
    private readonly store: Pick<PublicLinkStore, 'spendStamp'>,
    private readonly maxAgeSeconds = 600,
  ) {}

  describe(tenantId: string): ChallengeDescription {
    return {
      kind: 'hashcash-sha256',
      header: 'X-Athar-Stamp',
      bits: this.bits,
      resource: stampResource(tenantId),
      format: '1:bits:unixSeconds:resource::rand:counter',
      maxAgeSeconds: this.maxAgeSeconds,
    };
  }

  async verify(tenantId: string, solution: string | undefined): Promise<void> {
    const problem = stampProblem(solution, stampResource(tenantId), this.bits, Math.floor(Date.now() / 1000), this.maxAgeSeconds);
    if (
      problem === null &&
      (await this.store.spendStamp(
        createHash('sha256')
          .update(solution as string)
          .digest('hex'),
        2 * this.maxAgeSeconds,
      ))
    )
      return;
    throw new HttpException(
      {
        code: 'proof-of-work-required',
        message: { ar: 'يلزم حل تحدي التحقق قبل الإرسال', en: 'A solved proof-of-work stamp is required before submitting' },
        fields: [
          { field: 'X-Athar-Stamp', reasons: [{ ar: `الختم غير مقبول (${problem ?? 'used before'})`, en: `stamp refused: ${problem ?? 'used before'}` }] },
        ],
      },
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
}

/** ATHAR_PUBLIC_POW_BITS: 0 or unset turns the challenge off; 1 to 28 zero bits otherwise. */
export function powBitsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.ATHAR_PUBLIC_POW_BITS ?? '';
  if (text === '') return 0;
  const bits = Number(text);
  if (!Number.isInteger(bits) || bits < 0 || bits > 28) throw new Error('ATHAR_PUBLIC_POW_BITS must be a whole number of bits from 0 (off) to 28');
  return bits;
}
