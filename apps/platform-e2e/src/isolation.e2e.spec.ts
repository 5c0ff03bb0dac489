import { randomUUID } from 'node:crypto';
import { BOUNDED_CONTEXTS, type BoundedContext } from '@athar/contracts';
import { PERSON_ROLES, permissionRows, type PermissionRow } from '@athar/identity';
import { applicationBody, bodyWithoutCorrelation, eventually, newNationalId, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';

jest.setTimeout(120_000);


/**
 * Issue 6, isolation: every endpoint of every service, called with another tenant's credentials (all
 * roles, so the role guard lets it through) on tenant A's real records, answers exactly as it does for
 * records that do not exist, 404 for every read; and no list of tenant B shows anything of tenant A.
 */
describe("tenant isolation: tenant B's credentials on tenant A's records, generated over every endpoint", () => {
  const platform = PlatformUnderTest.current();
  let rows: PermissionRow[];
  const real: Record<string, string> = {};
  const secrets: string[] = [];
  let intruder: string;

  beforeAll(async () => {
    rows = [];
    for (const context of BOUNDED_CONTEXTS) rows.push(...permissionRows(context, (await (await fetch(`${platform.url(context)}/docs-json`)).json()) as never));
    const staff = await platform.token('tuwaiq', ['relations-officer', 'social-researcher']);
    const submitted = await submitTuwaiqTraining(platform, staff, { qualification: 'bachelor', employmentStatus: 'job-seeker' });
    real.caseId = submitted.caseId;
    real.documentId = submitted.documents[0].documentId;
    const post = (path: string, body: unknown) =>
      fetch(`${platform.url('intake')}${path}`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    real.inquiryId = ((await (await post('/inquiries', { channel: 'phone', question: 'ما المستندات المطلوبة؟' })).json()) as { inquiryId: string }).inquiryId;
    const person = { fullName: 'منى الدوسري', nationalId: newNationalId(), mobile: '0512345678' };
    real.referralId = ((await (await post('/referrals', { target: { kind: 'external', name: 'جمعية خارجية' }, requestedService: 'استشارة', reason: 'خارج الاختصاص', applicant: person, consentedFields: ['fullName'] })).json()) as { referralId: string }).referralId;
    secrets.push(submitted.caseId, submitted.caseNumber, real.inquiryId, real.referralId, person.nationalId);
    // Every service has seen the case before tenant B looks.
    await eventually(async () => ((await fetch(`${platform.url('feedback')}/cases/${submitted.caseId}`, { headers: { authorization: `Bearer ${staff}` } })).status === 200 ? true : undefined));
    intruder = await platform.token('quwayiyah', [...PERSON_ROLES]);
  });

  const call = (row: PermissionRow, ids: (name: string) => string) =>
    fetch(`${platform.url(row.service as BoundedContext)}${row.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'role' ? 'social-researcher' : ids(name)))}`, {
      method: row.method,
      headers: { authorization: `Bearer ${intruder}`, 'content-type': 'application/json', 'x-purpose': 'case-handling' },
      body: row.method === 'GET' ? undefined : '{}',
    });

  it("answers A's real records exactly as records that do not exist: 404 for every read, nothing revealed", async () => {
    const withIds = rows.filter((row) => row.allowed !== 'public' && /\{(caseId|documentId|inquiryId|referralId)\}/.test(row.path));
    expect(withIds.length).toBeGreaterThanOrEqual(10);
    const differences: string[] = [];
    for (const row of withIds) {
      const onReal = await call(row, (name) => real[name] ?? randomUUID());
      const onMissing = await call(row, (name) => (name === 'documentId' ? 'a1b2c3d4e5f60718293a4b5c' : randomUUID()));
      const [realBody, missingBody] = [await bodyWithoutCorrelation(onReal), await bodyWithoutCorrelation(onMissing)];
      if (onReal.status !== onMissing.status || JSON.stringify(realBody) !== JSON.stringify(missingBody)) differences.push(`${row.method} ${row.path} (${row.service}): ${onReal.status} vs ${onMissing.status}`);
      if (row.method === 'GET' && onReal.status !== 404) differences.push(`${row.method} ${row.path} (${row.service}): read answered ${onReal.status}, not 404`);
      if (secrets.some((secret) => JSON.stringify(realBody).includes(secret) && !row.path.includes('{'))) differences.push(`${row.path} echoes a secret`);
    }
    expect(differences).toEqual([]);
  });

  it("shows nothing of tenant A in any of tenant B's lists and queues", async () => {
    const lists = rows.filter((row) => row.allowed !== 'public' && row.method === 'GET' && !row.path.includes('{') && !/^\/(health|metrics)/.test(row.path));
    expect(lists.length).toBeGreaterThanOrEqual(5);
    const leaks: string[] = [];
    for (const row of lists) {
      const text = await (await call(row, () => '')).text();
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${row.path} (${row.service}) shows ${secret}`);
    }
    for (const role of ['services-officer', 'social-researcher']) {
      const text = await (await fetch(`${platform.url('eligibility')}/work-queues/${role}?limit=100`, { headers: { authorization: `Bearer ${intruder}` } })).text();
      if (text.includes(real.caseId)) leaks.push(`/work-queues/${role} shows the case`);
    }
    expect(leaks).toEqual([]);
  });
});

describe('an applicant sees only their own cases (issue 6, within one tenant)', () => {
  const platform = PlatformUnderTest.current();

  it("answers another applicant's case like a missing one, on every applicant endpoint that takes a case", async () => {
    const [owner, other, staff] = await Promise.all([
      platform.tokenFor('awj', `applicant-${randomUUID()}`, ['applicant']),
      platform.tokenFor('awj', `applicant-${randomUUID()}`, ['applicant']),
      platform.token('awj', ['relations-officer']),
    ]);
    const created = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...applicationBody('member-service', 'website', 'هند سعد المطيري'), applicant: { fullName: 'هند سعد المطيري', nationalId: newNationalId(), mobile: '0512345678' } }),
    });
    expect(created.status).toBe(201);
    const { caseId } = (await created.json()) as { caseId: string };
    const missing = randomUUID();
    const read = (id: string, token: string) => fetch(`${platform.url('intake')}/applications/${id}`, { headers: { authorization: `Bearer ${token}`, 'x-purpose': 'beneficiary-request' } });
    expect((await read(caseId, owner)).status).toBe(200);
    expect((await read(caseId, staff)).status).toBe(200);
    const [theirs, none] = [await read(caseId, other), await read(missing, other)];
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect(await bodyWithoutCorrelation(theirs)).toEqual(await bodyWithoutCorrelation(none));

    const form = () => {
      const data = new FormData();
      data.append('documentType', 'cv');
      data.append('file', new Blob([Buffer.from('%PDF-1.7\n%%EOF\n')]), 'cv.pdf');
      return data;
    };
    expect((await fetch(`${platform.url('intake')}/applications/${caseId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${other}` }, body: form() })).status).toBe(404);
    const reconsider = (token: string) =>
      fetch(`${platform.url('committee-review')}/reviews/${caseId}/reconsideration`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ grounds: 'أرفقت المستند' }) });
    // Once the committee has the case, its owner is heard (409: nothing rejected to reconsider yet) and another applicant is not.
    const { value: ownerStatus } = await eventually(async () => {
      const status = (await reconsider(owner)).status;
      return status === 404 ? undefined : status;
    });
    expect(ownerStatus).toBe(409);
    expect((await reconsider(other)).status).toBe(404);
  });
});
