import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { applicationBody, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

describe("each tenant's public application link (Tuwaiq 5-2, 5-7)", () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  afterAll(() => pool.end());

  const apply = (tenantId: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${platform.url('intake')}/public/${tenantId}/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'athar-e2e-browser', ...headers },
      body: JSON.stringify(body),
    });
  const linkBody = () => {
    const { channel: _channel, ...rest } = applicationBody('partner-association-services', 'website', 'Lama Al-Otaibi');
    return { ...rest, consent: { accepted: true, termsVersion: 1 } };
  };

  it('shows the terms and declaration to read, without an account', async () => {
    const terms = (await (await fetch(`${platform.url('intake')}/public/tuwaiq/terms`)).json()) as { programmeTerms: { version: number; text: { ar: string } } };
    expect(terms.programmeTerms.version).toBe(1);
    expect(terms.programmeTerms.text.ar).toContain('موافقة');
  });

  it('records consent to the terms with their version and the client details, before the declaration', async () => {
    const response = await apply('tuwaiq', linkBody());
    expect(response.status).toBe(201);
    const { caseId } = (await response.json()) as { caseId: string };
    const { rows } = await pool.query<{ type: string; tenantId: string; data: { termsVersion?: number; client?: { userAgent: unknown } } }>(
      `SELECT type, tenant_id AS "tenantId", data FROM "${platform.instance}_events".events WHERE stream_id = $1 ORDER BY revision`,
      [`intake.application.tuwaiq.${caseId}`],
    );
    expect(rows.map((r) => r.type)).toEqual(['ProgrammeTermsAccepted', 'DeclarationSigned', 'ApplicationSubmitted']);
    // Client details are personal data: stored encrypted (ADR 0013), readable with the case's key.
    expect(rows[0].data).toMatchObject({ termsVersion: 1, client: { userAgent: { enc: 'v2', keyId: `case:${caseId}` } } });
    const protector = new PersonalDataProtector(new PostgresDataKeyStore(pool, `${platform.instance}_personal_data`), TenantKeyring.fromEnv());
    const [opened] = await protector.open([rows[0]]);
    expect(opened.data).toMatchObject({ termsVersion: 1, client: { userAgent: 'athar-e2e-browser' } });
  });

  it('refuses an application without consent, or with outdated terms', async () => {
    expect((await apply('tuwaiq', { ...linkBody(), consent: { accepted: false, termsVersion: 1 } })).status).toBe(422);
    expect((await apply('tuwaiq', { ...linkBody(), consent: { accepted: true, termsVersion: 9 } })).status).toBe(422);
    expect((await apply('tuwaiq', { ...linkBody(), consent: undefined })).status).toBe(422);
  });

  it('answers an unknown tenant like any missing page, and honours Idempotency-Key', async () => {
    const unknown = await apply('no-such-association', linkBody());
    expect(unknown.status).toBe(404);
    const key = randomUUID();
    const body = linkBody();
    const first = (await (await apply('tuwaiq', body, { 'idempotency-key': key })).json()) as { caseId: string };
    const second = await apply('tuwaiq', body, { 'idempotency-key': key });
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(((await second.json()) as { caseId: string }).caseId).toBe(first.caseId);
  });
});
