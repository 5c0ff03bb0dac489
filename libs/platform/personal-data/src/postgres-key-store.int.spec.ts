import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { PostgresDataKeyStore } from './key-store';
import { PersonalDataErasedError, PersonalDataProtector } from './protector';
import { TenantKeyring } from './tenant-keys';

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

describe('PostgresDataKeyStore (wrapped data keys in PostgreSQL, destroyed on erasure)', () => {
  const pool = new Pool({ connectionString: PG_URL, max: 4 });
  const schema = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}_personal_data`;
  const store = new PostgresDataKeyStore(pool, schema);

  beforeAll(() => store.ensureSchema());
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('keeps the first key created for a key id, even under concurrent creation', async () => {
    const created = await Promise.all(['w1', 'w2', 'w3', 'w4'].map((w) => store.create('awj', 'case:a', w, 'tk')));
    expect(new Set(created.map((k) => k.wrapped)).size).toBe(1);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".data_keys WHERE key_id = 'case:a'`);
    expect(rows[0].n).toBe(1);
  });

  it('finds keys per tenant only', async () => {
    await store.create('awj', 'case:b', 'wb', 'tk');
    expect([...(await store.find('awj', ['case:a', 'case:b', 'case:none'])).keys()].sort()).toEqual(['case:a', 'case:b']);
    expect((await store.find('tuwaiq', ['case:a', 'case:b'])).size).toBe(0);
  });

  it('erases by destroying the wrapped key: no byte of it is left in the row, a tombstone stays', async () => {
    const before = (await store.find('awj', ['case:b'])).get('case:b')?.wrapped as string;
    expect(await store.erase('awj', 'case:b')).toBe(true);
    expect(await store.erase('awj', 'case:b')).toBe(false);
    const { rows } = await pool.query(`SELECT row_to_json(k)::text AS row FROM "${schema}".data_keys k WHERE key_id = 'case:b'`);
    expect(rows[0].row).not.toContain(before);
    expect(rows[0].row).toContain('"erased_at"');
    expect((await store.find('awj', ['case:b'])).get('case:b')).toEqual({ wrapped: null, tenantKeyId: null });
    expect(await store.create('awj', 'case:b', 'fresh', 'tk')).toEqual({ wrapped: null, tenantKeyId: null });
  });

  it('erasing a key id never created leaves a tombstone, so no later write can create one', async () => {
    expect(await store.erase('awj', 'case:never')).toBe(false);
    const protector = new PersonalDataProtector(store, TenantKeyring.fromEnv({}));
    await expect(protector.seal('awj', 'DeclarationSigned', { caseId: 'never', signedName: 'x' })).rejects.toBeInstanceOf(PersonalDataErasedError);
  });

  it('round-trips through the protector on the real store', async () => {
    const protector = new PersonalDataProtector(store, TenantKeyring.fromEnv({}));
    const sealed = await protector.seal('awj', 'DeclarationSigned', { caseId: 'c1', signedName: 'سارة', client: null });
    expect(JSON.stringify(sealed)).not.toContain('سارة');
    const [opened] = await protector.open([{ tenantId: 'awj', type: 'DeclarationSigned', data: sealed }]);
    expect(opened.data).toEqual({ caseId: 'c1', signedName: 'سارة', client: null });
  });
});
