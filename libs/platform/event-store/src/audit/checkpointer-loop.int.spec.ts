import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { sampleEvent } from '../testing/sample-event';
import { ensureSigningKey, loadPublicKeys, type SignedCheckpoint } from './checkpoint';
import { FileCheckpointSink, type CheckpointFile } from './checkpoint-sink';
import { Checkpointer, type CheckpointerOptions } from './checkpointer';
import { checkpointsAtRest, verifyStore } from './verify-store';

// The checkpointer as a service runs it (docs/adr/0043): its own timer, a checkpoint every N events or
// M seconds, and a clean stop at shutdown (a round under way finishes; nothing runs after), on PostgreSQL.
jest.setTimeout(120_000);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const work = mkdtempSync(join(tmpdir(), 'athar-cploop-'));
const { signer } = ensureSigningKey(join(work, 'checkpoint.key'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(100);
  }
}

interface Loop {
  store: PostgresEventStore;
  sink: FileCheckpointSink;
  checkpointer: Checkpointer;
  errors: unknown[];
  append(count: number): Promise<void>;
  sizes(): Promise<number[]>;
  dispose(): Promise<void>;
}

async function loop(options: Omit<CheckpointerOptions, 'onError'>, sink?: FileCheckpointSink): Promise<Loop> {
  const schema = `it_cploop_${randomUUID().slice(0, 8)}`;
  const store = new PostgresEventStore({ connectionString: url, schema });
  await store.ensureSchema();
  const outside = sink ?? new FileCheckpointSink(join(work, schema));
  const errors: unknown[] = [];
  const checkpointer = new Checkpointer(store, store.checkpointLog(), outside, signer, { ...options, onError: (error) => errors.push(error) });
  return {
    store,
    sink: outside,
    checkpointer,
    errors,
    append: async (count) => {
      for (let i = 0; i < count; i += 1) await store.appendToStream(`intake.application.awj.${randomUUID()}`, [sampleEvent()], 'no_stream');
    },
    sizes: async () => (await store.checkpointLog().list()).map((c) => c.treeSize),
    dispose: async () => {
      await checkpointer.stop();
      await store.dropSchema();
      await store.close();
    },
  };
}

