import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ERASED } from '@athar/contracts';
import { outboxSealer, PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { PostgresOutbox } from './postgres-outbox';

/**
 * A message about something that is not a case (an inquiry's answer, a referral notice) is sealed with
 * its subject's own data key (docs/adr/0027), so erasing the inquiry or referral erases the message.
 */
describe('outbox messages sealed under an inquiry or referral key', () => {
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const schema = `it_subject_outbox_${randomUUID().slice(0, 8)}`;
  const keys = new PostgresDataKeyStore(pool, `${schema}_personal_data`);
  const protector = new PersonalDataProtector(keys, TenantKeyring.fromEnv({}));
  const outbox = new PostgresOutbox(pool, schema, outboxSealer(protector));
  const message = (to: string, extra: { caseId?: string; dataKeyId?: string }) => ({
    tenantId: 'awj',
    ...extra,
    channel: 'sms' as const,
    to,
    subject: { ar: 'إجابة', en: 'Answer' },
    body: { ar: 'إجابة استفسارك يا مشاعل', en: 'The answer to your inquiry, Mashael' },
    correlationId: randomUUID(),
    idempotencyKey: randomUUID(),
  });
  const mobile = () => `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  beforeAll(async () => {
    await keys.ensureSchema();
    await outbox.ensureSchema();
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}_personal_data" CASCADE`);
    await pool.end();
  });

  it("seals with the inquiry's key, not a case's, and erasing the inquiry erases the message", async () => {
    const inquiryId = randomUUID();
    const to = mobile();
    await outbox.record(message(to, { dataKeyId: `inquiry:${inquiryId}` }));
    const { rows } = await pool.query<{ key_id: string }>(`SELECT key_id FROM "${schema}_personal_data".data_keys WHERE tenant_id = 'awj'`);
    expect(rows.map((r) => r.key_id)).toEqual([`inquiry:${inquiryId}`]);
    const { rows: stored } = await pool.query<{ row: string }>(`SELECT row_to_json(o)::text AS row FROM "${schema}".outbox o`);
    for (const secret of [to, to.slice(4), 'مشاعل', 'Mashael']) expect(stored[0].row).not.toContain(secret);
    expect((await outbox.list('awj', { recipient: to }))[0]).toMatchObject({ recipient: to, body: expect.stringContaining('مشاعل') });

    expect(await protector.eraseKey('awj', `inquiry:${inquiryId}`)).toBe(true);
    expect((await outbox.list('awj', { recipient: to }))[0]).toMatchObject({ recipient: ERASED, body: ERASED });
  });

  it('refuses a message that names neither a case nor a key, storing nothing', async () => {
    const to = mobile();
    await expect(outbox.record(message(to, {}))).rejects.toThrow(/neither a case nor a data key/);
    expect(await outbox.list('awj', { recipient: to })).toEqual([]);
  });
});
