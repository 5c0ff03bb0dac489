import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { describeEventStoreContract } from '../event-store.contract';
import { sampleEvent as newEvent } from '../testing/sample-event';
import { verifyStreamChain } from '../hash-chain';
import { DuplicateEventIdError, PostgresEventStore } from './postgres-event-store';

jest.setTimeout(60_000);
const url = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

describeEventStoreContract('PostgreSQL', async () => {
  const store = new PostgresEventStore({ connectionString: url, schema: `it_es_${randomUUID().slice(0, 8)}` });
  await store.ensureSchema();
  return {
    store,
    dispose: async () => {
      await store.dropSchema();
      await store.close();
    },
  };
});

describe('PostgresEventStore specifics', () => {
  const store = new PostgresEventStore({ connectionString: url, schema: `it_es_${randomUUID().slice(0, 8)}` });
  const raw = new Pool({ connectionString: url });

  beforeAll(() => store.ensureSchema());
  afterAll(async () => {
    await store.dropSchema();
    await store.close();
    await raw.end();
  });

  it('creates its schema idempotently, also when several services start at once', async () => {
    await Promise.all([store.ensureSchema(), store.ensureSchema(), store.ensureSchema()]);
  });

  it('lets verifyStreamChain detect a row edited behind the store’s back', async () => {
    const id = `tamper.${randomUUID()}`;
    await store.appendToStream(id, [newEvent(), newEvent('awj', { amount: 100 }), newEvent()], 'no_stream');
    expect(verifyStreamChain(await store.readStream(id)).valid).toBe(true);

    await raw.query(`UPDATE "${store.schema}".events SET data = jsonb_set(data, '{amount}', '1000') WHERE stream_id = $1 AND revision = 1`, [id]);
    expect(verifyStreamChain(await store.readStream(id))).toMatchObject({ valid: false, brokenAtRevision: 1, reason: 'content does not match its hash' });
  });

  it("lands every one of several first appends to a new stream with 'any', one after another, chained and in order (ADR 0058)", async () => {
    const id = `first.${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => store.appendToStream(id, [newEvent('awj', { i }), newEvent('awj', { i })], 'any')));
    const stream = await store.readStream(id);
    expect(stream.map((e) => e.revision)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(verifyStreamChain(stream)).toEqual({ valid: true, count: 12 });
    // Each append's two events are consecutive, and the global positions follow the revisions.
    for (let r = 0; r < 12; r += 2) expect(stream[r].data).toEqual(stream[r + 1].data);
    const positions = stream.map((e) => BigInt(e.globalPosition));
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
    expect(results.map((r) => r.nextExpectedRevision).sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 9, 11]);
  });

  it('refuses an event id already used in another stream', async () => {
    const event = newEvent();
    await store.appendToStream(`dup.${randomUUID()}`, [event], 'no_stream');
    await expect(store.appendToStream(`dup.${randomUUID()}`, [event], 'no_stream')).rejects.toThrow(/already stored/);
  });

  it('lands a retry racing its own first attempt once: both resolve, the events are stored once (ADR 0060)', async () => {
    for (let race = 0; race < 5; race += 1) {
      const id = `retry.${randomUUID()}`;
      const events = [newEvent(), newEvent()];
      const [first, retry] = await Promise.all([store.appendToStream(id, events, 'no_stream'), store.appendToStream(id, events, 'no_stream')]);
      expect(first).toEqual(retry);
      expect((await store.readStream(id)).map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
    }
  });

  it('reports an event id raced into two streams at once as a duplicate in the stream that won (ADR 0060)', async () => {
    for (let race = 0; race < 5; race += 1) {
      const event = newEvent();
      const [a, b] = [`dup-race.${randomUUID()}`, `dup-race.${randomUUID()}`];
      const outcomes = await Promise.allSettled([store.appendToStream(a, [event], 'no_stream'), store.appendToStream(b, [event], 'no_stream')]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const loser = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(loser?.reason).toBeInstanceOf(DuplicateEventIdError);
      expect((await store.readStreams([a, b])).map((e) => e.eventId)).toEqual([event.eventId]);
    }
  });

  it('names the appended stream in its notification, so a relay can ignore other services’ appends (ADR 0060)', async () => {
    const listener = await raw.connect();
    try {
      const payloads: string[] = [];
      listener.on('notification', (message) => payloads.push(message.payload ?? ''));
      await listener.query(`LISTEN "${store.schema}_appended"`);
      const id = `named.${randomUUID()}`;
      await store.appendToStream(id, [newEvent(), newEvent()], 'no_stream');
      for (let waited = 0; payloads.length === 0 && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(payloads).toEqual([id]);
    } finally {
      await listener.query('UNLISTEN *');
      listener.release();
    }
  });
});
