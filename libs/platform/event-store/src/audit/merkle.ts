import { createHash } from 'node:crypto';

/**
 * The Merkle tree of Certificate Transparency (RFC 9162 §2.1): leaves hashed with a 0x00 prefix,
 * interior nodes with 0x01, the left subtree of n leaves being the largest power of two below n, so a
 * tree of size m is a prefix of every later tree and a consistency proof links them. SHA-256, hashes
 * as 32-byte Buffers (hex outside). docs/adr/0043.
 */
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export const EMPTY_ROOT = createHash('sha256').digest();

export function leafHash(data: Buffer | string): Buffer {
  return createHash('sha256').update(LEAF).update(data).digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

/** The largest power of two strictly below n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The whole tree kept as levels of perfect subtrees, so any subtree hash, root, inclusion or
 * consistency proof costs O(log² n) hashes after one O(n) build.
 */
export class MerkleTree {
  private readonly levels: Buffer[][];

  constructor(leafHashes: Buffer[]) {
    this.levels = [leafHashes];
    let level = leafHashes;
    while (level.length > 1) {
      const next: Buffer[] = [];
      for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i], level[i + 1]));
      this.levels.push(next);
      level = next;
    }
  }

  get size(): number {
    return this.levels[0].length;
  }

  leaf(index: number): Buffer {
    return this.levels[0][index];
  }

  /** MTH(D[lo:hi]). */
  private hash(lo: number, hi: number): Buffer {
    const n = hi - lo;
    if (n === 0) return EMPTY_ROOT;
    if (n === 1) return this.levels[0][lo];
    if ((n & (n - 1)) === 0 && lo % n === 0) {
      const height = Math.log2(n);
      const stored = this.levels[height]?.[lo / n];
      if (stored) return stored;
    }
    const k = splitPoint(n);
    return nodeHash(this.hash(lo, lo + k), this.hash(lo + k, hi));
  }

  /** The root of the first `size` leaves (default: all). */
  root(size = this.size): Buffer {
    this.checkSize(size);
    return this.hash(0, size);
  }

  /** PATH(m, D[0:size]) of RFC 9162 §2.1.3.1. */
  inclusionProof(index: number, size = this.size): Buffer[] {
    this.checkSize(size);
    if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
    const path = (m: number, lo: number, hi: number): Buffer[] => {
      const n = hi - lo;
      if (n <= 1) return [];
      const k = splitPoint(n);
      return m < k ? [...path(m, lo, lo + k), this.hash(lo + k, hi)] : [...path(m - k, lo + k, hi), this.hash(lo, lo + k)];
    };
    return path(index, 0, size);
  }

  /** PROOF(m, D[0:size]) of RFC 9162 §2.1.4.1. */
  consistencyProof(first: number, second = this.size): Buffer[] {
    this.checkSize(second);
    if (!Number.isInteger(first) || first < 0 || first > second) throw new RangeError(`no consistency proof from ${first} to ${second}`);
    if (first === 0 || first === second) return [];
    const sub = (m: number, lo: number, hi: number, whole: boolean): Buffer[] => {
      const n = hi - lo;
      if (m === n) return whole ? [] : [this.hash(lo, hi)];
      const k = splitPoint(n);
      return m <= k ? [...sub(m, lo, lo + k, whole), this.hash(lo + k, hi)] : [...sub(m - k, lo + k, hi, false), this.hash(lo, lo + k)];
    };
    return sub(first, 0, second, true);
  }

  private checkSize(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.size) throw new RangeError(`the tree has ${this.size} leaves, not ${size}`);
  }
}

/** RFC 9162 §2.1.3.2: does `leaf` sit at `index` of the tree of `size` whose root is `root`? */
export function verifyInclusion(leaf: Buffer, index: number, size: number, path: Buffer[], root: Buffer): boolean {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: is the tree (second, secondRoot) an append-only extension of (first, firstRoot)? */
export function verifyConsistency(first: number, second: number, firstRoot: Buffer, secondRoot: Buffer, proof: Buffer[]): boolean {
  if (first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}

/**
 * The right edge of a growing tree (its perfect subtrees, largest first): what a checkpointer keeps
 * between checkpoints to get the next root from the new leaves alone.
 */
export class MerkleFrontier {
  private readonly stack: { height: number; hash: Buffer }[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  append(leaf: Buffer): void {
    let node = { height: 0, hash: leaf };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].height === node.height) {
      const left = this.stack.pop()!;
      node = { height: node.height + 1, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
    this.count += 1;
  }

  root(): Buffer {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let r = this.stack[this.stack.length - 1].hash;
    for (let i = this.stack.length - 2; i >= 0; i -= 1) r = nodeHash(this.stack[i].hash, r);
    return r;
  }
}
