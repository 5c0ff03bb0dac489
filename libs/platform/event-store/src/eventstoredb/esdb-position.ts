import type { Position } from '@eventstore/db-client';

const PREPARE_BITS = 64n;
const U64 = (1n << 64n) - 1n;
const DECIMAL = /^(0|[1-9][0-9]{0,38})$/;

/**
 * An EventStoreDB position in the port's string form (docs/adr/0018).
 *
 * $all is ordered by (commit, prepare), and every event of one multi-event append shares its commit
 * position: only the pair addresses one event. The pair is packed into one decimal integer,
 * `commit × 2^64 + prepare` (both are unsigned 64-bit), so that:
 * - it is exact and reversible (decodePosition), so `after` resumes at the very event;
 * - it is a plain decimal integer like the PostgreSQL adapter's positions, and compares as BigInt (or
 *   as PostgreSQL `numeric`, as the relay checkpoints do) in the store's own order.
 * '0' is the start of $all (no event has commit 0 and prepare 0 after it has been read).
 */
export function encodePosition(position: Position): string {
  if (position.commit < 0n || position.commit > U64 || position.prepare < 0n || position.prepare > U64) {
    throw new RangeError(`EventStoreDB position out of range: ${position.commit}/${position.prepare}`);
  }
  return ((position.commit << PREPARE_BITS) | position.prepare).toString(10);
}

/** The inverse of encodePosition; null for '0' (the start). Throws on anything else. */
export function decodePosition(encoded: string): Position | null {
  if (!DECIMAL.test(encoded)) throw new RangeError(`Not an event store position: "${encoded}"`);
  const value = BigInt(encoded);
  if (value === 0n) return null;
  const commit = value >> PREPARE_BITS;
  if (commit > U64) throw new RangeError(`Not an event store position: "${encoded}"`);
  return { commit, prepare: value & U64 };
}

/** Store order of two positions: negative, zero or positive. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
