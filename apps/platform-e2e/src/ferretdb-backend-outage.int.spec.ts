import { MongoClient, type Collection } from 'mongodb';
import { unavailableEngine } from '@athar/event-store';
import { classifyFailure } from '@athar/messaging';
import { PrivateFerretDb, PrivatePostgres } from './private-engines';

jest.setTimeout(120_000);

const failureOf = (work: () => Promise<unknown>): Promise<unknown> =>
  work().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

/**
 * What a real FerretDB answers while its own PostgreSQL is gone: a read-model write or read then fails
 * with a MongoServerError (InternalError) carrying pgx's words, not a network error. It must count as
 * the read-model store being unavailable: 503 over HTTP, and a held (not dead-lettered) message in a
 * consumer (docs/adr/0017, 0019). A private PostgreSQL and FerretDB, so the shared ones are not touched.
 */
describe("FerretDB without its PostgreSQL: the client's errors are an outage", () => {
  let postgres: PrivatePostgres;
  let ferret: PrivateFerretDb;
  let client: MongoClient;
  let views: Collection<{ _id: string; stage: string }>;

  beforeAll(async () => {
    postgres = await PrivatePostgres.create();
    ferret = await PrivateFerretDb.create(postgres);
    client = await new MongoClient(ferret.url, { serverSelectionTimeoutMS: 5_000 }).connect();
    views = client.db('outage').collection('case_views');
    await views.updateOne({ _id: 'c1' }, { $set: { stage: 'submitted' } }, { upsert: true });
  });

  afterAll(async () => {
    await client?.close();
    await ferret?.destroy();
    await postgres?.destroy();
  });

  it('classifies the errors of a write and a read while PostgreSQL is down as a mongodb outage, and the write passes once it is back', async () => {
    await postgres.stopImmediately();
    // The first call meets the dead backend connection (unexpected EOF), the next ones a refused connect.
    const errors = [
      await failureOf(() => views.updateOne({ _id: 'c1' }, { $set: { stage: 'assessed' } }, { upsert: true })),
      await failureOf(() => views.findOne({ _id: 'c1' })),
      await failureOf(() => views.insertOne({ _id: 'c2', stage: 'submitted' })),
      await failureOf(() => views.updateOne({ _id: 'c1' }, { $set: { stage: 'assessed' } }, { upsert: true })),
    ];
    for (const error of errors) {
      expect(error).toHaveProperty('name', 'MongoServerError');
      expect({ message: (error as Error).message, engine: unavailableEngine(error), failure: classifyFailure(error) }).toEqual({
        message: (error as Error).message,
        engine: 'mongodb',
        failure: { kind: 'retryable', reason: 'mongo', detail: 'FerretDB backend unavailable' },
      });
    }

    await postgres.start();
    await views.updateOne({ _id: 'c1' }, { $set: { stage: 'assessed' } }, { upsert: true });
    expect(await views.findOne({ _id: 'c1' })).toEqual({ _id: 'c1', stage: 'assessed' });
  });
});
