#!/usr/bin/env node
// Verifies an Athar audit bundle offline, with plain Node (18+) and nothing else (docs/auditors-guide.md):
//   node verify-bundle.mjs <bundle-dir> [--public-key <pem>]…
// Checks: the manifest's SHA-256 of every file; each checkpoint's Ed25519 signature (with --public-key,
// only those keys count; without, the bundle's keys/, whose key id you compare with the published one);
// the consistency proof between each two checkpoints (RFC 9162 §2.1.4.2); each event's hash
// (SHA-256 of previousHash + canonical JSON) and its stream's chain; each signed leaf's inclusion
// proof (RFC 9162 §2.1.3.2) against the latest checkpoint, with the event the bundle holds for it.
// Prints one line per problem naming the stream, revision, position or checkpoint. Exit 0: verified; 1: not.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  console.error('usage: node verify-bundle.mjs <bundle-dir> [--public-key <pem>]…');
  process.exit(2);
}
const pinned = args.flatMap((a, i) => (a === '--public-key' ? [args[i + 1]] : []));
const problems = [];
const problem = (where, what) => problems.push(`BROKEN  ${where}: ${what}`);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest();
const read = (name) => readFileSync(join(dir, name));

// Canonical JSON: keys sorted at every depth, no whitespace (libs/contracts/src/canonical-json.ts).
function canonical(value) {
  if (value === null || typeof value !== 'object') return value === undefined ? 'null' : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonical(v === undefined ? null : v)).join(',')}]`;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
}
function eventHash(e) {
  const { eventId, type, version, tenantId, occurredAt, actor, correlationId, causationId, data, streamId, revision, recordedAt, previousHash } = e;
  const body = canonical({ eventId, type, version, tenantId, occurredAt, actor, correlationId, causationId, data, streamId, revision, recordedAt, previousHash });
  return createHash('sha256').update(previousHash).update(body).digest('hex');
}

// RFC 9162 hashes and proof checks.
const leafHash = (data) => sha256(Buffer.concat([Buffer.from([0]), Buffer.from(data)]));
const nodeHash = (l, r) => sha256(Buffer.concat([Buffer.from([1]), l, r]));
function verifyInclusion(leaf, index, size, path, root) {
  if (index >= size) return false;
  let fn = index, sn = size - 1, r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
    } else r = nodeHash(r, p);
    fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}
function verifyConsistency(first, second, firstRoot, secondRoot, proof) {
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0 || first > second) return false;
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : proof;
  let fn = first - 1, sn = second - 1;
  while (fn % 2 === 1) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
  let fr = path[0], sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr); sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
    } else sr = nodeHash(sr, c);
    fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}

// 1. The manifest: every file's SHA-256, and no file missing or added.
const manifest = JSON.parse(read('manifest.json'));
for (const [name, expected] of Object.entries(manifest.files)) {
  let actual = null;
  try { actual = sha256(read(name)).toString('hex'); } catch { problem(name, 'listed in the manifest but missing'); continue; }
  if (actual !== expected) problem(name, 'its SHA-256 differs from the manifest');
}

// 2. Checkpoints: signatures and consistency.
const keyFiles = pinned.length ? pinned : readdirSync(join(dir, 'keys')).map((n) => join(dir, 'keys', n));
const keys = new Map();
for (const file of keyFiles) {
  const key = createPublicKey(readFileSync(file));
  keys.set(sha256(key.export({ type: 'spki', format: 'der' })).toString('hex').slice(0, 16), key);
}
const body = (c) => [c.format, `store ${c.store}`, `size ${c.treeSize}`, `root ${c.rootHash}`, `position ${c.lastGlobalPosition}`, `time ${c.signedAt}`, `key ${c.keyId}`, ''].join('\n');
const checkpoints = JSON.parse(read('checkpoints.json'));
let previous = null;
for (const { checkpoint: c, consistencyFromPrevious } of checkpoints) {
  const where = `checkpoint ${c.treeSize} (${c.signedAt})`;
  const key = keys.get(c.keyId);
  if (!key) problem(where, `signed with key ${c.keyId}, not among the keys given`);
  else if (!verify(null, Buffer.from(body(c)), key, Buffer.from(c.signature, 'base64'))) problem(where, 'signature does not verify');
  if (previous && !verifyConsistency(previous.treeSize, c.treeSize, Buffer.from(previous.rootHash, 'hex'), Buffer.from(c.rootHash, 'hex'), consistencyFromPrevious.map((h) => Buffer.from(h, 'hex'))))
    problem(where, `not an append-only extension of checkpoint ${previous.treeSize}`);
  previous = c;
}
const latest = previous;

// 3. Events: each hash, each stream's chain.
const events = read('events.jsonl').toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const name = (e) => `${e.streamId} revision ${e.revision} (position ${e.globalPosition})`;
const streams = new Map();
for (const e of events) {
  if (eventHash(e) !== e.hash) problem(name(e), 'content does not match its hash');
  streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
}
for (const [id, list] of streams) {
  list.sort((a, b) => a.revision - b.revision);
  for (let i = 1; i < list.length; i += 1) {
    if (list[i].revision !== list[i - 1].revision + 1) problem(`${id} revision ${list[i - 1].revision + 1}`, `missing: the stream goes from revision ${list[i - 1].revision} to ${list[i].revision}`);
    else if (list[i].previousHash !== list[i - 1].hash) problem(name(list[i]), 'not chained to the previous event');
  }
}

// 4. Inclusion: every leaf the latest checkpoint signed for this selection, with the event the bundle holds.
const proofs = JSON.parse(read('proofs.json'));
const byId = new Map(events.map((e) => [e.eventId, e]));
let included = 0;
if (!latest || proofs.treeSize !== latest.treeSize || proofs.rootHash !== latest.rootHash) problem('proofs.json', 'not made against the latest checkpoint');
else {
  const root = Buffer.from(latest.rootHash, 'hex');
  const proven = new Set();
  for (const leaf of proofs.leaves) {
    const where = `${name(leaf)}, leaf ${leaf.index} of checkpoint ${latest.treeSize}`;
    const e = byId.get(leaf.eventId);
    if (!e) { problem(where, 'signed by the checkpoint but missing from the export (deleted from the store?)'); continue; }
    proven.add(e.eventId);
    if (!verifyInclusion(leafHash(`${e.globalPosition}:${e.hash}`), leaf.index, latest.treeSize, leaf.path.map((h) => Buffer.from(h, 'hex')), root))
      problem(name(e), `not in checkpoint ${latest.treeSize}'s tree as exported (rewritten or moved; signed as position ${leaf.globalPosition})`);
    else included += 1;
  }
  for (const e of events)
    if (!proven.has(e.eventId) && BigInt(e.globalPosition) <= BigInt(latest.lastGlobalPosition))
      problem(name(e), `within checkpoint ${latest.treeSize}'s range but not among its leaves (inserted)`);
}
const after = latest ? events.filter((e) => BigInt(e.globalPosition) > BigInt(latest.lastGlobalPosition)).length : events.length;

for (const line of problems) console.log(line);
console.log(
  `bundle ${manifest.exportId} (tenant ${manifest.tenantId}${manifest.caseId ? `, case ${manifest.caseId}` : ''}): ${events.length} event(s) in ${streams.size} stream(s), ${included} proven in checkpoint ${latest?.treeSize ?? '-'} (key ${latest?.keyId ?? '-'}), ${after} after it (chain only); ${problems.length} problem(s)`,
);
process.exit(problems.length ? 1 : 0);
