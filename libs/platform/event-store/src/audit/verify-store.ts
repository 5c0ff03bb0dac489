import type { KeyObject } from 'node:crypto';
import type { RecordedEvent } from '@athar/contracts';
import type { EventStore } from '../event-store.port';
import { verifyStreamChain } from '../hash-chain';
import { eventLeafHash, isTreeLeaf, verifyCheckpointSignature, type LeafRecord, type SignedCheckpoint } from './checkpoint';
import type { CheckpointLog } from './checkpoint-log';
import type { CheckpointFile, CheckpointSink } from './checkpoint-sink';
import { MerkleTree, verifyConsistency } from './merkle';

export function checkpointLogOf(store: EventStore): CheckpointLog {
  const withLog = store as EventStore & { checkpointLog?: () => CheckpointLog };
  if (typeof withLog.checkpointLog !== 'function') throw new Error('this event store keeps no checkpoints');
  return withLog.checkpointLog();
}

/** One problem, with where it is: a stream and revision, a position, a checkpoint. */
export interface Finding {
  where: string;
  problem: string;
}

export interface StoreVerdict {
  findings: Finding[];
  streams: number;
  events: number;
  checkpoints: number;
  latest: SignedCheckpoint | null;
  /** Events after the latest checkpoint: covered by their stream's chain only until the next one. */
  uncovered: number;
}

/** The outside copy's leaves, by index, and its checkpoints, each checked against its signature and its own leaves. */
export function checkOutsideCopy(
  files: CheckpointFile[],
  publicKeys: Map<string, KeyObject>,
): { leaves: LeafRecord[]; checkpoints: SignedCheckpoint[]; tree: MerkleTree; findings: Finding[] } {
  const findings: Finding[] = [];
  const byIndex = new Map<number, LeafRecord>();
  for (const file of files) for (const leaf of file.leaves) byIndex.set(leaf.index, leaf);
  const leaves: LeafRecord[] = [];
  for (let i = 0; byIndex.has(i); i += 1) leaves.push(byIndex.get(i)!);
  const tree = new MerkleTree(leaves.map(eventLeafHash));
  const checkpoints = files.map((f) => f.checkpoint).sort((a, b) => a.treeSize - b.treeSize);
  let previous: SignedCheckpoint | null = null;
  for (const c of checkpoints) {
    const where = `checkpoint ${c.treeSize} (${c.signedAt})`;
    const bad = verifyCheckpointSignature(c, publicKeys);
    if (bad) findings.push({ where, problem: bad });
    if (c.treeSize > tree.size) {
      findings.push({ where, problem: `the outside copy lacks leaves ${tree.size}..${c.treeSize - 1}` });
      continue;
    }
    if (tree.root(c.treeSize).toString('hex') !== c.rootHash) findings.push({ where, problem: 'the outside copy’s leaves do not give its signed root' });
    else if (
      previous &&
      !verifyConsistency(
        previous.treeSize,
        c.treeSize,
        Buffer.from(previous.rootHash, 'hex'),
        Buffer.from(c.rootHash, 'hex'),
        tree.consistencyProof(previous.treeSize, c.treeSize),
      )
    )
      findings.push({ where, problem: `not an append-only extension of checkpoint ${previous.treeSize}` });
    previous = c;
  }
  return { leaves, checkpoints, tree, findings };
}

/**
 * Everything `npm run audit -- verify` checks on a live store: the outside copy's checkpoints
 * (signatures, roots, consistency), every leaf they signed against the store (missing, moved,
 * rewritten, inserted), the store's own checkpoints against the outside ones, every stream's chain.
 */
