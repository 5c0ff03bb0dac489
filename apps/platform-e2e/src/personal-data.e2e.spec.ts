import { MongoClient } from 'mongodb';
import { Pool } from 'pg';
import { ERASED } from '@athar/contracts';
import { PostgresEventStore, verifyStreamChain } from '@athar/event-store';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { applicationBody, claimsOf, eventually, newNationalId, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';

jest.setTimeout(120_000);

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
/** A marker in the uploaded ID scan: it must never be found in the raw GridFS chunks. */
const MARKER = `ID-SCAN-MARKER-${Date.now().toString(36)}`;
const PDF = Buffer.from(`%PDF-1.7\n% ${MARKER} صورة الهوية\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);

interface Application {
  caseNumber: string;
  status: string;
  applicant: { fullName: string; nationalId: string; mobile: string; nationalAddress?: Record<string, string> } | null;
  personalDataErasedAt: string | null;
}

describe('personal data encrypted at rest, crypto-shredding, read-access log (Tuwaiq 5-4, 6-5)', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: PG_URL, max: 2 });
  const mongo = new MongoClient(process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  const body = applicationBody('member-service', 'website', 'لمى فيصل الدوسري');
  const mobile = `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const fileName = 'هوية لمى الدوسري.pdf';
  /** What must never be found in clear in any stored byte. */
  const secretsOfTheCase = [body.applicant.fullName, body.applicant.nationalId, mobile.slice(1), 'هوية لمى'];
  let officer: string;
  let admin: string;
  let auditor: string;
  let caseId: string;
  let documentId: string;
  const intake = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${platform.url('intake')}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
  const stream = () => `intake.application.awj.${caseId}`;

  /** Every event of the instance, every message of its outbox and every document of its databases, as stored, searched for the secrets. */
  const plaintextFound = async (secrets: readonly string[] = secretsOfTheCase): Promise<string[]> => {
    const { rows } = await pool.query<{ data: string }>(`SELECT data::text AS data FROM "${platform.instance}_events".events`);
    const found = secrets.filter((s) => rows.some((r) => r.data.includes(s))).map((s) => `events: ${s}`);
    const outbox = await pool.query<{ row: string }>(`SELECT row_to_json(o)::text AS row FROM "${platform.instance}_notifications".outbox o`);
    found.push(...secrets.filter((s) => outbox.rows.some((r) => r.row.includes(s))).map((s) => `notification outbox: ${s}`));
    const { databases } = await mongo.db().admin().listDatabases();
    for (const { name } of databases.filter((d) => d.name.startsWith(`${platform.instance}_`))) {
      for (const collection of await mongo.db(name).listCollections().toArray()) {
        const text = JSON.stringify(await mongo.db(name).collection(collection.name).find({}).toArray());
        found.push(...secrets.filter((s) => text.includes(s)).map((s) => `${name}.${collection.name}: ${s}`));
      }
    }
    return found;
  };
  /** Every byte of every GridFS chunk of the instance's databases, as stored (what a backup copies). */
  const rawGridFsBytes = async (): Promise<Buffer> => {
    const parts: Buffer[] = [];
    const { databases } = await mongo.db().admin().listDatabases();
    for (const { name } of databases.filter((d) => d.name.startsWith(`${platform.instance}_`))) {
      for (const collection of (await mongo.db(name).listCollections().toArray()).filter((c) => c.name.endsWith('.chunks'))) {
        for (const chunk of await mongo.db(name).collection(collection.name).find({}).toArray())
          parts.push(Buffer.from((chunk.data as { buffer: Uint8Array }).buffer));
      }
    }
    return Buffer.concat(parts);
  };
  const keyRow = async (tenantId: string, keyId: string) =>
    (
      await pool.query<{ wrapped: string | null; erased_at: Date | null }>(
        `SELECT wrapped, erased_at FROM "${platform.instance}_personal_data".data_keys WHERE tenant_id = $1 AND key_id = $2`,
        [tenantId, keyId],
      )
    ).rows;
  const storedHashes = async () =>
    (
      await pool.query<{ revision: string; hash: string; data: string }>(
        `SELECT revision::text, hash, data::text AS data FROM "${platform.instance}_events".events WHERE stream_id = $1 ORDER BY revision`,
        [stream()],
      )
    ).rows;

  beforeAll(async () => {
    await mongo.connect();
    officer = await platform.token('awj', ['relations-officer']);
    admin = await platform.token('awj', ['tenant-admin']);
    auditor = await platform.token('awj', ['auditor']);
    const created = await intake('/applications', officer, { method: 'POST', body: JSON.stringify({ ...body, applicant: { ...body.applicant, mobile } }) });
    expect(created.status).toBe(201);
    caseId = ((await created.json()) as { caseId: string }).caseId;
    const form = new FormData();
    form.append('documentType', 'national-id');
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), fileName);
    const attached = await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}` },
      body: form,
    });
    expect(attached.status).toBe(201);
    documentId = ((await attached.json()) as { documentId: string }).documentId;
    // The case reached intake's read model and eligibility's, which read the applicant decrypted from Kafka.
    await eventually(async () => ((await intake(`/cases/${caseId}/status?purpose=case-handling`, officer)).status === 200 ? true : undefined), 60_000);
    await eventually(
      async () =>
        (await fetch(`${platform.url('eligibility')}/cases/${caseId}`, { headers: { authorization: `Bearer ${officer}` } })).status === 200 ? true : undefined,
      60_000,
    );
  });

  afterAll(async () => {
    await pool.end();
    await mongo.close();
  });

  it('stores no name, national ID, mobile or file name in clear, in events or read models; authorised readers see them', async () => {
    const rows = await storedHashes();
    expect(rows.find((r) => r.data.includes('"applicant"'))?.data).toMatch(/"fullName": \{"ct": "[^"]+", "iv": "[^"]+", "enc": "v2"/);
    expect(await plaintextFound()).toEqual([]);
    const read = await intake(`/applications/${caseId}`, officer, { headers: { 'x-purpose': 'case-handling' } });
    expect(read.status).toBe(200);
    const application = (await read.json()) as Application;
    expect(application.applicant).toMatchObject({ fullName: body.applicant.fullName, nationalId: body.applicant.nationalId, mobile: `+966${mobile.slice(1)}` });
    expect(application.personalDataErasedAt).toBeNull();
  });

  it("keeps an inquiry's contact and a referral's shared data sealed at rest too, and shows the receiving association the consented data", async () => {
    const contactMobile = `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const referredId = newNationalId();
    const inquiry = await intake('/inquiries', officer, {
      method: 'POST',
      body: JSON.stringify({ channel: 'phone', question: 'ما مواعيد البرنامج؟', contact: { name: 'رهف سالم القحطاني', mobile: contactMobile } }),
    });
    expect(inquiry.status).toBe(201);
    const referral = await intake('/referrals', officer, {
      method: 'POST',
      body: JSON.stringify({
        target: { kind: 'tenant', tenantId: 'quwayiyah' },
        requestedService: 'استشارة',
        reason: 'خارج الاختصاص',
        applicant: { fullName: 'جود ناصر الشهري', nationalId: referredId, mobile: '0512345678' },
        consentedFields: ['fullName', 'nationalId'],
      }),
    });
    expect(referral.status).toBe(201);
    const { referralId } = (await referral.json()) as { referralId: string };
    const receiver = await platform.token('quwayiyah', ['social-researcher']);
    const { value: incoming } = await eventually(async () => {
      const list = (await (await fetch(`${platform.url('intake')}/referrals/incoming`, { headers: { authorization: `Bearer ${receiver}` } })).json()) as {
        items: Array<{ referralId: string; sharedData: Record<string, string> }>;
      };
      return list.items.find((item) => item.referralId === referralId);
    });
    expect(incoming.sharedData).toEqual({ fullName: 'جود ناصر الشهري', nationalId: referredId });
    expect(await plaintextFound(['رهف سالم', contactMobile.slice(1), 'جود ناصر', referredId])).toEqual([]);
  });

  it('stores uploaded files sealed with the case key: the raw GridFS chunks hold no byte of the scan, the API reports the plaintext hash', async () => {
    const raw = await rawGridFsBytes();
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.includes(Buffer.from(MARKER))).toBe(false);
    expect(raw.includes(Buffer.from('صورة الهوية'))).toBe(false);
    const listed = (await (await intake(`/applications/${caseId}/documents`, officer)).json()) as {
      items: Array<{ documentId: string; sha256: string; size: number }>;
    };
    const { createHash } = await import('node:crypto');
    expect(listed.items.find((d) => d.documentId === documentId)).toMatchObject({ sha256: createHash('sha256').update(PDF).digest('hex'), size: PDF.length });
  });

  it('refuses a read without a stated purpose (422, field-level, bilingual) and logs each read for the auditor', async () => {
    const refused = await intake(`/applications/${caseId}`, officer);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      code: 'purpose-required',
      fields: [{ field: 'X-Purpose', reasons: [{ ar: expect.any(String), en: expect.any(String) }] }],
    });
    expect((await intake(`/applications/${caseId}?purpose=curiosity`, officer)).status).toBe(422);
    const download = await intake(`/applications/${caseId}/documents/${documentId}`, officer, { headers: { 'x-purpose': 'eligibility-review' } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const log = await intake(`/cases/${caseId}/record-reads`, auditor);
    expect(log.status).toBe(200);
    const { items } = (await log.json()) as {
      items: Array<{ readBy: string; role: string; purpose: string; resource: string; documentId: string | null; readAt: string }>;
    };
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          readBy: claimsOf(officer).sub,
          role: 'relations-officer',
          purpose: 'case-handling',
          resource: 'application',
          documentId: null,
        }),
        expect.objectContaining({ resource: 'case-status', purpose: 'case-handling' }),
        expect.objectContaining({ resource: 'document', purpose: 'eligibility-review', documentId }),
      ]),
    );
    expect(items.every((i) => !Number.isNaN(Date.parse(i.readAt)))).toBe(true);
    expect((await intake(`/cases/${caseId}/record-reads`, officer)).status).toBe(403);
    expect((await intake(`/cases/${caseId}/record-reads`, await platform.token('tuwaiq', ['auditor']))).status).toBe(404);
  });

  it('erasure destroys the key: personal fields read "[erased]", every other fact and the hash chain stay intact', async () => {
    const before = await storedHashes();
    const beforeRead = (await (await intake(`/applications/${caseId}?purpose=audit`, officer)).json()) as Application;

    expect(
      (await intake(`/cases/${caseId}/personal-data/erasure`, officer, { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) })).status,
    ).toBe(403);
    expect(
      (
        await intake(`/cases/${caseId}/personal-data/erasure`, await platform.token('tuwaiq', ['tenant-admin']), {
          method: 'POST',
          body: JSON.stringify({ reason: 'beneficiary-request' }),
        })
      ).status,
    ).toBe(404);
    const badReason = await intake(`/cases/${caseId}/personal-data/erasure`, admin, { method: 'POST', body: JSON.stringify({ reason: 'because' }) });
    expect(badReason.status).toBe(422);
    const erased = await intake(`/cases/${caseId}/personal-data/erasure`, admin, { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) });
    expect(erased.status).toBe(200);
    const first = (await erased.json()) as { erasedAt: string; documentsRemoved: number };
    expect(first).toMatchObject({ caseId, reason: 'beneficiary-request', erasedBy: claimsOf(admin).sub, documentsRemoved: 1 });
    const again = (await (
      await intake(`/cases/${caseId}/personal-data/erasure`, admin, { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) })
    ).json()) as { erasedAt: string };
    expect(again.erasedAt).toBe(first.erasedAt);

    const after = (await (await intake(`/applications/${caseId}?purpose=audit`, officer)).json()) as Application;
    expect(after.applicant).toMatchObject({ fullName: ERASED, nationalId: ERASED, mobile: ERASED });
    expect(after).toMatchObject({ caseNumber: beforeRead.caseNumber, status: beforeRead.status, personalDataErasedAt: first.erasedAt });

    // History is not rewritten: the same stored bytes and hashes, one erasure event more, the chain verifies.
    const stored = await storedHashes();
    expect(stored.slice(0, before.length)).toEqual(before);
    expect(stored).toHaveLength(before.length + 1);
    const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${platform.instance}_events` });
    try {
      const history = await store.readStream(stream());
      expect(history[history.length - 1].type).toBe('BeneficiaryDataErased');
      expect(verifyStreamChain(history)).toMatchObject({ valid: true, count: before.length + 1 });
    } finally {
      await store.close();
    }
    const key = await pool.query(`SELECT wrapped, erased_at FROM "${platform.instance}_personal_data".data_keys WHERE tenant_id = 'awj' AND key_id = $1`, [
      `case:${caseId}`,
    ]);
    expect(key.rows).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    expect(await plaintextFound()).toEqual([]);
  });

  it('after erasure the files are gone and nothing personal can be recorded for the case again', async () => {
    expect((await intake(`/applications/${caseId}/documents/${documentId}?purpose=audit`, officer)).status).toBe(404);
    expect((await rawGridFsBytes()).includes(Buffer.from(MARKER))).toBe(false);
    const form = new FormData();
    form.append('documentType', 'cv');
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'cv.pdf');
    const attached = await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}` },
      body: form,
    });
    expect(attached.status).toBe(409);
    expect(await attached.json()).toMatchObject({ code: 'personal-data-erased', message: { ar: expect.any(String), en: expect.any(String) } });
  });

  it('erases a person in every case they have with the association, found by the keyed hash of their ID', async () => {
    const tuwaiqStaff = await platform.token('tuwaiq', ['relations-officer']);
    const tuwaiqAdmin = await platform.token('tuwaiq', ['tenant-admin']);
    const nationalId = newNationalId();
    const training = await submitTuwaiqTraining(platform, tuwaiqStaff, { nationalId, qualification: 'diploma', employmentStatus: 'job-seeker' });
    const partner = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tuwaiqStaff}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...applicationBody('partner-association-services', 'website', 'ريم خالد العنزي'),
        applicant: { fullName: 'ريم خالد العنزي', nationalId, mobile: '0512345678' },
      }), // one person, two services
    });
    expect(partner.status).toBe(201);
    const partnerCase = ((await partner.json()) as { caseId: string }).caseId;
    const erasePerson = (token: string, body: unknown) =>
      fetch(`${platform.url('intake')}/beneficiaries/personal-data/erasure`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    expect((await erasePerson(tuwaiqAdmin, { nationalId: '12345', reason: 'beneficiary-request' })).status).toBe(422);
    expect((await erasePerson(admin, { nationalId, reason: 'beneficiary-request' })).status).toBe(404); // another association holds nothing of her
    const { value: erased } = await eventually(async () => {
      const response = await erasePerson(tuwaiqAdmin, { nationalId, reason: 'beneficiary-request' });
      if (response.status !== 200) return undefined;
      const result = (await response.json()) as { cases: Array<{ caseId: string }> };
      return result.cases.length === 2 ? result : undefined;
    });
    expect(erased.cases.map((c) => c.caseId).sort()).toEqual([training.caseId, partnerCase].sort());
    for (const id of [training.caseId, partnerCase]) {
      const read = (await (
        await fetch(`${platform.url('intake')}/applications/${id}?purpose=audit`, { headers: { authorization: `Bearer ${tuwaiqStaff}` } })
      ).json()) as Application;
      expect(read.applicant).toMatchObject({ fullName: ERASED, nationalId: ERASED });
    }
    expect(await plaintextFound(['ريم خالد', nationalId])).toEqual([]);
  });

  it('erasing a person erases their referrals in both associations and the inquiries left with their mobile: keys tombstoned, raw values unrecoverable', async () => {
    const nationalId = newNationalId();
    const personMobile = `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const name = 'غادة سعد المطيري';
    const created = await intake('/applications', officer, {
      method: 'POST',
      body: JSON.stringify({ ...applicationBody('member-service', 'website', name), applicant: { fullName: name, nationalId, mobile: personMobile } }),
    });
    expect(created.status).toBe(201);
    const inquiry = await intake('/inquiries', officer, {
      method: 'POST',
      body: JSON.stringify({ channel: 'phone', question: 'هل وصل طلبي؟', contact: { name: 'غادة', mobile: `+966${personMobile.slice(1)}` } }),
    });
    expect(inquiry.status).toBe(201);
    const { inquiryId } = (await inquiry.json()) as { inquiryId: string };
    const referral = await intake('/referrals', officer, {
      method: 'POST',
      body: JSON.stringify({
        target: { kind: 'tenant', tenantId: 'quwayiyah' },
        requestedService: 'دعم',
        reason: 'خارج الاختصاص',
        applicant: { fullName: name, nationalId, mobile: personMobile },
        consentedFields: ['fullName', 'mobile'],
      }),
    });
    expect(referral.status).toBe(201);
    const { referralId } = (await referral.json()) as { referralId: string };
    const receiver = await platform.token('quwayiyah', ['social-researcher']);
    const incoming = async () =>
      (
        (await (await fetch(`${platform.url('intake')}/referrals/incoming`, { headers: { authorization: `Bearer ${receiver}` } })).json()) as {
          items: Array<{ referralId: string; sharedData: Record<string, string>; personalDataErasedAt: string | null }>;
        }
      ).items.find((i) => i.referralId === referralId);
    await eventually(async () => ((await incoming())?.sharedData.fullName === name ? true : undefined), 60_000);
    await eventually(async () => ((await intake(`/inquiries/${inquiryId}`, officer)).status === 200 ? true : undefined), 60_000);
    for (const [tenantId, keyId] of [
      ['awj', `referral:${referralId}`],
      ['quwayiyah', `referral:${referralId}`],
      ['awj', `inquiry:${inquiryId}`],
    ]) {
      expect(await keyRow(tenantId, keyId)).toEqual([{ wrapped: expect.any(String), erased_at: null }]);
    }

    const erased = await intake('/beneficiaries/personal-data/erasure', admin, {
      method: 'POST',
      body: JSON.stringify({ nationalId, reason: 'beneficiary-request' }),
    });
    expect(erased.status).toBe(200);
    const result = (await erased.json()) as {
      cases: unknown[];
      referrals: Array<{ keyId: string; forwardTo: string | null }>;
      inquiries: Array<{ keyId: string }>;
    };
    expect(result.cases).toHaveLength(1);
    expect(result.referrals).toEqual([expect.objectContaining({ keyId: `referral:${referralId}`, forwardTo: 'quwayiyah', reason: 'beneficiary-request' })]);
    expect(result.inquiries).toEqual([expect.objectContaining({ keyId: `inquiry:${inquiryId}` })]); // found by the case's mobile, given as 05… there and +9665… here

    // The receiving association learns of it through the referring one's SubjectDataErased event and destroys its own key.
    expect(await keyRow('awj', `referral:${referralId}`)).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    expect(await keyRow('awj', `inquiry:${inquiryId}`)).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    await eventually(async () => ((await keyRow('quwayiyah', `referral:${referralId}`))[0]?.wrapped === null ? true : undefined), 60_000);
    expect(await keyRow('quwayiyah', `referral:${referralId}`)).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    const { value: seen } = await eventually(async () => {
      const item = await incoming();
      return item?.personalDataErasedAt ? item : undefined;
    }, 60_000);
    expect(seen.sharedData).toEqual({ fullName: ERASED, mobile: ERASED });

    // Raw: every stored event and read-model row that mentions the referral or inquiry, opened with the real key store, reads "[erased]".
    const protector = new PersonalDataProtector(new PostgresDataKeyStore(pool, `${platform.instance}_personal_data`), TenantKeyring.fromEnv());
    const { rows } = await pool.query<{ tenant_id: string; type: string; data: unknown }>(
      `SELECT tenant_id, type, data FROM "${platform.instance}_events".events WHERE data::text LIKE $1 OR data::text LIKE $2`,
      [`%${referralId}%`, `%${inquiryId}%`],
    );
    // The three personal facts, and the three erasure records (referral in each association, inquiry), which hold no personal data.
    expect(rows.map((r) => `${r.tenant_id} ${r.type}`).sort()).toEqual([
      'awj ApplicationReferredToAssociation',
      'awj InquiryOpened',
      'awj SubjectDataErased',
      'awj SubjectDataErased',
      'quwayiyah ReferralReceived',
      'quwayiyah SubjectDataErased',
    ]);
    const opened = await protector.open(rows.map((r) => ({ tenantId: r.tenant_id, type: r.type, data: r.data })));
    for (const event of opened) {
      const personal = JSON.stringify(event.data);
      expect(personal).not.toContain(name);
      expect(personal).not.toContain(personMobile.slice(1));
    }
    expect(opened.find((e) => e.type === 'ReferralReceived')?.data).toMatchObject({ sharedData: { fullName: ERASED, mobile: ERASED } });
    expect(opened.find((e) => e.type === 'ApplicationReferredToAssociation')?.data).toMatchObject({ sharedData: { fullName: ERASED, mobile: ERASED } });
    expect(opened.find((e) => e.type === 'InquiryOpened')?.data).toMatchObject({ contact: { name: ERASED, mobile: ERASED } });
    const intakeDb = mongo.db(`${platform.instance}_intake`);
    const view = await intakeDb.collection('referrals').findOne({ _id: `quwayiyah:incoming:${referralId}` } as never);
    expect(view?.sharedData.fullName).toMatchObject({ enc: 'v2', keyId: `referral:${referralId}` });
    const [openedView] = await protector.open([{ tenantId: 'quwayiyah', type: 'ReferralReceived', data: { sharedData: view?.sharedData } }]);
    expect(openedView.data).toEqual({ sharedData: { fullName: ERASED, mobile: ERASED } });
    expect(await plaintextFound([name, 'غادة', nationalId, personMobile.slice(1)])).toEqual([]);
  });

  it('the receiving association erases a person it was given the ID of in its own records only', async () => {
    const nationalId = newNationalId();
    const referral = await intake('/referrals', officer, {
      method: 'POST',
      body: JSON.stringify({
        target: { kind: 'tenant', tenantId: 'quwayiyah' },
        requestedService: 'دعم',
        reason: 'خارج الاختصاص',
        applicant: { fullName: 'هند علي الزهراني', nationalId, mobile: '0512345678' },
        consentedFields: ['fullName', 'nationalId'],
      }),
    });
    const { referralId } = (await referral.json()) as { referralId: string };
    const receiverAdmin = await platform.token('quwayiyah', ['tenant-admin']);
    const { value: result } = await eventually(async () => {
      const response = await fetch(`${platform.url('intake')}/beneficiaries/personal-data/erasure`, {
        method: 'POST',
        headers: { authorization: `Bearer ${receiverAdmin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ nationalId, reason: 'beneficiary-request' }),
      });
      return response.status === 200 ? ((await response.json()) as { referrals: Array<{ keyId: string; forwardTo: string | null }> }) : undefined;
    }, 60_000);
    expect(result.referrals).toEqual([expect.objectContaining({ keyId: `referral:${referralId}`, forwardTo: null })]);
    expect(await keyRow('quwayiyah', `referral:${referralId}`)).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    expect(await keyRow('awj', `referral:${referralId}`)).toEqual([{ wrapped: expect.any(String), erased_at: null }]); // the referring association's own record
  });
});
