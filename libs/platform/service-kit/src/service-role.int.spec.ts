import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { pgConnectionsFromEnv, PostgresEventStore, verifyStreamChain, type SchemaOwner } from '@athar/event-store';
import { sampleEvent } from '@athar/event-store/testing';
import { ensureMessagingSchema, PgCheckpointStore, PgInbox } from '@athar/messaging';
import { PostgresDataKeyStore } from '@athar/personal-data';
import { IdempotencySecrets } from './http/idempotency/idempotency.secrets';
import { IdempotencyStore } from './http/idempotency/idempotency.store';

const secrets = new IdempotencySecrets('a-test-secret-of-at-least-thirty-two-characters');

// The local roles of infra/local/postgres/roles.sql (engines.sh start creates them): the services
// connect as athar_app, their schemas are made by athar_owner (docs/adr/0018).
jest.setTimeout(60_000);
const { url: APP_URL, migrationUrl: OWNER_URL, grantTo } = pgConnectionsFromEnv({});
const SUPERUSER_URL = 'postgres://athar:athar@127.0.0.1:15432/athar';
const PERMISSION_DENIED = expect.objectContaining({ code: '42501' });

describe('the services’ PostgreSQL role', () => {
  const run = `sr${randomUUID().slice(0, 8)}`;
  const schemas = { events: `${run}_events`, messaging: `${run}_messaging`, http: `${run}_http`, keys: `${run}_personal_data` };
  const ownerPool = new Pool({ connectionString: OWNER_URL, max: 2 });
  const owner: SchemaOwner = { pool: ownerPool, grantTo };
  const app = new Pool({ connectionString: APP_URL, max: 4 });
  const store = new PostgresEventStore({ connectionString: APP_URL, schema: schemas.events });

  beforeAll(async () => {
    expect(grantTo).toBe('athar_app');
    await store.ensureSchema(owner);
    await ensureMessagingSchema(ownerPool, schemas.messaging, grantTo);
    await new IdempotencyStore(app, schemas.http, secrets).ensureSchema(owner);
    await new PostgresDataKeyStore(app, schemas.keys).ensureSchema(owner);
  });
  afterAll(async () => {
    await store.close();
    await app.end();
    for (const schema of Object.values(schemas)) await ownerPool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await ownerPool.end();
  });

  it('appends and reads events, and cannot update, delete or truncate them', async () => {
    const id = `intake.application.awj.${randomUUID()}`;
    await store.appendToStream(id, [sampleEvent(), sampleEvent()], 'no_stream');
    await store.appendToStream(id, [sampleEvent()], 1);
    expect(verifyStreamChain(await store.readStream(id))).toEqual({ valid: true, count: 3 });
    expect(await store.readAll({ streamPrefixes: [id] })).toHaveLength(3);

    const events = `"${schemas.events}".events`;
    await expect(app.query(`UPDATE ${events} SET data = '{}'::jsonb WHERE stream_id = $1`, [id])).rejects.toEqual(PERMISSION_DENIED);
    await expect(app.query(`DELETE FROM ${events} WHERE stream_id = $1`, [id])).rejects.toEqual(PERMISSION_DENIED);
    await expect(app.query(`TRUNCATE ${events}`)).rejects.toEqual(PERMISSION_DENIED);
    await expect(app.query(`DELETE FROM "${schemas.events}".streams WHERE stream_id = $1`, [id])).rejects.toEqual(PERMISSION_DENIED);
    await expect(app.query(`ALTER TABLE ${events} DISABLE TRIGGER ALL`)).rejects.toEqual(PERMISSION_DENIED);
    await expect(app.query(`DROP TABLE ${events}`)).rejects.toEqual(PERMISSION_DENIED);
    expect(verifyStreamChain(await store.readStream(id))).toEqual({ valid: true, count: 3 });
  });

  it('creates nothing: no schema, no table in the store’s schema', async () => {
    await expect(app.query(`CREATE SCHEMA "${run}_intruder"`)).rejects.toEqual(PERMISSION_DENIED);
    await expect(app.query(`CREATE TABLE "${schemas.events}".shadow (x int)`)).rejects.toEqual(PERMISSION_DENIED);
    await expect(store.ensureSchema()).rejects.toEqual(PERMISSION_DENIED);
  });

  it('still does its other work: checkpoints, inbox, idempotency keys and erasing a data key', async () => {
    const checkpoints = new PgCheckpointStore(app, schemas.messaging);
    await checkpoints.save('relay', '5');
    await checkpoints.save('relay', '9');
    expect(await checkpoints.load('relay')).toBe('9');
    const inbox = new PgInbox(app, schemas.messaging);
    expect(await inbox.handleOnce('group', 'event-1', async () => undefined)).toBe('handled');
    expect(await inbox.handleOnce('group', 'event-1', async () => undefined)).toBe('duplicate');

    const keys = new IdempotencyStore(app, schemas.http, secrets);
    const scope = { service: 'intake', tenantId: 'awj', caller: 'user-1' };
    const first = await keys.claim(scope, 'k1', 'h');
    if (first.outcome !== 'claimed') throw new Error(`expected a claim, got ${first.outcome}`);
    await keys.complete(first, 201, { ok: true });
    expect(await keys.claim(scope, 'k1', 'h')).toEqual({ outcome: 'replay', statusCode: 201, body: { ok: true } });
    const second = await keys.claim(scope, 'k2', 'h');
    if (second.outcome !== 'claimed') throw new Error(`expected a claim, got ${second.outcome}`);
    await keys.release(second);
    expect(await keys.purgeExpired()).toBeGreaterThanOrEqual(0);

    const dataKeys = new PostgresDataKeyStore(app, schemas.keys);
    await dataKeys.create('awj', 'case-1', 'wrapped', 'awj-1');
    expect(await dataKeys.erase('awj', 'case-1')).toBe(true);
    expect((await dataKeys.find('awj', ['case-1'])).get('case-1')).toEqual({ wrapped: null, tenantKeyId: null });
    // The tombstone stays: the role cannot delete key rows, so a key id never gets a fresh key.
    await expect(app.query(`DELETE FROM "${schemas.keys}".data_keys`)).rejects.toEqual(PERMISSION_DENIED);
    await expect(app.query(`DELETE FROM "${schemas.messaging}".inbox`)).rejects.toEqual(PERMISSION_DENIED);
  });

  it('loses a privilege granted by hand when the schema is migrated again', async () => {
    const superuser = new Pool({ connectionString: SUPERUSER_URL, max: 1 });
    try {
      await superuser.query(`GRANT UPDATE, DELETE ON "${schemas.events}".events TO athar_app`);
      await store.ensureSchema(owner);
      await expect(app.query(`DELETE FROM "${schemas.events}".events`)).rejects.toEqual(PERMISSION_DENIED);
    } finally {
      await superuser.end();
    }
  });
});
