import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@athar/contracts';
import { StreamNotFoundError, WrongExpectedRevisionError, type EventStore } from './event-store.port';
import { verifyStreamChain } from './hash-chain';
import { sampleEvent as newEvent } from './testing/sample-event';

export interface StoreUnderTest {
  store: EventStore;
  dispose(): Promise<void>;
}

const waitUntil = async (condition: () => boolean, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** One suite, run against every adapter of the port (PostgreSQL here, EventStoreDB where configured). */
export function describeEventStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: EventStore;
    // Stream ids unique per run, under a prefix unique per run, so suites never see each other's events.
    const prefix = `contract${randomUUID().slice(0, 8)}.`;
    const stream = (label = 's') => `${prefix}${label}-${randomUUID()}`;

    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    });
    afterAll(async () => {
      await subject?.dispose();
    });

    it('appends and reads a stream forwards, backwards, from a revision and up to a count', async () => {
      const id = stream();
      const events = [newEvent(), newEvent(), newEvent(), newEvent()];
      const result = await store.appendToStream(id, events, 'no_stream');
      expect(result.nextExpectedRevision).toBe(3);

      const forwards = await store.readStream(id);
      expect(forwards.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
      expect(forwards.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
      expect(forwards[0]).toMatchObject({ streamId: id, tenantId: 'awj', type: 'ThingHappened', version: 1, data: events[0].data, actor: events[0].actor });

      expect((await store.readStream(id, { direction: 'backwards' })).map((e) => e.revision)).toEqual([3, 2, 1, 0]);
      expect((await store.readStream(id, { fromRevision: 2 })).map((e) => e.revision)).toEqual([2, 3]);
      expect((await store.readStream(id, { direction: 'backwards', fromRevision: 1 })).map((e) => e.revision)).toEqual([1, 0]);
      expect((await store.readStream(id, { maxCount: 2 })).map((e) => e.revision)).toEqual([0, 1]);
    });

    it('refuses a read of a stream that does not exist', async () => {
      await expect(store.readStream(stream('missing'))).rejects.toBeInstanceOf(StreamNotFoundError);
    });

    it('checks the expected revision: no_stream on an existing stream and a stale revision both fail', async () => {
      const id = stream();
      await store.appendToStream(id, [newEvent()], 'no_stream');
      await expect(store.appendToStream(id, [newEvent()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(store.appendToStream(id, [newEvent()], 5)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(store.appendToStream(id, [newEvent()], 0)).resolves.toMatchObject({ nextExpectedRevision: 1 });
      await expect(store.appendToStream(id, [newEvent()], 'any')).resolves.toMatchObject({ nextExpectedRevision: 2 });
      expect(await store.readStream(id)).toHaveLength(3);
    });

    it('lets exactly one of two racing writers win, every time (10 races)', async () => {
      for (let race = 0; race < 10; race += 1) {
        const id = stream('race');
        await store.appendToStream(id, [newEvent()], 'no_stream');
        const outcomes = await Promise.allSettled([store.appendToStream(id, [newEvent()], 0), store.appendToStream(id, [newEvent()], 0)]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(loser.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(id)).toHaveLength(2);
      }
    });

    it('treats a retried append of the same event ids as done, writing nothing twice', async () => {
      const id = stream();
      const events = [newEvent(), newEvent()];
      await store.appendToStream(id, events, 'no_stream');
      await expect(store.appendToStream(id, events, 'no_stream')).resolves.toMatchObject({ nextExpectedRevision: 1 });
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('chains every event of a stream to the previous one with SHA-256', async () => {
      const id = stream();
      await store.appendToStream(id, [newEvent(), newEvent()], 'no_stream');
      await store.appendToStream(id, [newEvent('awj', { x: 1 })], 1);
      const events = await store.readStream(id);
      expect(verifyStreamChain(events)).toEqual({ valid: true, count: 3 });
      expect(events[1].previousHash).toBe(events[0].hash);
      expect(events[0].hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('reads several streams at once in global order, a missing stream contributing nothing', async () => {
      const [a, b, other] = [stream('many-a'), stream('many-b'), stream('many-other')];
      await store.appendToStream(a, [newEvent()], 'no_stream');
      await store.appendToStream(b, [newEvent(), newEvent()], 'no_stream');
      await store.appendToStream(other, [newEvent()], 'no_stream');
      await store.appendToStream(a, [newEvent()], 0);
      const read = await store.readStreams([b, stream('never-written'), a]);
      expect(read.map((e) => `${e.streamId === a ? 'a' : 'b'}${e.revision}`)).toEqual(['a0', 'b0', 'b1', 'a1']);
      const positions = read.map((e) => BigInt(e.globalPosition));
      expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
      expect(await store.readStreams([stream('never-written')])).toEqual([]);
      expect(await store.readStreams([])).toEqual([]);
    });

    it('reads the global log in order, strictly after a position, filtered by stream prefix', async () => {
      const mine = `${prefix}readall-${randomUUID()}.`;
      const a = `${mine}a`;
      const b = `${mine}b`;
      await store.appendToStream(a, [newEvent()], 'no_stream');
      await store.appendToStream(stream('other'), [newEvent()], 'no_stream');
      await store.appendToStream(b, [newEvent(), newEvent()], 'no_stream');
      const all = await store.readAll({ streamPrefixes: [mine], maxCount: 100 });
      expect(all.map((e) => e.streamId)).toEqual([a, b, b]);
      const positions = all.map((e) => BigInt(e.globalPosition));
      expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
      const after = await store.readAll({ streamPrefixes: [mine], after: all[0].globalPosition });
      expect(after.map((e) => e.eventId)).toEqual(all.slice(1).map((e) => e.eventId));
      expect(await store.readAll({ streamPrefixes: [mine], maxCount: 1 })).toHaveLength(1);
    });

    it('pages by prefix past a run of non-matching events longer than the page, and addresses each event of one append', async () => {
      const mine = `${prefix}gap-${randomUUID()}.`;
      const first = `${mine}first`;
      const batch = `${mine}batch`;
      await store.appendToStream(first, [newEvent()], 'no_stream');
      // A run of 7 events of other streams (one of them a multi-event append) between the matching ones.
      await store.appendToStream(stream('noise'), [newEvent(), newEvent(), newEvent()], 'no_stream');
      for (let i = 0; i < 4; i += 1) await store.appendToStream(stream('noise'), [newEvent()], 'no_stream');
      const appended = [newEvent(), newEvent(), newEvent()];
      await store.appendToStream(batch, appended, 'no_stream');

      const [start] = await store.readAll({ streamPrefixes: [mine], maxCount: 1 });
      expect(start.streamId).toBe(first);
      // The next page of 2 lies beyond 7 non-matching events: it must hold the batch's first two, not be empty.
      const next = await store.readAll({ streamPrefixes: [mine], after: start.globalPosition, maxCount: 2 });
      expect(next.map((e) => e.eventId)).toEqual(appended.slice(0, 2).map((e) => e.eventId));

      // Paging one event at a time reaches every matching event once, then an empty page.
      const paged: RecordedEvent[] = [];
      let after = '0';
      for (let page = 0; page < 10; page += 1) {
        const [event, ...rest] = await store.readAll({ streamPrefixes: [mine], after, maxCount: 1 });
        expect(rest).toHaveLength(0);
        if (!event) break;
        paged.push(event);
        after = event.globalPosition;
      }
      expect(paged.map((e) => e.eventId)).toEqual([start.eventId, ...appended.map((e) => e.eventId)]);

      // Each event of the one append has its own position: reading after the first gives the second.
      const batchEvents = paged.slice(1);
      expect(new Set(batchEvents.map((e) => e.globalPosition)).size).toBe(3);
      const positions = batchEvents.map((e) => BigInt(e.globalPosition));
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      const afterFirst = await store.readAll({ streamPrefixes: [mine], after: batchEvents[0].globalPosition, maxCount: 1 });
      expect(afterFirst.map((e) => e.eventId)).toEqual([appended[1].eventId]);
      const afterSecond = await store.readAll({ after: batchEvents[1].globalPosition, maxCount: 1 });
      expect(afterSecond.map((e) => e.eventId)).toEqual([appended[2].eventId]);
      expect(await store.readAll({ streamPrefixes: [mine], after: batchEvents[2].globalPosition })).toEqual([]);
    });

    it('subscribes from a checkpoint: the later events, then new appends, in order, once each', async () => {
      const mine = `${prefix}sub-${randomUUID()}.`;
      const id = `${mine}s`;
      await store.appendToStream(id, [newEvent(), newEvent(), newEvent()], 'no_stream');
      const [, second] = await store.readStream(id);
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ after: second.globalPosition, streamPrefixes: [mine], onEvent: async (e) => void seen.push(e) });
      try {
        await waitUntil(() => seen.length >= 1);
        await store.appendToStream(id, [newEvent(), newEvent()], 2);
        await waitUntil(() => seen.length >= 3);
        await new Promise((r) => setTimeout(r, 300));
        expect(seen.map((e) => e.revision)).toEqual([2, 3, 4]);
      } finally {
        await subscription.stop();
      }
    });

    it('delivers every event exactly once, in increasing position, while 8 writers append 25 events each', async () => {
      const mine = `${prefix}load-${randomUUID()}.`;
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ streamPrefixes: [mine], onEvent: async (e) => void seen.push(e) });
      try {
        await Promise.all(
          Array.from({ length: 8 }, async (_, writer) => {
            const id = `${mine}w${writer}`;
            for (let i = 0; i < 25; i += 1) await store.appendToStream(id, [newEvent()], i === 0 ? 'no_stream' : i - 1);
          }),
        );
        await waitUntil(() => seen.length >= 200, 30_000);
        await new Promise((r) => setTimeout(r, 300));
        expect(seen).toHaveLength(200);
        expect(new Set(seen.map((e) => e.eventId)).size).toBe(200);
        const positions = seen.map((e) => BigInt(e.globalPosition));
        expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      } finally {
        await subscription.stop();
      }
    });
  });
}
