import { createHash, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { canonicalJson } from '@athar/contracts';
import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

describe('Idempotency-Key on POST', () => {
  const platform = PlatformUnderTest.current();
  const withNewPerson = () => applicationBody('job-seeker-training', 'website', 'Fahad Al-Qahtani');
  const post = async (token: string, key: string | undefined, payload: unknown) =>
    fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(payload),
    });

  it('answers a retried POST with the first answer and records the application once', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    const first = await post(token, key, request);
    const second = await post(token, key, request);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [(await first.json()) as { caseId: string }, (await second.json()) as { caseId: string }];
    expect(b.caseId).toBe(a.caseId);
  });

  it('a case submitted with a key (its id derived from the key, docs/adr/0019) can be read back in every service', async () => {
    // Awj's member service: a case that reaches all five services (as in the case slice).
    const token = await platform.token('awj');
    const created = await post(token, randomUUID(), applicationBody('member-service', 'website'));
    expect(created.status).toBe(201);
    const { caseId } = (await created.json()) as { caseId: string };
    const get = (url: string) => fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(`${platform.url('intake')}/applications/${caseId}?purpose=case-handling`)).status).toBe(200);
    // Projected asynchronously: 404 until each read model has it; anything else is an answer.
    let last = 0;
    await eventually(async () => {
      const r = await get(`${platform.url('intake')}/cases/${caseId}/status?purpose=case-handling`);
      last = r.status;
      if (r.status !== 200) return undefined;
      const body = (await r.json()) as { services: Record<string, { stage?: string } | null> };
      return Object.values(body.services).every((view) => typeof view?.stage === 'string') ? true : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}; last status answer ${last}`);
    });
    for (const context of ['eligibility', 'committee-review', 'partner-allocation', 'feedback'] as const) {
      expect((await get(`${platform.url(context)}/cases/${caseId}`)).status).toBe(200);
    }
  });

  it('answers concurrent retries with one case between them', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    const answers = await Promise.all([post(token, key, request), post(token, key, request), post(token, key, request)]);
    const created = await Promise.all(answers.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { caseId: string }).caseId));
    expect(new Set(created).size).toBe(1);
    expect(answers.every((r) => r.status === 201 || r.status === 409)).toBe(true);
  });

  it('refuses the same key for a different request, and a malformed key', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    expect((await post(token, key, request)).status).toBe(201);
    const reused = await post(token, key, { ...request, channel: 'phone' });
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { code: string }).code).toBe('idempotency-key-reused');
    expect((await post(token, 'short', withNewPerson())).status).toBe(422);
  });

  it('keeps keys per tenant: the same key in another tenant is a different request', async () => {
    const key = randomUUID();
    const tuwaiq = await post(await platform.token('tuwaiq'), key, withNewPerson());
    const awj = await post(await platform.token('awj'), key, { ...withNewPerson(), serviceId: 'member-service' });
    expect([tuwaiq.status, awj.status]).toEqual([201, 201]);
    expect(awj.headers.get('idempotent-replayed')).toBeNull();
  });

  it('forgets a key whose request failed, so a corrected retry goes through', async () => {
    const token = await platform.token('tuwaiq');
    const key = randomUUID();
    const request = withNewPerson();
    expect((await post(token, key, { ...request, channel: 'email' })).status).toBe(422);
    expect((await post(token, key, request)).status).toBe(201);
  });
});

/**
 * What an independent probe found: keys were shared by everyone in a tenant, a multipart request was
 * hashed before its file was read, and answers were kept in clear with an unkeyed hash of the body
 * (docs/security.md, "Idempotency keys"; ADR 0023).
 */
describe('Idempotency-Key: scoped to the caller, keyed, sealed (ADR 0023)', () => {
  const platform = PlatformUnderTest.current();
  const intake = (path: string) => `${platform.url('intake')}${path}`;
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  afterAll(() => pool.end());

  const json = (url: string, token: string | null, key: string, body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });
  const upload = (token: string, caseId: string, key: string, content: Buffer, fileName: string) => {
    const form = new FormData();
    form.append('documentType', 'cv');
    form.append('file', new Blob([content]), fileName);
    return fetch(intake(`/applications/${caseId}/documents`), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
      body: form,
    });
  };
  const PDF = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);
  const newCase = async (token: string) => {
    const created = await fetch(intake('/applications'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody('job-seeker-training', 'website', 'Mansour Al-Dosari')),
    });
    expect(created.status).toBe(201);
    return ((await created.json()) as { caseId: string }).caseId;
  };

  it("a second committee member sending the first member's key and body gets their own vote recorded", async () => {
    const TENANT = 'general-assembly-002';
    const officer = await platform.token(TENANT, ['relations-officer']);
    const created = await json(`${platform.url('intake')}/applications`, officer, randomUUID(), applicationBody('member-service', 'interview'));
    expect(created.status).toBe(201);
    const { caseId } = (await created.json()) as { caseId: string };
    const review = (token: string) => fetch(`${platform.url('committee-review')}/reviews/${caseId}`, { headers: { authorization: `Bearer ${token}` } });
    await eventually(async () => ((await review(officer)).status === 200 ? true : undefined));

    const key = randomUUID();
    const ballot = { vote: 'accept', reasonId: 'need-established' };
    const vote = async (userId: string) =>
      json(`${platform.url('committee-review')}/reviews/${caseId}/votes`, await platform.tokenFor(TENANT, userId, ['committee-member']), key, ballot);
    const first = await vote(`${TENANT}-member-1`);
    const second = await vote(`${TENANT}-member-2`);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    const votes = ((await (await review(officer)).json()) as { votes: Array<{ memberId?: string; userId?: string; by?: string }> }).votes;
    expect(votes).toHaveLength(2);
  });

  it("an applicant replaying a staff upload's key gets no staff answer and is still held to the ownership check", async () => {
    const staff = await platform.token('tuwaiq', ['services-officer']);
    const caseId = await newCase(staff);
    const key = randomUUID();
    const content = PDF('staff copy');
    const staffUpload = await upload(staff, caseId, key, content, 'تقرير الباحث الاجتماعي.pdf');
    expect(staffUpload.status).toBe(201);
    const applicant = (await platform.newPerson('tuwaiq', ['applicant'])).token;
    const replayed = await upload(applicant, caseId, key, content, 'تقرير الباحث الاجتماعي.pdf');
    expect(replayed.headers.get('idempotent-replayed')).toBeNull();
    expect(await replayed.text()).not.toContain('الباحث');
    expect(replayed.status).toBe(404);
  });

  it('an anonymous public-link caller cannot learn whether a staff key was used; their own retry is answered once', async () => {
    const staff = await platform.token('tuwaiq', ['relations-officer']);
    const key = randomUUID();
    expect((await json(intake('/applications'), staff, key, applicationBody('job-seeker-training', 'website'))).status).toBe(201);
    const { channel: _channel, ...rest } = applicationBody('partner-association-services', 'website', 'Lama Al-Otaibi');
    const link = { ...rest, consent: { accepted: true, termsVersion: 1 } };
    // The public link answers 202 with a confirmation id (ADR 0024): a staff key's answer is never replayed to it.
    const anonymous = await json(intake('/public/tuwaiq/applications'), null, key, link);
    expect(anonymous.status).toBe(202);
    expect(anonymous.headers.get('idempotent-replayed')).toBeNull();
    const again = await json(intake('/public/tuwaiq/applications'), null, key, link);
    expect(again.status).toBe(202);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { confirmationId: string }).confirmationId).toBe(((await anonymous.json()) as { confirmationId: string }).confirmationId);
  });

  it('the same key with a different file is refused with a bilingual reason, never replayed', async () => {
    const staff = await platform.token('tuwaiq', ['services-officer']);
    const caseId = await newCase(staff);
    const key = randomUUID();
    expect((await upload(staff, caseId, key, PDF('first'), 'cv.pdf')).status).toBe(201);
    const same = await upload(staff, caseId, key, PDF('first'), 'cv.pdf');
    expect([same.status, same.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    const other = await upload(staff, caseId, key, PDF('second, another file'), 'cv.pdf');
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({
      code: 'idempotency-key-reused',
      message: { ar: expect.stringContaining('مفتاح'), en: expect.stringContaining('different request') },
    });
    const list = (await (await fetch(intake(`/applications/${caseId}/documents`), { headers: { authorization: `Bearer ${staff}` } })).json()) as {
      items: unknown[];
    };
    expect(list.items).toHaveLength(1);
  });

  it('keeps no file name, national ID or unkeyed hash of a request in its rows', async () => {
    const staff = await platform.token('tuwaiq', ['services-officer']);
    const admin = await platform.token('tuwaiq', ['tenant-admin']);
    const body = applicationBody('job-seeker-training', 'website', 'Turki Al-Shammari');
    const { nationalId } = body.applicant;
    const created = await json(intake('/applications'), staff, randomUUID(), body);
    const { caseId } = (await created.json()) as { caseId: string };
    const fileName = `شهادة-${randomUUID().slice(0, 8)}.pdf`;
    expect((await upload(staff, caseId, randomUUID(), PDF('certificate'), fileName)).status).toBe(201);
    const erasure = { nationalId, reason: 'beneficiary-request' };
    const eraseKey = randomUUID();
    await eventually(async () => ((await json(intake('/beneficiaries/personal-data/erasure'), admin, eraseKey, erasure)).status === 200 ? true : undefined));

    const unkeyed = createHash('sha256')
      .update(`POST /beneficiaries/personal-data/erasure ${canonicalJson(erasure)}`)
      .digest('hex');
    const tables = await pool.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1`, [
      `${platform.instance}_http`,
    ]);
    expect(tables.rows.length).toBeGreaterThan(0);
    let text = '';
    for (const { table_name } of tables.rows) {
      const { rows } = await pool.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${platform.instance}_http"."${table_name}" t`);
      text += rows.map((r) => r.row).join('\n');
    }
    expect(text.length).toBeGreaterThan(0);
    const found = [fileName, encodeURIComponent(fileName), nationalId, unkeyed, eraseKey].filter((secret) => text.includes(secret));
    expect(found).toEqual([]);
  });
});
