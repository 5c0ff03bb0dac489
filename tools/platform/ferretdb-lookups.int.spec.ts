// The read models' lookups by _id on this machine's engines (docs/adr/0059): infra/local/engines.sh runs
// infra/local/postgres/ferretdb-lookups.sql at every start, so a collection FerretDB makes gets an index
// that serves the SQL FerretDB 1.24 sends for `findOne({ _id })` / `updateOne({ _id, … })`, and the
// ferretdb database plans each statement for its actual key.
import mongoose from 'mongoose';
import { Pool } from 'pg';

const MONGO_URL = process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const FERRETDB_PG_URL = process.env.ATHAR_FERRETDB_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/ferretdb';

describe("FerretDB's lookups by _id, served by an index", () => {
  const database = `lookups${Date.now().toString(36)}`;
  let connection: mongoose.Connection;
  const pg = new Pool({ connectionString: FERRETDB_PG_URL, max: 1 });

  beforeAll(async () => {
    connection = await mongoose.createConnection(MONGO_URL).asPromise();
  });
  afterAll(async () => {
    await connection.useDb(database).dropDatabase();
    await connection.close();
    await pg.end();
  });

  it('a collection a service makes gets an index on _id that the lookup FerretDB sends uses, planned for its key', async () => {
    const views = connection.useDb(database).collection<{ _id: string; n: number }>('case_views');
    await views.insertMany(Array.from({ length: 300 }, (_, n) => ({ _id: `awj:${n}`, n })));
    expect(await views.findOne({ _id: 'awj:17' })).toEqual({ _id: 'awj:17', n: 17 });

    const { rows } = await pg.query<{ name: string }>(
      `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE s.nspname = $1 AND c.relname LIKE 'case_views%' AND c.relkind = 'r'`,
      [database],
    );
    expect(rows).toHaveLength(1);
    const client = await pg.connect();
    try {
      expect((await client.query<{ plan_cache_mode: string }>('SHOW plan_cache_mode')).rows[0].plan_cache_mode).toBe('force_custom_plan');
      // FerretDB's statement, its key a parameter as FerretDB passes it; with no index that serves it, the plan
      // stays a sequential scan however costly one is made
      await client.query('SET enable_seqscan = off');
      await client.query(`PREPARE lookup(text, jsonb) AS SELECT _jsonb FROM ${rows[0].name} WHERE _jsonb -> $1 @> $2`);
      const plan = (await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) EXECUTE lookup('_id', '"awj:17"')`)).rows[0]['QUERY PLAN'];
      expect(JSON.stringify(plan)).toMatch(/"Index Name":"athar_id_[0-9a-f]{16}"/);
      expect((await client.query(`EXECUTE lookup('_id', '"awj:17"')`)).rowCount).toBe(1);
    } finally {
      await client.query('DEALLOCATE ALL; RESET enable_seqscan').catch(() => undefined);
      client.release();
    }
  });
});
