import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { describeEventStoreContract } from '../event-store.contract';
import { sampleEvent as newEvent } from '../testing/sample-event';
import { verifyStreamChain } from '../hash-chain';
import { PostgresEventStore } from './postgres-event-store';

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

  it('refuses an event id already used in another stream', async () => {
    const event = newEvent();
    await store.appendToStream(`dup.${randomUUID()}`, [event], 'no_stream');
    await expect(store.appendToStream(`dup.${randomUUID()}`, [event], 'no_stream')).rejects.toThrow(/already stored/);
  });
});
