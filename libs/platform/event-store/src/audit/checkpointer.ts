import type { EventStore } from '../event-store.port';
import { isTreeLeaf, type CheckpointSigner, type LeafRecord, type SignedCheckpoint, eventLeafHash } from './checkpoint';
import type { CheckpointLog } from './checkpoint-log';
import type { CheckpointSink } from './checkpoint-sink';
import { MerkleFrontier } from './merkle';

export interface CheckpointerOptions {
  /** A checkpoint once this many events are not yet covered… */
  everyEvents: number;
  /** …or once the oldest uncovered event waited this long. */
  everySeconds: number;
  onError?: (error: unknown) => void;
}

export class CheckpointMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointMismatchError';
  }
}

/** Reads the leaves of the tree (events in global order, checkpoint streams left out) after a position. */
export async function* treeLeaves(store: EventStore, after = '0', startIndex = 0): AsyncGenerator<LeafRecord> {
  let index = startIndex;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) return;
    for (const e of page) {
      if (!isTreeLeaf(e)) continue;
      yield {
        index,
        globalPosition: e.globalPosition,
        streamId: e.streamId,
        revision: e.revision,
        tenantId: e.tenantId,
        eventId: e.eventId,
        recordedAt: e.recordedAt,
        hash: e.hash,
      };
      index += 1;
    }
    after = page[page.length - 1].globalPosition;
  }
}

/**
 * The store's single checkpoint writer (docs/adr/0043): every N events or M seconds it signs the
 * tree's size and root, writes the checkpoint and its new leaves outside the database first, then
 * into the store's own log. Each replica runs one; the log's sole-writer guard lets one act per round.
 * Before signing it checks that the store still holds the tree of the last checkpoint: it never
 * signs over a rewritten history.
 */
export class Checkpointer {
  private frontier: MerkleFrontier | null = null;
  private covered: SignedCheckpoint | null = null;
  private lastPosition = '0';
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly log: CheckpointLog,
    private readonly sink: CheckpointSink,
    private readonly signer: CheckpointSigner,
    private readonly options: CheckpointerOptions,
  ) {}

  /** One round; `force` signs whatever is uncovered now. Null: nothing new, not due, or another writer's turn. */
  async runOnce(force = false): Promise<SignedCheckpoint | null> {
    return (await this.log.asSoleWriter(() => this.round(force))) ?? null;
  }

  private async round(force: boolean): Promise<SignedCheckpoint | null> {
    const latest = await this.log.latest();
    if (!this.frontier || (latest?.treeSize ?? 0) !== (this.covered?.treeSize ?? 0) || latest?.rootHash !== this.covered?.rootHash) {
      await this.rebuild(latest);
    }
    const frontier = this.frontier!;
    const fresh: LeafRecord[] = [];
    for await (const leaf of treeLeaves(this.store, this.lastPosition, frontier.size)) fresh.push(leaf);
    if (fresh.length === 0) return null;
    const waited = latest ? Date.now() - Date.parse(latest.signedAt) : Number.POSITIVE_INFINITY;
    if (!force && fresh.length < this.options.everyEvents && waited < this.options.everySeconds * 1000) return null;

    for (const leaf of fresh) frontier.append(eventLeafHash(leaf));
    const signed = this.signer.sign({
      store: this.log.storeId,
      treeSize: frontier.size,
      rootHash: frontier.root().toString('hex'),
      lastGlobalPosition: fresh[fresh.length - 1].globalPosition,
      signedAt: new Date().toISOString(),
    });
    await this.sink.publishKey(this.signer.keyId, this.signer.publicKeyPem);
    // Outside first: a checkpoint the database holds is always also outside.
    const written = await this.sink.write({ checkpoint: signed, leaves: fresh });
    if (written.checkpoint.rootHash !== signed.rootHash) {
      this.frontier = null;
      throw new CheckpointMismatchError(`the outside copy already holds checkpoint ${signed.treeSize} with another root: run npm run audit -- verify`);
    }
    await this.log.append(written.checkpoint);
    this.covered = written.checkpoint;
    this.lastPosition = written.checkpoint.lastGlobalPosition;
    return written.checkpoint;
  }

  /**
   * Recomputes the tree up to the last checkpoint from the store and checks its root. When another
   * replica signed since this one's last round, only the leaves it added are read (five services
   * taking turns would otherwise each re-read the whole store every round).
   */
  private async rebuild(latest: SignedCheckpoint | null): Promise<void> {
    const frontier0 = this.frontier;
    if (frontier0 && latest && this.covered && latest.treeSize > this.covered.treeSize && frontier0.size === this.covered.treeSize) {
      this.frontier = null;
      let position = this.lastPosition;
      for await (const leaf of treeLeaves(this.store, this.lastPosition, frontier0.size)) {
        frontier0.append(eventLeafHash(leaf));
        position = leaf.globalPosition;
        if (frontier0.size === latest.treeSize) break;
      }
      if (frontier0.size === latest.treeSize && frontier0.root().toString('hex') === latest.rootHash) {
        this.frontier = frontier0;
        this.covered = latest;
        this.lastPosition = position;
        return;
      }
    }
    this.frontier = null;
    const frontier = new MerkleFrontier();
    let position = '0';
    const size = latest?.treeSize ?? 0;
    if (size > 0) {
      for await (const leaf of treeLeaves(this.store)) {
        frontier.append(eventLeafHash(leaf));
        position = leaf.globalPosition;
        if (frontier.size === size) break;
      }
      if (frontier.size !== size || frontier.root().toString('hex') !== latest!.rootHash)
        throw new CheckpointMismatchError(`the store no longer holds the tree of checkpoint ${size}: nothing is signed until npm run audit -- verify is clean`);
    }
    this.frontier = frontier;
    this.covered = latest;
    this.lastPosition = position;
  }

  start(): void {
    const every = Math.min(this.options.everySeconds * 1000, 5_000);
    const tick = (): void => {
      this.running = this.runOnce().catch((error: unknown) => this.options.onError?.(error));
      void this.running.finally(() => {
        if (this.timer) this.timer = setTimeout(tick, every);
      });
    };
    this.timer = setTimeout(tick, every);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
