import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { applicationBody, bodyWithoutCorrelation, PlatformUnderTest } from './platform-under-test';
import {
  applyThroughLink,
  askThroughLink,
  caseOpenedBy,
  codeSentTo,
  confirmThroughLink,
  eventuallyTextTo,
  linkBody,
  newMobile,
  textsTo,
} from './public-link-flow';

jest.setTimeout(90_000);

const SERVICE = 'partner-association-services';

describe("each tenant's public application link (Tuwaiq 5-2, 5-7; docs/adr/0024)", () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  afterAll(() => pool.end());

  it('shows the terms and declaration to read, without an account (no challenge unless configured)', async () => {
    const terms = (await (await fetch(`${platform.url('intake')}/public/tuwaiq/terms`)).json()) as {
      programmeTerms: { version: number; text: { ar: string } };
      challenge: unknown;
    };
    expect(terms.programmeTerms.version).toBe(1);
    expect(terms.programmeTerms.text.ar).toContain('موافقة');
    expect(terms.challenge).toBeNull();
  });

  it('asks for a code sent to the mobile, and only the code turns the request into a case, recording consent and client details', async () => {
    const body = linkBody(SERVICE);
    const asked = await askThroughLink(platform, 'tuwaiq', body);
    expect(asked.status).toBe(202);
    const pending = (await asked.json()) as { confirmationId: string; expiresAt: string; message: { ar: string; en: string } };
    expect(Date.parse(pending.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(Date.parse(pending.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    // The applicant reads the code on their phone; nothing is a case yet.
    const code = await codeSentTo(platform, 'tuwaiq', body.applicant.mobile);
    expect(code).toMatch(/^\d{6}$/);
    const { rows: stored } = await pool.query<{ code_hash: string; sealed: unknown }>(
      `SELECT code_hash, sealed FROM "${platform.instance}_public_link".pending_requests WHERE id = $1`,
      [pending.confirmationId],
    );
    expect(stored[0].code_hash).toMatch(/^[0-9a-f]{64}$/); // a keyed hash, never the code
    expect(JSON.stringify(stored[0])).not.toContain(code);
    expect(JSON.stringify(stored[0])).not.toContain(body.applicant.nationalId); // sealed (ADR 0013)

    const correlationId = randomUUID();
    const confirmed = await confirmThroughLink(platform, 'tuwaiq', pending.confirmationId, code, { 'x-correlation-id': correlationId });
    expect(confirmed.status).toBe(202);
    expect(await confirmed.json()).toMatchObject({ status: 'received', message: { ar: expect.any(String), en: expect.any(String) } });
    const opened = await caseOpenedBy(pool, platform, correlationId);
    expect(opened?.types).toEqual(['ProgrammeTermsAccepted', 'DeclarationSigned', 'ApplicationSubmitted']);
    const caseId = opened?.caseId as string;
    const { rows } = await pool.query<{ type: string; tenantId: string; data: { termsVersion?: number; client?: { userAgent: unknown } } }>(
      `SELECT type, tenant_id AS "tenantId", data FROM "${platform.instance}_events".events WHERE stream_id = $1 ORDER BY revision`,
      [`intake.application.tuwaiq.${caseId}`],
    );
    // Client details are personal data: stored encrypted (ADR 0013), readable with the case's key.
    expect(rows[0].data).toMatchObject({ termsVersion: 1, client: { userAgent: { enc: 'v2', keyId: `case:${caseId}` } } });
    const protector = new PersonalDataProtector(new PostgresDataKeyStore(pool, `${platform.instance}_personal_data`), TenantKeyring.fromEnv());
    const [decrypted] = await protector.open([rows[0]]);
    expect(decrypted.data).toMatchObject({ termsVersion: 1, client: { userAgent: 'athar-e2e-browser' } });
    // Its number reaches the confirmed mobile; the code is spent.
    await eventuallyTextTo(platform, 'tuwaiq', body.applicant.mobile, /TWQ-\d{4}-\d{6}/);
    expect((await confirmThroughLink(platform, 'tuwaiq', pending.confirmationId, code)).status).toBe(404);
  });

  it('refuses an application without consent, or with outdated terms, before any code is sent', async () => {
    const mobile = newMobile();
    expect((await askThroughLink(platform, 'tuwaiq', { ...linkBody(SERVICE, { mobile }), consent: { accepted: false, termsVersion: 1 } })).status).toBe(422);
    expect((await askThroughLink(platform, 'tuwaiq', { ...linkBody(SERVICE, { mobile }), consent: { accepted: true, termsVersion: 9 } })).status).toBe(422);
    expect((await askThroughLink(platform, 'tuwaiq', { ...linkBody(SERVICE, { mobile }), consent: undefined })).status).toBe(422);
    const badId = await askThroughLink(platform, 'tuwaiq', linkBody(SERVICE, { mobile, nationalId: '1000000001' }));
    expect(badId.status).toBe(422);
    expect(await badId.json()).toMatchObject({ fields: [{ field: 'applicant.nationalId' }] });
    expect(await textsTo(platform, 'tuwaiq', mobile)).toEqual([]);
  });

  it('locks a request after five wrong codes: even the right code is refused then, and no case is opened', async () => {
    const body = linkBody(SERVICE);
    const { confirmationId } = (await (await askThroughLink(platform, 'tuwaiq', body)).json()) as { confirmationId: string };
    const code = await codeSentTo(platform, 'tuwaiq', body.applicant.mobile);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await confirmThroughLink(platform, 'tuwaiq', confirmationId, wrong));
    expect(answers.map((a) => a.status)).toEqual([422, 422, 422, 422, 423]);
    expect(await answers[0].json()).toMatchObject({
      code: 'confirmation-code-wrong',
      fields: [{ field: 'code', reasons: [{ en: 'wrong code; 4 attempts left' }] }],
    });
    expect(await answers[4].json()).toMatchObject({ code: 'confirmation-locked', message: { ar: expect.any(String), en: expect.any(String) } });
    const correlationId = randomUUID();
    expect((await confirmThroughLink(platform, 'tuwaiq', confirmationId, code, { 'x-correlation-id': correlationId })).status).toBe(423);
    expect(await caseOpenedBy(pool, platform, correlationId)).toBeUndefined();
  });

  it('refuses an expired code (10 minutes), and a malformed one with its field', async () => {
    const body = linkBody(SERVICE);
    const { confirmationId } = (await (await askThroughLink(platform, 'tuwaiq', body)).json()) as { confirmationId: string };
    const code = await codeSentTo(platform, 'tuwaiq', body.applicant.mobile);
    const malformed = await confirmThroughLink(platform, 'tuwaiq', confirmationId, '12ab');
    expect(malformed.status).toBe(422);
    expect(await malformed.json()).toMatchObject({ fields: [{ field: 'code' }] });
    // Ten minutes pass (the clock moved in the store rather than waited for).
    await pool.query(`UPDATE "${platform.instance}_public_link".pending_requests SET expires_at = now() - interval '1 second' WHERE id = $1`, [confirmationId]);
    const correlationId = randomUUID();
    const expired = await confirmThroughLink(platform, 'tuwaiq', confirmationId, code, { 'x-correlation-id': correlationId });
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ code: 'confirmation-expired' });
    expect(await caseOpenedBy(pool, platform, correlationId)).toBeUndefined();
  });

  it('answers an unknown tenant like any missing page, and honours Idempotency-Key (one code, one pending request)', async () => {
    expect((await askThroughLink(platform, 'no-such-association', linkBody(SERVICE))).status).toBe(404);
    const key = randomUUID();
    const body = linkBody(SERVICE);
    const first = (await (await askThroughLink(platform, 'tuwaiq', body, { 'idempotency-key': key })).json()) as { confirmationId: string };
    const second = await askThroughLink(platform, 'tuwaiq', body, { 'idempotency-key': key });
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(((await second.json()) as { confirmationId: string }).confirmationId).toBe(first.confirmationId);
    expect(await textsTo(platform, 'tuwaiq', body.applicant.mobile)).toHaveLength(1);
  });

  it("answers a registered person's ID exactly as a new one, and tells the person on their registered mobile", async () => {
    // The person has an open request, recorded by staff with their own mobile.
    const registeredMobile = newMobile();
    const staff = await platform.token('tuwaiq', ['relations-officer']);
    const registered = applicationBody(SERVICE, 'website', 'Huda Al-Harbi');
    registered.applicant.mobile = registeredMobile;
    const opened = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      body: JSON.stringify(registered),
    });
    expect(opened.status).toBe(201);
    const { caseNumber } = (await opened.json()) as { caseNumber: string };

    // Someone else uses that ID on the public link, next to a genuinely new applicant.
    const intruder = linkBody(SERVICE, { nationalId: registered.applicant.nationalId, fullName: 'Huda Al-Harbi' });
    const fresh = linkBody(SERVICE, { fullName: 'Huda Al-Harbi' });
    const [askedIntruder, askedFresh] = [await askThroughLink(platform, 'tuwaiq', intruder), await askThroughLink(platform, 'tuwaiq', fresh)];
    expect(askedIntruder.status).toBe(askedFresh.status);
    const withoutIds = (body: Record<string, unknown>) => ({ ...body, confirmationId: undefined, expiresAt: undefined });
    expect(withoutIds((await askedIntruder.json()) as Record<string, unknown>)).toEqual(withoutIds((await askedFresh.json()) as Record<string, unknown>));

    const confirmedFresh = await applyThroughLink(platform, 'tuwaiq', { ...fresh });
    const confirmedIntruder = await confirmThroughLink(
      platform,
      'tuwaiq',
      ((await (await askThroughLink(platform, 'tuwaiq', intruder)).json()) as { confirmationId: string }).confirmationId,
      await codeSentTo(platform, 'tuwaiq', intruder.applicant.mobile),
    );
    expect(confirmedIntruder.status).toBe(confirmedFresh.confirmed.status);
    expect(confirmedIntruder.status).toBe(202);
    const intruderAnswer = await bodyWithoutCorrelation(confirmedIntruder);
    expect(intruderAnswer).toEqual(await bodyWithoutCorrelation(confirmedFresh.confirmed));
    expect(JSON.stringify(intruderAnswer)).not.toContain(caseNumber);

    // The registered mobile is told (with the open case's number); the intruder's phone never sees it.
    const told = await eventuallyTextTo(platform, 'tuwaiq', registeredMobile, 'second request');
    expect(told).toContain(caseNumber);
    expect((await textsTo(platform, 'tuwaiq', intruder.applicant.mobile)).join('\n')).not.toContain(caseNumber);
  });

  it('keeps an incomplete request as a draft and tells its number and what is missing on the confirmed mobile (the answer is the same)', async () => {
    const body = linkBody('job-seeker-training');
    const { confirmed, correlationId } = await applyThroughLink(platform, 'tuwaiq', body);
    expect(confirmed.status).toBe(202);
    expect(await bodyWithoutCorrelation(confirmed)).toEqual({
      status: 'received',
      message: expect.objectContaining({ en: expect.stringContaining('We received your request') }),
    });
    expect((await caseOpenedBy(pool, platform, correlationId))?.types).toEqual(['ProgrammeTermsAccepted', 'ApplicationDrafted']);
    const told = await eventuallyTextTo(platform, 'tuwaiq', body.applicant.mobile, 'saved as a draft');
    expect(told).toMatch(/TWQ-\d{4}-\d{6}/);
  });

  it('makes each public applicant their own subject, bound to the confirmed mobile: one cannot read the other', async () => {
    const a = await applyThroughLink(platform, 'tuwaiq', linkBody(SERVICE));
    const b = await applyThroughLink(platform, 'tuwaiq', linkBody(SERVICE));
    const caseA = await caseOpenedBy(pool, platform, a.correlationId);
    const caseB = await caseOpenedBy(pool, platform, b.correlationId);
    expect(caseA?.owner).toMatch(/^public:[0-9a-f]{32}$/);
    expect(caseB?.owner).toMatch(/^public:[0-9a-f]{32}$/);
    expect(caseA?.owner).not.toBe(caseB?.owner);
    const read = async (owner: string, caseId: string) =>
      (
        await fetch(`${platform.url('intake')}/applications/${caseId}`, {
          headers: { authorization: `Bearer ${await platform.tokenFor('tuwaiq', owner, ['applicant'])}`, 'x-purpose': 'beneficiary-request' },
        })
      ).status;
    expect(await read(caseA?.owner as string, caseA?.caseId as string)).toBe(200);
    expect(await read(caseA?.owner as string, caseB?.caseId as string)).toBe(404);
    expect(await read(caseB?.owner as string, caseA?.caseId as string)).toBe(404);
    // The old shared subject sees neither.
    expect(await read('public-link', caseA?.caseId as string)).toBe(404);
  });
});
