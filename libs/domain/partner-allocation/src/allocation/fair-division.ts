/**
 * The arithmetic of docs/adr/0037, exact: proportional shares by weight with a cap per claimant
 * (water-filling), then whole units by largest remainder. Numbers are BigInt rationals, so no
 * floating-point rounding can make a share exceed its cap or the shares miss the capacity by a unit.
 */

/** A non-negative rational number; den > 0. */
export interface Rational {
  num: bigint;
  den: bigint;
}

export interface Claim {
  key: string;
  /** What the claim weighs in the proportional share (its total score); 0 joins only the second tier. */
  weight: bigint;
  /** The most it may receive (what it asked), at least 1. */
  cap: bigint;
}

export interface Division {
  /** The exact proportional share before rounding. */
  quota: Rational;
  /** The whole units it receives. */
  share: bigint;
  /** 'capped' when the share reached the cap because the proportional share would have been larger. */
  capped: boolean;
  /** Which tier it shared in: scored claims first, zero-weight claims only in what the first left. */
  tier: 'scored' | 'unscored';
  /** The claim received one of the units left after flooring, by its larger remainder. */
  roundedUp: boolean;
}

const ZERO = BigInt(0);
const ONE = BigInt(1);

/**
 * Water-filling: find the level λ with Σ min(cap, λ·weight) = min(capacity, Σ cap). Claims whose cap is
 * at most λ·weight receive their cap; what they leave goes back to the others in proportion to weight.
 */
function waterFill(claims: Claim[], capacity: bigint): Map<string, { quota: Rational; capped: boolean }> {
  const out = new Map<string, { quota: Rational; capped: boolean }>();
  let open = claims.filter((c) => c.weight > ZERO);
  let remaining = capacity;
  for (;;) {
    if (open.length === 0) break;
    const weightSum = open.reduce((sum, c) => sum + c.weight, ZERO);
    // cap ≤ remaining · weight / weightSum  ⇔  cap · weightSum ≤ remaining · weight
    const capped = open.filter((c) => c.cap * weightSum <= remaining * c.weight);
    if (capped.length === 0) {
      for (const c of open) out.set(c.key, { quota: { num: remaining * c.weight, den: weightSum }, capped: false });
      break;
    }
    for (const c of capped) {
      out.set(c.key, { quota: { num: c.cap, den: ONE }, capped: true });
      remaining -= c.cap;
    }
    open = open.filter((c) => !capped.includes(c));
  }
  return out;
}

function compareRemainders(a: Rational, b: Rational): number {
  const left = (a.num % a.den) * b.den;
  const right = (b.num % b.den) * a.den;
  return left === right ? 0 : left > right ? 1 : -1;
}

/**
 * Divides `capacity` among the claims. `priority` lists every key, first priority first (the stated tie
 * rule): it decides which of equal remainders receives a unit. Scored claims share first; claims of
 * weight zero share equally (water-filling with equal weights) only what the scored claims leave, so
 * capacity is never left unused while someone asked for it.
 */
export function divide(claims: Claim[], capacity: bigint, priority: string[]): Map<string, Division> {
  const scored = claims.filter((c) => c.weight > ZERO);
  const unscored = claims.filter((c) => c.weight === ZERO);
  const first = waterFill(scored, capacity);
  const firstTotal = scored.reduce((sum, c) => sum + c.cap, ZERO);
  const left = firstTotal >= capacity ? ZERO : capacity - firstTotal;
  const second = waterFill(
    unscored.map((c) => ({ ...c, weight: ONE })),
    left,
  );
  const quotas = new Map<string, { quota: Rational; capped: boolean; tier: Division['tier'] }>();
  for (const c of scored) quotas.set(c.key, { ...first.get(c.key)!, tier: 'scored' });
  for (const c of unscored) quotas.set(c.key, { ...(second.get(c.key) ?? { quota: { num: ZERO, den: ONE }, capped: false }), tier: 'unscored' });

  // Largest remainder: floor every quota, then one unit each to the largest remainders until the
  // floors add up to the (whole) total of the quotas.
  const totalAsked = claims.reduce((sum, c) => sum + c.cap, ZERO);
  const target = totalAsked < capacity ? totalAsked : capacity;
  let floors = ZERO;
  for (const { quota } of quotas.values()) floors += quota.num / quota.den;
  let units = target - floors;
  const order = new Map(priority.map((key, index) => [key, index]));
  const byRemainder = [...quotas.entries()]
    .filter(([, q]) => q.quota.num % q.quota.den !== ZERO)
    .sort(([ka, a], [kb, b]) => compareRemainders(b.quota, a.quota) || order.get(ka)! - order.get(kb)!);
  const roundedUp = new Set<string>();
  for (const [key] of byRemainder) {
    if (units <= ZERO) break;
    roundedUp.add(key);
    units -= ONE;
  }
  const result = new Map<string, Division>();
  for (const [key, q] of quotas) {
    const floor = q.quota.num / q.quota.den;
    result.set(key, { quota: q.quota, share: floor + (roundedUp.has(key) ? ONE : ZERO), capped: q.capped, tier: q.tier, roundedUp: roundedUp.has(key) });
  }
  return result;
}

/** A rational as a decimal with `digits` places, truncated (for explanations only). */
export function formatRational(value: Rational, digits = 2): string {
  const scale = BigInt(10) ** BigInt(digits);
  const scaled = (value.num * scale) / value.den;
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(digits, '0');
  return digits > 0 ? `${whole}.${fraction}` : whole.toString();
}