export async function verifyStore(
  store: EventStore,
  log: CheckpointLog,
  files: CheckpointFile[],
  publicKeys: Map<string, KeyObject>,
  /** The store's checkpoints read together with `files` (checkpointsAtRest); else read now. */
  ownCheckpoints?: SignedCheckpoint[],
): Promise<StoreVerdict> {
  const outside = checkOutsideCopy(files, publicKeys);
  const findings = [...outside.findings];
  const latest = outside.checkpoints[outside.checkpoints.length - 1] ?? null;

  const events: RecordedEvent[] = [];
  for (let after = '0'; ;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) break;
    events.push(...page.filter(isTreeLeaf));
    after = page[page.length - 1].globalPosition;
  }
  const name = (e: { streamId: string; revision: number; globalPosition: string }) => `${e.streamId} revision ${e.revision} (position ${e.globalPosition})`;

  if (latest) {
    const signedBy = new Map<string, number>();
    for (const c of outside.checkpoints)
      for (let i = signedBy.size; i < Math.min(c.treeSize, outside.leaves.length); i += 1) signedBy.set(outside.leaves[i].eventId, c.treeSize);
    const stored = new Map(events.map((e) => [e.eventId, e]));
    for (const leaf of outside.leaves.slice(0, latest.treeSize)) {
      const e = stored.get(leaf.eventId);
      const where = `${name(leaf)}, leaf ${leaf.index} of checkpoint ${signedBy.get(leaf.eventId)}`;
      if (!e) findings.push({ where, problem: 'missing from the store (deleted)' });
      else if (e.globalPosition !== leaf.globalPosition || e.streamId !== leaf.streamId || e.revision !== leaf.revision)
        findings.push({ where, problem: `moved: the store has it as ${name(e)}` });
      else if (e.hash !== leaf.hash) findings.push({ where, problem: 'its hash differs from the one signed (rewritten)' });
    }
    const signedIds = new Set(outside.leaves.slice(0, latest.treeSize).map((l) => l.eventId));
    for (const e of events)
      if (!signedIds.has(e.eventId) && BigInt(e.globalPosition) <= BigInt(latest.lastGlobalPosition))
        findings.push({ where: name(e), problem: `inserted: within checkpoint ${latest.treeSize}'s range but not among its leaves` });
    const storeTree = new MerkleTree(events.slice(0, latest.treeSize).map(eventLeafHash));
    if (storeTree.size < latest.treeSize || storeTree.root(latest.treeSize).toString('hex') !== latest.rootHash)
      findings.push({
        where: `checkpoint ${latest.treeSize} (${latest.signedAt})`,
        problem: `the store's tree of its first ${latest.treeSize} events does not give the signed root`,
      });

    const own = ownCheckpoints ?? (await log.list());
    const ownBySize = new Map(own.map((c) => [c.treeSize, c]));
    for (const c of outside.checkpoints) {
      const mine = ownBySize.get(c.treeSize);
      if (!mine) findings.push({ where: `checkpoint ${c.treeSize} (${c.signedAt})`, problem: 'missing from the store’s checkpoints' });
      else if (mine.signature !== c.signature || mine.rootHash !== c.rootHash)
        findings.push({ where: `checkpoint ${c.treeSize}`, problem: 'the store’s copy differs from the outside copy' });
    }
    const outsideSizes = new Set(outside.checkpoints.map((c) => c.treeSize));
    for (const c of own)
      if (!outsideSizes.has(c.treeSize)) findings.push({ where: `checkpoint ${c.treeSize} (store only)`, problem: 'not in the outside copy' });
  } else {
    findings.push({ where: 'checkpoints', problem: 'no signed checkpoint in the outside copy: only the per-stream chains were checked' });
  }

  const streams = new Map<string, RecordedEvent[]>();
  for (const e of events) streams.set(e.streamId, [...(streams.get(e.streamId) ?? []), e]);
  for (const [id, list] of streams) {
    const verdict = verifyStreamChain([...list].sort((a, b) => a.revision - b.revision));
    if (!verdict.valid) findings.push({ where: `${id} revision ${verdict.brokenAtRevision}`, problem: verdict.reason });
  }
  return {
    findings,
    streams: streams.size,
    events: events.length,
    checkpoints: outside.checkpoints.length,
    latest,
    uncovered: Math.max(0, events.length - (latest?.treeSize ?? 0)),
  };
}

/**
 * Both copies of the checkpoints as they stand between two rounds: read under the store's checkpoint
 * lock, so a live checkpointer (the services', every M seconds) cannot sign between the two reads, which
 * would show its checkpoint in one copy only. A round in progress is waited for (up to `waitMs`).
 */
export async function checkpointsAtRest(
  log: CheckpointLog,
  sink: CheckpointSink,
  waitMs = 30_000,
): Promise<{ own: SignedCheckpoint[]; files: CheckpointFile[] }> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const both = await log.asSoleWriter(async () => ({ own: await log.list(), files: await sink.list(log.storeId) }));
    if (both) return both;
    if (Date.now() > deadline) throw new Error(`a checkpoint round of ${log.storeId} held the lock for over ${waitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
