import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { Client as PgClient } from 'pg';
import { PG_URL } from '../testing/int-env';
import { classifyFailure } from './failure-class';

const MONGO_URL = process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017/';
const TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';

/** A port on which nothing listens: the engine is "down". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const failureOf = (work: () => Promise<unknown>): Promise<unknown> =>
  work().then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

/**
 * The errors the real clients raise: against an engine that is not there (retryable) and from the
 * real engines refusing a request (poison). Complements the unit table, whose objects are built by hand.
 */
describe('classifyFailure on what the real clients raise', () => {
  let down: number;
  beforeAll(async () => {
    down = await closedPort();
  });

  it('PostgreSQL down (node-postgres connect) is retryable', async () => {
    const error = await failureOf(() => new PgClient({ connectionString: `postgres://athar:athar@127.0.0.1:${down}/athar` }).connect());
    expect(classifyFailure(error)).toMatchObject({ kind: 'retryable', reason: 'network' });
  });

  it('FerretDB down (MongoDB driver server selection) is retryable', async () => {
    const client = new MongoClient(`mongodb://127.0.0.1:${down}/`, { serverSelectionTimeoutMS: 300 });
    const error = await failureOf(() => client.db('x').collection('y').findOne({}));
    await client.close();
    expect(classifyFailure(error)).toMatchObject({ kind: 'retryable', reason: 'mongo', detail: 'MongoServerSelectionError' });
  });

  it('Kafka down (kafkajs producer connect) is retryable', async () => {
    const kafka = new Kafka({
      brokers: [`127.0.0.1:${down}`],
      logLevel: logLevel.NOTHING,
      retry: { retries: 1, initialRetryTime: 50 },
      connectionTimeout: 300,
    });
    const error = await failureOf(() => kafka.producer().connect());
    expect(classifyFailure(error)).toMatchObject({ kind: 'retryable', reason: 'kafka' });
  });

  it('Temporal down (client start, gRPC retries off) is retryable', async () => {
    const connection = Connection.lazy({ address: `127.0.0.1:${down}`, interceptors: [] });
    const client = new TemporalClient({ connection });
    const error = await failureOf(() => client.workflow.start('reviewTimeline', { taskQueue: 'q', workflowId: randomUUID() }));
    await connection.close();
    expect(error).toHaveProperty('name', 'ServiceError');
    expect(classifyFailure(error)).toMatchObject({ kind: 'retryable', reason: 'temporal', detail: 'grpc UNAVAILABLE' });
  });

  it('PostgreSQL refusing the data (22P02) is poison', async () => {
    const client = new PgClient({ connectionString: PG_URL });
    await client.connect();
    const error = await failureOf(() => client.query("SELECT 'not-a-uuid'::uuid"));
    await client.end();
    expect(error).toHaveProperty('code', '22P02');
    expect(classifyFailure(error)).toEqual({ kind: 'poison' });
  });

  it('FerretDB refusing a duplicate key (E11000) is poison', async () => {
    const client = await new MongoClient(MONGO_URL, { serverSelectionTimeoutMS: 5_000 }).connect();
    const collection = client.db(`t_failure_class_${randomUUID().slice(0, 8)}`).collection('c');
    try {
      await collection.insertOne({ _id: 'same' } as never);
      const error = await failureOf(() => collection.insertOne({ _id: 'same' } as never));
      expect(error).toHaveProperty('code', 11000);
      expect(classifyFailure(error)).toEqual({ kind: 'poison' });
    } finally {
      await collection.db.dropDatabase();
      await client.close();
    }
  });

  it('Temporal refusing the request (unregistered search attribute, INVALID_ARGUMENT) is poison', async () => {
    const connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
    const client = new TemporalClient({ connection });
    const error = await failureOf(() =>
      client.workflow.start('reviewTimeline', {
        taskQueue: 'q',
        workflowId: `failure-class-${randomUUID()}`,
        searchAttributes: { NoSuchAttributeHere: ['x'] },
      }),
    );
    await connection.close();
    expect(classifyFailure(error)).toEqual({ kind: 'poison' });
  });
});
