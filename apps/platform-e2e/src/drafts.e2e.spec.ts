import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { loadTenantPolicies } from '@athar/tenancy';
import { applicationBody, bodyWithoutCorrelation, eventually, newNationalId, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(60_000);

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');

describe('an incomplete request stays a draft with a checklist (Tuwaiq 6-2 documents)', () => {
  const platform = PlatformUnderTest.current();
  const call = async (method: string, path: string, token: string, body?: unknown) =>
    fetch(`${platform.url('intake')}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const attach = (caseId: string, documentType: string, token: string) => {
    const form = new FormData();
    form.append('documentType', documentType);
    form.append('file', new Blob([PDF]), `${documentType}.pdf`);
    return fetch(`${platform.url('intake')}/applications/${caseId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };

  it('keeps a training request without its documents as a draft, then registers it once complete', async () => {
    const token = await platform.token('tuwaiq', ['relations-officer']);
    const body = applicationBody('job-seeker-training', 'interview', 'Yousef Al-Shehri');
    const created = await call('POST', '/applications', token, body);
    expect(created.status).toBe(201);
    const draft = (await created.json()) as {
      caseId: string;
      caseNumber: string;
      status: string;
      checklist: Array<{ item: string; done: boolean; label: { ar: string; en: string } }>;
      message: { ar: string };
    };
    expect(draft.status).toBe('draft');
    expect(draft.checklist.map((i) => i.item)).toEqual([
      'field:applicant.birthDate',
      'field:applicant.nationalAddress',
      'field:applicant.idExpiry',
      'document:national-id',
      'document:national-address',
      'document:cv',
      'document:qualification',
    ]);
    expect(draft.message.ar).toContain('إرفاق السيرة الذاتية');

    const early = await call('POST', `/applications/${draft.caseId}/submit`, token, { declaration: body.declaration });
    expect(early.status).toBe(422);
    expect(((await early.json()) as { fields: Array<{ field: string }> }).fields).toHaveLength(7);

    const patch = (ifMatch: string, applicant: Record<string, unknown>) =>
      fetch(`${platform.url('intake')}/applications/${draft.caseId}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': ifMatch },
        body: JSON.stringify({ applicant }),
      });
    const completed = await patch('"0"', {
      birthDate: { calendar: 'hijri', date: '1415-03-10' },
      idExpiry: { calendar: 'gregorian', date: '2030-05-01' },
      nationalAddress: { shortAddress: 'DDMA1234', buildingNumber: '1234', postalCode: '32241', city: 'الدمام', district: 'الفيصلية' },
    });
    expect(completed.status).toBe(200);
    expect(
      ((await completed.json()) as { checklist: Array<{ item: string; done: boolean }> }).checklist
        .filter((i) => i.item.startsWith('field:'))
        .every((i) => i.done),
    ).toBe(true);
    expect((await patch('"0"', { mobile: '0555555555' })).status).toBe(409); // stale revision
    expect((await patch('"1"', { nationalId: '2000000006' })).status).toBe(422); // identity cannot change
    expect((await patch('"1"', { idExpiry: { calendar: 'gregorian', date: '2001-01-01' } })).status).toBe(422); // expired

    for (const type of ['national-id', 'national-address', 'cv', 'qualification']) expect((await attach(draft.caseId, type, token)).status).toBe(201);
    const state = (await (await call('GET', `/applications/${draft.caseId}?purpose=case-handling`, token)).json()) as { checklist: Array<{ done: boolean }> };
    expect(state.checklist.every((i) => i.done)).toBe(true);

    expect((await call('POST', `/applications/${draft.caseId}/submit`, token, {})).status).toBe(422); // no declaration
    const submitted = await call('POST', `/applications/${draft.caseId}/submit`, token, { declaration: body.declaration });
    expect(submitted.status).toBe(200);
    expect(((await submitted.json()) as { status: string; caseNumber: string }).caseNumber).toBe(draft.caseNumber);
    expect((await call('POST', `/applications/${draft.caseId}/submit`, token, { declaration: body.declaration })).status).toBe(409);

    // Only now does the case travel on: eligibility sees it after registration, not as a draft.
    await eventually(async () => ((await call('GET', `/cases/${draft.caseId}`, token)).status === 200 ? true : undefined));
    await eventually(async () =>
      (await fetch(`${platform.url('eligibility')}/cases/${draft.caseId}`, { headers: { authorization: `Bearer ${token}` } })).status === 200
        ? true
        : undefined,
    );
  });

  it("documents the application it answers: the applicant, the attached documents and a draft's checklist (the console reads them)", async () => {
    const document = (await (await fetch(`${platform.url('intake')}/docs-json`)).json()) as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { $ref?: string } }> }> } }>;
      components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
    };
    const ref = document.paths['/applications/{caseId}'].get.responses['200'].content['application/json'].schema.$ref ?? '';
    const schema = document.components.schemas[ref.split('/').pop() ?? ''];
    expect(schema?.required).toEqual(expect.arrayContaining(['caseId', 'caseNumber', 'status', 'applicant', 'documents', 'checklist']));
    const applicant = document.components.schemas.ApplicantRecordDto;
    expect(applicant?.required).toEqual(expect.arrayContaining(['fullName', 'nationalId', 'mobile']));
  });

  it('counts a draft as an open request for the same person and service', async () => {
    const token = await platform.token('tuwaiq', ['relations-officer']);
    const body = applicationBody('job-seeker-training', 'interview', 'Hind Al-Mutairi');
    expect((await call('POST', '/applications', token, body)).status).toBe(201);
    expect((await call('POST', '/applications', token, body)).status).toBe(409);
  });
});

interface DraftRow {
  caseId: string;
  caseNumber: string | null;
  status: string;
  createdAt: string;
  submittedAt: string | null;
  checklist: Array<{ item: string; done: boolean; label: { ar: string; en: string } }>;
}
interface Page {
  items: DraftRow[];
  nextCursor: string | null;
}

describe('drafts can be found: the staff queue lists them, their status opens (common process step 2)', () => {
  const platform = PlatformUnderTest.current();
  const tuwaiq = loadTenantPolicies().find((t) => t.tenantId === 'tuwaiq')!;
  const mongo = new MongoClient(process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  const intake = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${platform.url('intake')}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
  const draftsOf = async (token: string, query = 'status=draft&limit=100'): Promise<DraftRow[]> => {
    const response = await intake(`/applications?${query}`, token);
    expect(response.status).toBe(200);
    return ((await response.json()) as Page).items;
  };
  // The request `npm start` seeds for Tuwaiq (tools/platform/start-cli.ts): its first direct service on its first
  // channel, declaration signed, no documents, so it stays a draft.
  const service = tuwaiq.services.find((s) => s.beneficiaryType === 'direct')!;
  const demoName = 'مستفيد تجريبي مسودة';
  const demoNationalId = newNationalId();
  let officer: string;
  let demoCase: string;
  let demoCaseNumber: string;
  let applicantCase: string;
  let applicantToken: string;

  beforeAll(async () => {
    await mongo.connect();
    officer = await platform.token('tuwaiq', ['relations-officer']);
    const demo = await intake('/applications', officer, {
      method: 'POST',
      body: JSON.stringify({
        serviceId: service.id,
        channel: tuwaiq.channels[0],
        applicant: { fullName: demoName, nationalId: demoNationalId, mobile: '0500000000' },
        declaration: { accepted: true, signedName: demoName, declarationVersion: tuwaiq.declaration.version },
      }),
    });
    expect(demo.status).toBe(201);
    const demoBody = (await demo.json()) as { caseId: string; caseNumber: string; status: string };
    expect(demoBody.status).toBe('draft');
    demoCase = demoBody.caseId;
    demoCaseNumber = demoBody.caseNumber;

    applicantToken = (await platform.newPerson('tuwaiq', ['applicant'])).token;
    const own = await intake('/applications', applicantToken, {
      method: 'POST',
      body: JSON.stringify({ ...applicationBody(service.id, tuwaiq.channels[0], 'Reem Al-Harbi'), declaration: undefined }),
    });
    expect(own.status).toBe(201);
    applicantCase = ((await own.json()) as { caseId: string }).caseId;
    await eventually(async () => {
      const ids = (await draftsOf(officer)).map((d) => d.caseId);
      return ids.includes(demoCase) && ids.includes(applicantCase) ? true : undefined;
    });
  });

  afterAll(async () => {
    await mongo.close();
  });

  it('lists drafts in the staff queue with their created date and checklist, and pages through them', async () => {
    const drafts = await draftsOf(officer);
    expect(drafts.every((d) => d.status === 'draft' && d.submittedAt === null)).toBe(true);
    const demo = drafts.find((d) => d.caseId === demoCase)!;
    // The number the applicant was told: staff follow a stranded draft up by it.
    expect(demoCaseNumber).toEqual(expect.any(String));
    expect(demo.caseNumber).toBe(demoCaseNumber);
    // A tenant admin lists the queue but opens no record: no number either.
    expect((await draftsOf(await platform.token('tuwaiq', ['tenant-admin']))).find((d) => d.caseId === demoCase)?.caseNumber).toBeNull();
    expect(Date.now() - Date.parse(demo.createdAt)).toBeLessThan(5 * 60_000);
    expect(demo.checklist.filter((i) => !i.done).map((i) => i.item)).toEqual(expect.arrayContaining(['document:cv', 'field:applicant.birthDate']));
    expect(demo.checklist.every((i) => i.label.ar !== '' && i.label.en !== '')).toBe(true);
    expect((await draftsOf(officer, 'status=submitted&limit=100')).map((d) => d.caseId)).not.toContain(demoCase);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await intake(`/applications?status=draft&limit=1${cursor ? `&cursor=${cursor}` : ''}`, officer);
      const page = (await response.json()) as Page;
      seen.push(...page.items.map((i) => i.caseId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 200);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([demoCase, applicantCase]));
  });

  it('follows the draft as it is completed: an attached document is ticked off', async () => {
    const form = new FormData();
    form.append('documentType', 'cv');
    form.append('file', new Blob([PDF]), 'cv.pdf');
    const attached = await fetch(`${platform.url('intake')}/applications/${demoCase}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}` },
      body: form,
    });
    expect(attached.status).toBe(201);
    await eventually(async () =>
      (await draftsOf(officer)).find((d) => d.caseId === demoCase)?.checklist.find((i) => i.item === 'document:cv')?.done ? true : undefined,
    );
  });

  it("opens a draft's status: a draft in intake with what is missing, not yet known to the other services", async () => {
    const response = await intake(`/cases/${demoCase}/status`, officer, { headers: { 'x-purpose': 'case-handling' } });
    expect(response.status).toBe(200);
    const status = (await response.json()) as {
      caseId: string;
      services: Record<string, { stage: string; details: { checklist: Array<{ item: string; done: boolean }> } } | null>;
    };
    expect(status.caseId).toBe(demoCase);
    expect(status.services.intake?.stage).toBe('draft');
    expect(status.services.intake?.details.checklist.some((i) => i.item === 'document:qualification' && !i.done)).toBe(true);
    expect(status.services).toMatchObject({ eligibility: null, 'committee-review': null, 'partner-allocation': null, feedback: null });
    expect((await intake(`/cases/${demoCase}/status?purpose=case-handling`, officer)).status).toBe(200);
  });

  it("answers another tenant's draft exactly like a missing one, in the queue and the status", async () => {
    const awj = await platform.token('awj', ['relations-officer']);
    const [theirs, none] = [
      await intake(`/cases/${demoCase}/status?purpose=case-handling`, awj),
      await intake(`/cases/${randomUUID()}/status?purpose=case-handling`, awj),
    ];
    expect(theirs.status).toBe(404);
    expect(none.status).toBe(404);
    expect(await bodyWithoutCorrelation(theirs)).toEqual(await bodyWithoutCorrelation(none));
    expect((await draftsOf(awj)).map((d) => d.caseId)).not.toEqual(expect.arrayContaining([demoCase]));
  });

  it('shows an applicant only the drafts their account opened', async () => {
    expect((await draftsOf(applicantToken)).map((d) => d.caseId)).toEqual([applicantCase]);
    const someoneElse = (await platform.newPerson('tuwaiq', ['applicant'])).token;
    expect(await draftsOf(someoneElse)).toEqual([]);
  });

  it('keeps personal data out of the queue: no name or national ID in clear in any read model', async () => {
    const { databases } = await mongo.db().admin().listDatabases();
    const found: string[] = [];
    for (const { name } of databases.filter((d) => d.name.startsWith(`${platform.instance}_`))) {
      for (const collection of await mongo.db(name).listCollections().toArray()) {
        const text = JSON.stringify(await mongo.db(name).collection(collection.name).find({}).toArray());
        found.push(...[demoName, demoNationalId].filter((secret) => text.includes(secret)).map((secret) => `${name}.${collection.name}: ${secret}`));
      }
    }
    expect(found).toEqual([]);
  });
});
