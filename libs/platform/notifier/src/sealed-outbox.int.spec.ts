import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ERASED } from '@athar/contracts';
import { outboxSealer, PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { PostgresOutbox } from './postgres-outbox';

/** The outbox keeps messages sealed with the case's data key (ADR 0013), on the real PostgreSQL. */
describe('sealed notification outbox', () => {
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const schema = `it_sealed_outbox_${randomUUID().slice(0, 8)}`;
  // The real key store (wrapped keys in PostgreSQL), so erasure here is the production path: a tombstoned row.
  const keys = new PostgresDataKeyStore(pool, `${schema}_personal_data`);
  const protector = new PersonalDataProtector(keys, TenantKeyring.fromEnv({}));
  const outbox = new PostgresOutbox(pool, schema, outboxSealer(protector));
  const caseId = randomUUID();
  const mobile = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  beforeAll(async () => {
    await keys.ensureSchema();
    await outbox.ensureSchema();
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}_personal_data" CASCADE`);
    await pool.end();
  });

  it('stores neither the number nor the text in clear, reads them back for staff, finds by number, and erases with the case', async () => {
    await outbox.record({
      tenantId: 'awj',
      caseId,
      channel: 'sms',
      to: mobile,
      subject: { ar: 'قبول', en: 'Accepted' },
      body: { ar: 'قُبل طلبك يا نورة', en: 'Your request was accepted, Noura' },
      correlationId: randomUUID(),
      idempotencyKey: randomUUID(),
    });
    const { rows } = await pool.query<{ row: string }>(`SELECT row_to_json(o)::text AS row FROM "${schema}".outbox o`);
    expect(rows).toHaveLength(1);
    for (const secret of [mobile, mobile.slice(4), 'نورة', 'Noura']) expect(rows[0].row).not.toContain(secret);

    const [message] = await outbox.list('awj', { recipient: mobile });
    expect(message.recipient).toBe(mobile);
    expect(message.body).toContain('قُبل طلبك يا نورة');
    expect(await outbox.list('awj', { recipient: '+966500000000' })).toEqual([]);
    expect(await outbox.list('tuwaiq')).toEqual([]);

    const { rows: live } = await pool.query(`SELECT wrapped FROM "${schema}_personal_data".data_keys WHERE tenant_id = 'awj' AND key_id = $1`, [
      `case:${caseId}`,
    ]);
    expect(live).toEqual([{ wrapped: expect.any(String) }]);
    expect(await protector.erase('awj', caseId)).toBe(true);
    const { rows: tombstone } = await pool.query(`SELECT wrapped, erased_at FROM "${schema}_personal_data".data_keys WHERE tenant_id = 'awj' AND key_id = $1`, [
      `case:${caseId}`,
    ]);
    expect(tombstone).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    const [erased] = await outbox.list('awj');
    expect(erased).toMatchObject({ recipient: ERASED, body: ERASED });
  });
});