describe('the checkpointer’s timer loop', () => {
  it('signs once N events wait, not before, when M seconds are far off', async () => {
    const l = await loop({ everyEvents: 5, everySeconds: 3600 });
    await l.append(1);
    l.checkpointer.start();
    // the first round signs whatever there is (no checkpoint yet: the wait is unbounded)
    expect(await until(async () => ((await l.sizes()).length > 0 ? l.sizes() : undefined), 15_000)).toEqual([1]);
    await l.append(4);
    await sleep(6_000); // more than one round (every 5 s at most): 4 < 5 events, an hour not passed
    expect(await l.sizes()).toEqual([1]);
    await l.append(1);
    expect(await until(async () => ((await l.sizes()).length > 1 ? l.sizes() : undefined), 15_000)).toEqual([1, 6]);
    expect(l.errors).toEqual([]);
    await l.dispose();
  });

  it('signs the events of the last M seconds, however few', async () => {
    const l = await loop({ everyEvents: 1000, everySeconds: 1 });
    await l.append(2);
    l.checkpointer.start();
    expect(await until(async () => ((await l.sizes()).length > 0 ? l.sizes() : undefined), 10_000)).toEqual([2]);
    await l.append(1);
    const started = Date.now();
    expect(await until(async () => ((await l.sizes()).length > 1 ? l.sizes() : undefined), 10_000)).toEqual([2, 3]);
    expect(Date.now() - started).toBeLessThan(5_000);
    const verdict = await verifyStore(
      l.store,
      l.store.checkpointLog(),
      await l.sink.list(l.store.checkpointLog().storeId),
      loadPublicKeys(l.sink.publicKeyFiles()),
    );
    expect(verdict.findings).toEqual([]);
    expect(l.errors).toEqual([]);
    await l.dispose();
  });

  it('stops cleanly: a round under way finishes in both copies, and none runs after', async () => {
    // the outside write of the first round takes 1.5 s: stop() is called in the middle of it
    let writing!: () => void;
    const writeStarted = new Promise<void>((resolve) => (writing = resolve));
    class SlowSink extends FileCheckpointSink {
      override async write(file: CheckpointFile): Promise<CheckpointFile> {
        writing();
        await sleep(1_500);
        return super.write(file);
      }
    }
    const l = await loop({ everyEvents: 1, everySeconds: 1 }, new SlowSink(join(work, `slow-${randomUUID().slice(0, 8)}`)));
    await l.append(3);
    l.checkpointer.start();
    await writeStarted;
    await l.checkpointer.stop();
    // stop() returned after the round: its checkpoint is outside and in the store
    expect(await l.sizes()).toEqual([3]);
    expect((await l.sink.list(l.store.checkpointLog().storeId)).map((f) => f.checkpoint.treeSize)).toEqual([3]);
    await l.append(2);
    await sleep(3_000);
    expect(await l.sizes()).toEqual([3]);
    // the store closes with no round left to fail on it
    await l.store.dropSchema();
    await l.store.close();
    await sleep(1_500);
    expect(l.errors).toEqual([]);
  });

  it('npm run audit -- verify reads both copies between two rounds of a live checkpointer', async () => {
    // A round that signs between the read of the outside copy and that of the store's table must not
    // show as a checkpoint "in the store only": checkpointsAtRest reads both under the round's lock.
    let other: Checkpointer | null = null;
    let injected: SignedCheckpoint | null | undefined;
    class RacingSink extends FileCheckpointSink {
      override async list(store: string): Promise<CheckpointFile[]> {
        const files = await super.list(store);
        if (other && injected === undefined) injected = await other.runOnce(true);
        return files;
      }
    }
    const l = await loop({ everyEvents: 1, everySeconds: 1 }, new RacingSink(join(work, `race-${randomUUID().slice(0, 8)}`)));
    await l.append(2);
    expect(await l.checkpointer.runOnce(true)).toMatchObject({ treeSize: 2 });
    await l.append(1);
    other = new Checkpointer(l.store, l.store.checkpointLog(), new FileCheckpointSink(l.sink.dir), signer, { everyEvents: 1, everySeconds: 1 });
    const { own, files } = await checkpointsAtRest(l.store.checkpointLog(), l.sink);
    expect(injected).toBeNull(); // the round found the lock taken and skipped its turn
    const verdict = await verifyStore(l.store, l.store.checkpointLog(), files, loadPublicKeys(l.sink.publicKeyFiles()), own);
    expect(verdict.findings).toEqual([]);
    expect(verdict.uncovered).toBe(1);
    await l.dispose();
  });

  it('replicas taking turns each catch up on the other’s checkpoint and sign one consistent log', async () => {
    const l = await loop({ everyEvents: 1, everySeconds: 1 });
    const b = new Checkpointer(l.store, l.store.checkpointLog(), l.sink, signer, { everyEvents: 1, everySeconds: 1 });
    for (const [replica, size] of [
      [l.checkpointer, 2],
      [b, 3],
      [l.checkpointer, 4],
      [b, 5],
      [l.checkpointer, 6],
    ] as const) {
      await l.append(size === 2 ? 2 : 1);
      expect(await replica.runOnce(true)).toMatchObject({ treeSize: size });
    }
    const verdict = await verifyStore(
      l.store,
      l.store.checkpointLog(),
      await l.sink.list(l.store.checkpointLog().storeId),
      loadPublicKeys(l.sink.publicKeyFiles()),
    );
    expect([verdict.findings, verdict.checkpoints, verdict.uncovered]).toEqual([[], 5, 0]);
    await l.dispose();
  });
});
