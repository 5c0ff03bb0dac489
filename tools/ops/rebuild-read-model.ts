// Rebuilds a read model from the event store (docs/runbook.md, "Rebuilding a read model"):
//   npm run read-model:rebuild -- --model case-figures --yes [--instance athar]
// Drops the model's collection and replays every stored event into it through the service's own
// projection. ATHAR_PG_URL, EVENTSTORE_CONNECTION_STRING, ATHAR_MONGO_URL and ATHAR_TENANT_KEYS as
// for the services (the tenants' keys open the personal fields, as the service's consumer does).
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { Pool } from 'pg';
import { createEventStoreFromEnv, pgConnectionsFromEnv } from '@athar/event-store';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { resolveInstance, runCommand, UsageError } from './ops-options';
import { READ_MODELS, rebuildCaseFigures, type ReadModelName } from './read-model-rebuild';

const USAGE = `npm run read-model:rebuild -- --model <${Object.keys(READ_MODELS).join('|')}> --yes [--instance <name>]`;

runCommand(USAGE, async () => {
  const { values } = parseArgs({ options: { model: { type: 'string' }, instance: { type: 'string' }, yes: { type: 'boolean', default: false } } });
  const instance = resolveInstance(values.instance);
  if (!values.model || !(values.model in READ_MODELS)) throw new UsageError(`--model must be one of: ${Object.keys(READ_MODELS).join(', ')}`);
  const model = READ_MODELS[values.model as ReadModelName];
  const database = `${instance}_${model.database}`;
  if (!values.yes) throw new UsageError(`this drops ${database}.${model.collection} and rebuilds it from the store: add --yes`);
  const env: NodeJS.ProcessEnv = { ...process.env, ATHAR_INSTANCE: instance };
  const store = await createEventStoreFromEnv(env);
  const pool = new Pool({ connectionString: pgConnectionsFromEnv(env).url, max: 2 });
  const connection = await mongoose.createConnection(env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017', { serverSelectionTimeoutMS: 5000 }).asPromise();
  try {
    const personalData = new PersonalDataProtector(new PostgresDataKeyStore(pool, `${instance}_personal_data`), TenantKeyring.fromEnv(env));
    const started = Date.now();
    const result = await rebuildCaseFigures(store, personalData, connection.useDb(database));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${database}.${model.collection}: ${result.rows} rows from ${result.applied} of ${result.read} stored events in ${seconds.toFixed(1)} s (${(result.read / seconds).toFixed(0)} events/s; ${result.caughtUp} stored during the rebuild applied after it; fold ${result.seconds.fold.toFixed(1)} s, write ${result.seconds.write.toFixed(1)} s, catch-up ${result.seconds.catchUp.toFixed(1)} s)`,
    );
  } finally {
    await connection.close();
    await pool.end();
    await store.close();
  }
});
