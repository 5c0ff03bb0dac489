import { Client, Connection } from '@temporalio/client';
import { reverificationScheduleId } from '@athar/workflows';
import { eventually, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';

jest.setTimeout(90_000);

interface WorkItem {
  kind: string;
  role: string;
  status: string;
  caseId: string;
  documentId: string | null;
  documentType: string | null;
  reason: string;
  outcome: { decision: string; by: string; method?: string; reason?: string | null; validUntil?: string | null } | null;
}

describe('document verification by role (Tuwaiq 6-2), researcher override, what-if, and telling the applicant (6-3)', () => {
  const platform = PlatformUnderTest.current();
  let officer: string;
  let researcher: string;
  let relations: string;
  let submitted: Awaited<ReturnType<typeof submitTuwaiqTraining>>;

  const get = (path: string, token: string, context: 'eligibility' | 'intake' | 'committee-review' = 'eligibility') => fetch(`${platform.url(context)}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const post = (path: string, token: string, body: unknown) =>
    fetch(`${platform.url('eligibility')}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const queue = async (role: string, token: string, status = 'open'): Promise<WorkItem[]> => ((await (await get(`/work-queues/${role}?status=${status}&limit=100`, token)).json()) as { items: WorkItem[] }).items;
  const outboxFor = async (caseNumber: string): Promise<string[]> =>
    ((await (await get('/notifications/outbox?limit=200', relations, 'intake')).json()) as { items: Array<{ body: string }> }).items.map((m) => m.body).filter((b) => b.includes(caseNumber));
  const documentOf = (type: string) => submitted.documents.find((d) => d.documentType === type)!.documentId;

  beforeAll(async () => {
    [officer, researcher, relations] = await Promise.all([
      platform.token('tuwaiq', ['services-officer']),
      platform.token('tuwaiq', ['social-researcher']),
      platform.token('tuwaiq', ['relations-officer']),
    ]);
    submitted = await submitTuwaiqTraining(platform, relations, { qualification: 'bachelor', employmentStatus: 'employed' });
  });

  it("puts every attached document in the services officer's queue, and keeps other roles and tenants out", async () => {
    const { value } = await eventually(async () => {
      const mine = (await queue('services-officer', officer)).filter((item) => item.caseId === submitted.caseId);
      return mine.length === 4 ? mine : undefined;
    });
    expect(value.map((item) => item.documentType).sort()).toEqual(['cv', 'national-address', 'national-id', 'qualification']);
    expect(value.every((item) => item.kind === 'document-verification' && item.reason === 'attached')).toBe(true);
    expect((await get('/work-queues/services-officer', researcher)).status).toBe(403);
    const stranger = await platform.token('awj', ['services-officer']);
    expect((await queue('services-officer', stranger)).some((item) => item.caseId === submitted.caseId)).toBe(false);
  });

  it('records the verification with its method, verifier and expiry; a second decision gets 409; the other role 403; another tenant 404', async () => {
    const path = `/cases/${submitted.caseId}/documents/${documentOf('national-id')}/verification`;
    expect((await post(path, researcher, { decision: 'verified', method: 'government-platform' })).status).toBe(403);
    expect((await post(path, await platform.token('awj', ['services-officer']), { decision: 'verified', method: 'government-platform' })).status).toBe(404);
    const verified = await post(path, officer, { decision: 'verified', method: 'government-platform', validUntil: '2031-01-01T00:00:00Z' });
    expect(verified.status).toBe(200);
    expect(await verified.json()).toMatchObject({ method: 'government-platform', role: 'services-officer', validUntil: '2031-01-01T00:00:00Z' });
    const again = await post(path, officer, { decision: 'verified', method: 'government-platform' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('document-not-awaiting-verification');
    const { value } = await eventually(async () => (await queue('services-officer', officer, 'done')).find((item) => item.documentId === documentOf('national-id')));
    expect(value.outcome).toMatchObject({ decision: 'verified', method: 'government-platform', validUntil: '2031-01-01T00:00:00Z' });
  });

  it('refuses a rejection without a reason field by field, then records one and tells the applicant why', async () => {
    const path = `/cases/${submitted.caseId}/documents/${documentOf('cv')}/verification`;
    const bad = await post(path, officer, { decision: 'rejected', method: 'telepathy' });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field).sort();
    expect(fields).toEqual(['method', 'reason']);
    expect((await post(path, officer, { decision: 'rejected', method: 'copy-compared', reason: 'الملف لا يحتوي على سيرة ذاتية' })).status).toBe(200);
    await eventually(async () => ((await outboxFor(submitted.caseNumber)).some((body) => body.includes('الملف لا يحتوي على سيرة ذاتية')) ? true : undefined));
  });

  it('tells the not-eligible applicant why (Tuwaiq 6-3), and a researcher override with its reason sends the case to the committee', async () => {
    await eventually(async () => ((await outboxFor(submitted.caseNumber)).some((body) => body.includes('للباحثين عن عمل')) ? true : undefined));
    const path = `/cases/${submitted.caseId}/eligibility/override`;
    expect((await post(path, officer, { to: 'eligible', reason: 'field visit showed the job ended' })).status).toBe(403);
    const short = await post(path, researcher, { to: 'eligible', reason: 'ok' });
    expect(short.status).toBe(422);
    expect(((await short.json()) as { fields: Array<{ field: string }> }).fields[0].field).toBe('reason');
    const overridden = await post(path, researcher, { to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء العقد' });
    expect(overridden.status).toBe(200);
    expect(await overridden.json()).toMatchObject({ from: 'not-eligible', to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء العقد' });
    expect((await post(path, researcher, { to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء العقد' })).status).toBe(409);
    await eventually(async () => {
      const response = await get(`/cases/${submitted.caseId}`, relations, 'committee-review');
      return response.status === 200 && ((await response.json()) as { stage: string }).stage === 'under-review' ? true : undefined;
    });
  });

  it('shows which current cases a draft version would decide differently, and refuses a draft that judges on an undeclared attribute', async () => {
    const admin = await platform.token('tuwaiq', ['tenant-admin']);
    const { reviewsDue, ...current } = (await (await get('/eligibility/policy', admin)).json()) as { reviewsDue: unknown[]; version: number; approval: { session: string }; services: Record<string, { targetGroups: string[]; criteria: Array<{ id: string; value: unknown }> }> };
    expect(current.version).toBe(1);
    expect(reviewsDue).toEqual([]);
    expect(current.approval.session.length).toBeGreaterThan(0);
    const training = current.services['job-seeker-training'];
    const draft = {
      ...current,
      version: 2,
      status: 'draft',
      approval: null,
      effectiveFrom: '2027-01-01T00:00:00Z',
      services: { 'job-seeker-training': { ...training, criteria: training.criteria.map((c) => (c.id === 'job-seeker' ? { ...c, operator: 'in', value: ['job-seeker', 'employed'] } : c)) } },
    };
    await eventually(async () => {
      const response = await post('/eligibility/policy/what-if', admin, draft);
      const result = (await response.json()) as { changes: Array<{ caseId: string; from: string; to: string }> };
      return result.changes.some((c) => c.caseId === submitted.caseId && c.from === 'not-eligible' && c.to === 'eligible') ? true : undefined;
    });
    const biased = { ...draft, services: { 'job-seeker-training': { ...training, criteria: [...training.criteria, { ...training.criteria[0], id: 'gender', attribute: 'gender' }] } } };
    const refused = await post('/eligibility/policy/what-if', admin, biased);
    expect(refused.status).toBe(422);
    const problems = ((await refused.json()) as { fields: Array<{ field: string; reasons: Array<{ en: string }> }> }).fields;
    expect(problems).toEqual([{ field: 'services.job-seeker-training.gender', reasons: [expect.objectContaining({ en: expect.stringContaining('"gender" is not declared') })] }]);
    expect((await post('/eligibility/policy/what-if', officer, draft)).status).toBe(403);
  });

  it('raises a re-verification task before a document expires, and the periodic review lapses a beneficiary the committee accepted whose document expired: researcher task, beneficiary told', async () => {
    const eligible = await submitTuwaiqTraining(platform, relations, { qualification: 'diploma', employmentStatus: 'job-seeker' });
    const nationalId = eligible.documents.find((d) => d.documentType === 'national-id')!.documentId;
    await eventually(async () => ((await queue('services-officer', officer)).some((item) => item.documentId === nationalId) ? true : undefined));
    // Valid 30 days and 3 seconds: the 30-day lead time puts the re-verification 3 seconds away.
    const validUntil = new Date(Date.now() + 30 * 86_400_000 + 3000).toISOString();
    expect((await post(`/cases/${eligible.caseId}/documents/${nationalId}/verification`, officer, { decision: 'verified', method: 'original-sighted', validUntil })).status).toBe(200);
    const { value: expiring } = await eventually(async () => (await queue('services-officer', officer)).find((item) => item.documentId === nationalId && item.reason === 'expiring'));
    expect(expiring).toMatchObject({ status: 'open', kind: 'document-verification' });
    expect((await (await get(`/work-queues/services-officer?status=open`, officer)).json()) as { items: Array<{ dueBy: string | null; documentId: string }> }).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ documentId: nationalId, dueBy: validUntil })]),
    });

    // The committee accepts her (quorum 2: two members vote accept), so she is a beneficiary under periodic review.
    const vote = async (userId: string) =>
      fetch(`${platform.url('committee-review')}/reviews/${eligible.caseId}/votes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await platform.tokenFor('tuwaiq', userId, ['committee-member'])}`, 'content-type': 'application/json' },
        body: JSON.stringify({ vote: 'accept', reasonId: 'meets-conditions' }),
      });
    const { value: first } = await eventually(async () => {
      const response = await vote('tuwaiq-member-1');
      return response.status === 404 ? undefined : response.status; // until the committee has the case
    });
    expect(first).toBe(201);
    expect((await vote('tuwaiq-member-2')).status).toBe(201);

    // A document that has since expired: verify the CV with an expiry 2 seconds away, let it pass, run the tenant's schedule now.
    const cv = eligible.documents.find((d) => d.documentType === 'cv')!.documentId;
    const soon = new Date(Date.now() + 2000).toISOString();
    expect((await post(`/cases/${eligible.caseId}/documents/${cv}/verification`, officer, { decision: 'verified', method: 'copy-compared', validUntil: soon })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      await new Client({ connection }).schedule.getHandle(reverificationScheduleId(platform.instance, 'tuwaiq')).trigger();
    } finally {
      await connection.close();
    }
    const { value: followUp } = await eventually(async () => (await queue('social-researcher', researcher)).find((item) => item.caseId === eligible.caseId && item.kind === 'eligibility-lapsed'));
    expect((followUp as unknown as { details: Array<{ en: string }> }).details.map((d) => d.en)).toContain('document expired: CV');
    await eventually(async () => ((await outboxFor(eligible.caseNumber)).some((body) => body.includes('انتهت صلاحية المستند: السيرة الذاتية')) ? true : undefined));
  });
});
