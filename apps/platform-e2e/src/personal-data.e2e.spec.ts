import { MongoClient } from 'mongodb';
import { Pool } from 'pg';
import { ERASED } from '@athar/contracts';
import { PostgresEventStore, verifyStreamChain } from '@athar/event-store';
import { applicationBody, eventually, newNationalId, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';

jest.setTimeout(120_000);

const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

interface Application {
  caseNumber: string;
  status: string;
  applicant: { fullName: string; nationalId: string; mobile: string; nationalAddress?: Record<string, string> } | null;
  personalDataErasedAt: string | null;
}

describe('personal data encrypted at rest, crypto-shredding, read-access log (issue 6; Tuwaiq 5-4, 6-5)', () => {
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
    fetch(`${platform.url('intake')}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
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
  const storedHashes = async () =>
    (await pool.query<{ revision: string; hash: string; data: string }>(`SELECT revision::text, hash, data::text AS data FROM "${platform.instance}_events".events WHERE stream_id = $1 ORDER BY revision`, [stream()])).rows;

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
    const attached = await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${officer}` }, body: form });
    expect(attached.status).toBe(201);
    documentId = ((await attached.json()) as { documentId: string }).documentId;
    // The case reached intake's read model and eligibility's, which read the applicant decrypted from Kafka.
    await eventually(async () => ((await intake(`/cases/${caseId}/status?purpose=case-handling`, officer)).status === 200 ? true : undefined), 60_000);
    await eventually(async () => ((await fetch(`${platform.url('eligibility')}/cases/${caseId}`, { headers: { authorization: `Bearer ${officer}` } })).status === 200 ? true : undefined), 60_000);
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
    const inquiry = await intake('/inquiries', officer, { method: 'POST', body: JSON.stringify({ channel: 'phone', question: 'ما مواعيد البرنامج؟', contact: { name: 'رهف سالم القحطاني', mobile: contactMobile } }) });
    expect(inquiry.status).toBe(201);
    const referral = await intake('/referrals', officer, {
      method: 'POST',
      body: JSON.stringify({ target: { kind: 'tenant', tenantId: 'quwayiyah' }, requestedService: 'استشارة', reason: 'خارج الاختصاص', applicant: { fullName: 'جود ناصر الشهري', nationalId: referredId, mobile: '0512345678' }, consentedFields: ['fullName', 'nationalId'] }),
    });
    expect(referral.status).toBe(201);
    const { referralId } = (await referral.json()) as { referralId: string };
    const receiver = await platform.token('quwayiyah', ['social-researcher']);
    const { value: incoming } = await eventually(async () => {
      const list = (await (await fetch(`${platform.url('intake')}/referrals/incoming`, { headers: { authorization: `Bearer ${receiver}` } })).json()) as { items: Array<{ referralId: string; sharedData: Record<string, string> }> };
      return list.items.find((item) => item.referralId === referralId);
    });
    expect(incoming.sharedData).toEqual({ fullName: 'جود ناصر الشهري', nationalId: referredId });
    expect(await plaintextFound(['رهف سالم', contactMobile.slice(1), 'جود ناصر', referredId])).toEqual([]);
  });

  it('refuses a read without a stated purpose (422, field-level, bilingual) and logs each read for the auditor', async () => {
    const refused = await intake(`/applications/${caseId}`, officer);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'purpose-required', fields: [{ field: 'X-Purpose', reasons: [{ ar: expect.any(String), en: expect.any(String) }] }] });
    expect((await intake(`/applications/${caseId}?purpose=curiosity`, officer)).status).toBe(422);
    expect((await intake(`/applications/${caseId}/documents/${documentId}`, officer, { headers: { 'x-purpose': 'eligibility-review' } })).status).toBe(200);

    const log = await intake(`/cases/${caseId}/record-reads`, auditor);
    expect(log.status).toBe(200);
    const { items } = (await log.json()) as { items: Array<{ readBy: string; role: string; purpose: string; resource: string; documentId: string | null; readAt: string }> };
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ readBy: 'awj-relations-officer', role: 'relations-officer', purpose: 'case-handling', resource: 'application', documentId: null }),
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

    expect((await intake(`/cases/${caseId}/personal-data/erasure`, officer, { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) })).status).toBe(403);
    expect((await intake(`/cases/${caseId}/personal-data/erasure`, await platform.token('tuwaiq', ['tenant-admin']), { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) })).status).toBe(404);
    const badReason = await intake(`/cases/${caseId}/personal-data/erasure`, admin, { method: 'POST', body: JSON.stringify({ reason: 'because' }) });
    expect(badReason.status).toBe(422);
    const erased = await intake(`/cases/${caseId}/personal-data/erasure`, admin, { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) });
    expect(erased.status).toBe(200);
    const first = (await erased.json()) as { erasedAt: string; documentsRemoved: number };
    expect(first).toMatchObject({ caseId, reason: 'beneficiary-request', erasedBy: 'awj-tenant-admin', documentsRemoved: 1 });
    const again = (await (await intake(`/cases/${caseId}/personal-data/erasure`, admin, { method: 'POST', body: JSON.stringify({ reason: 'beneficiary-request' }) })).json()) as { erasedAt: string };
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
    const key = await pool.query(`SELECT wrapped, erased_at FROM "${platform.instance}_personal_data".data_keys WHERE tenant_id = 'awj' AND key_id = $1`, [`case:${caseId}`]);
    expect(key.rows).toEqual([{ wrapped: null, erased_at: expect.any(Date) }]);
    expect(await plaintextFound()).toEqual([]);
  });

  it('after erasure the files are gone and nothing personal can be recorded for the case again', async () => {
    expect((await intake(`/applications/${caseId}/documents/${documentId}?purpose=audit`, officer)).status).toBe(404);
    const form = new FormData();
    form.append('documentType', 'cv');
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'cv.pdf');
    const attached = await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${officer}` }, body: form });
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
      body: JSON.stringify({ ...applicationBody('partner-association-services', 'website', 'ريم خالد العنزي'), applicant: { fullName: 'ريم خالد العنزي', nationalId, mobile: '0512345678' } }), // one person, two services
    });
    expect(partner.status).toBe(201);
    const partnerCase = ((await partner.json()) as { caseId: string }).caseId;
    const erasePerson = (token: string, body: unknown) =>
      fetch(`${platform.url('intake')}/beneficiaries/personal-data/erasure`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

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
      const read = (await (await fetch(`${platform.url('intake')}/applications/${id}?purpose=audit`, { headers: { authorization: `Bearer ${tuwaiqStaff}` } })).json()) as Application;
      expect(read.applicant).toMatchObject({ fullName: ERASED, nationalId: ERASED });
    }
    expect(await plaintextFound(['ريم خالد', nationalId])).toEqual([]);
  });
});
