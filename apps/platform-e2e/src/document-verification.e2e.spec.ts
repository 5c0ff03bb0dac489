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
  details?: Array<{ ar: string; en: string }>;
}

describe('document verification by role (Tuwaiq 6-2), researcher override, what-if, and telling the applicant (6-3)', () => {
  const platform = PlatformUnderTest.current();
  let officer: string;
  let researcher: string;
  let relations: string;
  let submitted: Awaited<ReturnType<typeof submitTuwaiqTraining>>;

  const get = (path: string, token: string, context: 'eligibility' | 'intake' | 'committee-review' = 'eligibility') =>
    fetch(`${platform.url(context)}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const post = (path: string, token: string, body: unknown) =>
    fetch(`${platform.url('eligibility')}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const queue = async (role: string, token: string, status = 'open'): Promise<WorkItem[]> =>
    ((await (await get(`/work-queues/${role}?status=${status}&limit=100`, token)).json()) as { items: WorkItem[] }).items;
  const outboxFor = async (caseNumber: string): Promise<string[]> =>
    ((await (await get('/notifications/outbox?limit=200', relations, 'intake')).json()) as { items: Array<{ body: string }> }).items
      .map((m) => m.body)
      .filter((b) => b.includes(caseNumber));
  /** Eligibility's part of the case status staff read (intake's GET /cases/{id}/status, the researcher's view). */
  const eligibilityStatus = async (caseId: string, token: string): Promise<{ stage: string; details: Record<string, unknown> } | undefined> => {
    const response = await fetch(`${platform.url('intake')}/cases/${caseId}/status`, {
      headers: { authorization: `Bearer ${token}`, 'x-purpose': 'eligibility-review' },
    });
    if (response.status !== 200) return undefined;
    return (
      ((await response.json()) as { services: { eligibility: { stage: string; details: Record<string, unknown> } | null } }).services.eligibility ?? undefined
    );
  };
  const documentOf = (type: string) => submitted.documents.find((d) => d.documentType === type)!.documentId;
  const committeeVote = async (caseId: string, userId: string, vote: 'accept' | 'reject') =>
    fetch(`${platform.url('committee-review')}/reviews/${caseId}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await platform.tokenFor('tuwaiq', userId, ['committee-member'])}`, 'content-type': 'application/json' },
      body: JSON.stringify({ vote, reasonId: vote === 'accept' ? 'meets-conditions' : 'conditions-not-met' }),
    });
  /** The vote's status once the committee has the case (404 before) and has learnt the verifications (409 documents-not-verified before). */
  const untilCommitteeReady = async (response: Response): Promise<number | undefined> => {
    if (response.status === 404) return undefined;
    if (response.status === 409 && ((await response.json()) as { code: string }).code === 'documents-not-verified') return undefined;
    return response.status;
  };

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
    const { value } = await eventually(async () =>
      (await queue('services-officer', officer, 'done')).find((item) => item.documentId === documentOf('national-id')),
    );
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

    // The researcher's view of the case shows the override, not the assessment it replaced.
    const { value: status } = await eventually(async () => {
      const seen = await eligibilityStatus(submitted.caseId, researcher);
      return seen?.stage === 'overridden-eligible' ? seen : undefined;
    });
    expect(status.details).toMatchObject({
      outcome: 'eligible',
      assessedOutcome: 'not-eligible',
      override: { from: 'not-eligible', to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء العقد' },
    });
    // The committee reviewing it reads the decision as it stands, who overrode it and why.
    const member = await platform.tokenFor('tuwaiq', 'tuwaiq-member-1', ['committee-member']);
    const { value: queued } = await eventually(async () => {
      const items = (
        (await (await get('/committee/queue?limit=200', member, 'committee-review')).json()) as {
          items: Array<{ caseId: string; eligibility: Record<string, unknown> | null }>;
        }
      ).items;
      const mine = items.find((item) => item.caseId === submitted.caseId);
      return mine?.eligibility?.stage === 'overridden-eligible' ? mine : undefined;
    });
    expect(queued.eligibility).toMatchObject({
      outcome: 'eligible',
      assessedOutcome: 'not-eligible',
      override: { to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء العقد' },
    });
  });

  it('shows which current cases a draft version would decide differently, and refuses a draft that judges on an undeclared attribute', async () => {
    const admin = await platform.token('tuwaiq', ['tenant-admin']);
    const { reviewsDue, ...current } = (await (await get('/eligibility/policy', admin)).json()) as {
      reviewsDue: unknown[];
      version: number;
      approval: { session: string };
      services: Record<string, { targetGroups: string[]; criteria: Array<{ id: string; value: unknown }> }>;
    };
    expect(current.version).toBe(1);
    // Another file triggers Tuwaiq's yearly review schedule (applicant-messages.e2e): any review due is of version 1.
    expect((reviewsDue as Array<{ eligibilityPolicyVersion: number }>).every((due) => due.eligibilityPolicyVersion === 1)).toBe(true);
    expect(current.approval.session.length).toBeGreaterThan(0);
    const training = current.services['job-seeker-training'];
    const draft = {
      ...current,
      version: 2,
      status: 'draft',
      approval: null,
      effectiveFrom: '2027-01-01T00:00:00Z',
      services: {
        'job-seeker-training': {
          ...training,
          criteria: training.criteria.map((c) => (c.id === 'job-seeker' ? { ...c, operator: 'in', value: ['job-seeker', 'employed'] } : c)),
        },
      },
    };
    const { value: compared } = await eventually(async () => {
      const response = await post('/eligibility/policy/what-if', admin, draft);
      const result = (await response.json()) as {
        truncated: boolean;
        compared: number;
        total: number;
        limit: number;
        changes: Array<{
          caseId: string;
          caseNumber: string | null;
          from: string;
          to: string;
          criteria: Array<{ criterionId: string; before: { met: boolean } | null; after: { met: boolean } | null }>;
        }>;
      };
      const change = result.changes.find((c) => c.caseId === submitted.caseId && c.from === 'not-eligible' && c.to === 'eligible');
      return change ? { result, change } : undefined;
    });
    // The board reads the case by its number and the criterion that changes; the comparison was not cut.
    expect(compared.change.caseNumber).toBe(submitted.caseNumber);
    expect(compared.change.criteria).toEqual([
      { criterionId: 'job-seeker', before: expect.objectContaining({ met: false }), after: expect.objectContaining({ met: true }) },
    ]);
    expect(compared.result).toMatchObject({ truncated: false, limit: 5000 });
    expect(compared.result.compared).toBe(compared.result.total);
    const biased = {
      ...draft,
      services: { 'job-seeker-training': { ...training, criteria: [...training.criteria, { ...training.criteria[0], id: 'gender', attribute: 'gender' }] } },
    };
    const refused = await post('/eligibility/policy/what-if', admin, biased);
    expect(refused.status).toBe(422);
    const problems = ((await refused.json()) as { fields: Array<{ field: string; reasons: Array<{ en: string }> }> }).fields;
    expect(problems).toEqual([
      { field: 'services.job-seeker-training.gender', reasons: [expect.objectContaining({ en: expect.stringContaining('"gender" is not declared') })] },
    ]);
    expect((await post('/eligibility/policy/what-if', officer, draft)).status).toBe(403);
  });

  it('raises a re-verification task before a document expires, and the periodic review lapses a beneficiary the committee accepted whose document expired: researcher task, beneficiary told', async () => {
    const eligible = await submitTuwaiqTraining(platform, relations, { qualification: 'diploma', employmentStatus: 'job-seeker' });
    const nationalId = eligible.documents.find((d) => d.documentType === 'national-id')!.documentId;
    await eventually(async () => ((await queue('services-officer', officer)).some((item) => item.documentId === nationalId) ? true : undefined));
    // Valid 30 days and 3 seconds: the 30-day lead time puts the re-verification 3 seconds away.
    const validUntil = new Date(Date.now() + 30 * 86_400_000 + 3000).toISOString();
    expect(
      (await post(`/cases/${eligible.caseId}/documents/${nationalId}/verification`, officer, { decision: 'verified', method: 'original-sighted', validUntil }))
        .status,
    ).toBe(200);
    const { value: expiring } = await eventually(async () =>
      (await queue('services-officer', officer)).find((item) => item.documentId === nationalId && item.reason === 'expiring'),
    );
    expect(expiring).toMatchObject({ status: 'open', kind: 'document-verification', dueBy: validUntil });

    // Her other documents are verified, the CV with an expiry 2 seconds away (it will have expired by the
    // periodic review); the committee votes once they are (Tuwaiq 6-2).
    const cv = eligible.documents.find((d) => d.documentType === 'cv')!.documentId;
    for (const other of eligible.documents.filter((d) => d.documentType === 'national-address' || d.documentType === 'qualification')) {
      expect(
        (await post(`/cases/${eligible.caseId}/documents/${other.documentId}/verification`, officer, { decision: 'verified', method: 'original-sighted' }))
          .status,
      ).toBe(200);
    }
    const soon = new Date(Date.now() + 2000).toISOString();
    expect(
      (await post(`/cases/${eligible.caseId}/documents/${cv}/verification`, officer, { decision: 'verified', method: 'copy-compared', validUntil: soon }))
        .status,
    ).toBe(200);

    // The committee accepts her (quorum 2: two members vote accept), so she is a beneficiary under periodic review.
    const { value: first } = await eventually(async () => untilCommitteeReady(await committeeVote(eligible.caseId, 'tuwaiq-member-1', 'accept')));
    expect(first).toBe(201);
    expect((await committeeVote(eligible.caseId, 'tuwaiq-member-2', 'accept')).status).toBe(201);

    // The CV has since expired: let it pass, run the tenant's schedule now.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      await new Client({ connection }).schedule.getHandle(reverificationScheduleId(platform.instance, 'tuwaiq')).trigger();
    } finally {
      await connection.close();
    }
    const { value: followUp } = await eventually(async () =>
      (await queue('social-researcher', researcher)).find((item) => item.caseId === eligible.caseId && item.kind === 'eligibility-lapsed'),
    );
    expect(followUp.details?.map((d) => d.en)).toContain('document expired: CV');
    // Her case's status says lapsed, with the reason, no longer assessed-eligible.
    const { value: lapsed } = await eventually(async () => {
      const seen = await eligibilityStatus(eligible.caseId, researcher);
      return seen?.stage === 'lapsed' ? seen : undefined;
    });
    expect((lapsed.details.review as { reasons: Array<{ en: string }> }).reasons.map((r) => r.en)).toContain('document expired: CV');
    await eventually(async () =>
      (await outboxFor(eligible.caseNumber)).some((body) => body.includes('انتهت صلاحية المستند: السيرة الذاتية')) ? true : undefined,
    );
  });

  it('refuses a committee vote while required documents await verification, naming them (409, Tuwaiq 6-2); accepts after verification; the decision closes the task still open, with the reason', async () => {
    // A second qualification certificate: one verified qualification satisfies the requirement, the other stays open.
    const applicant = await submitTuwaiqTraining(platform, relations, { qualification: 'diploma', employmentStatus: 'job-seeker' }, ['qualification']);
    const ids = (type: string) => applicant.documents.filter((d) => d.documentType === type).map((d) => d.documentId);
    const [firstQualification, secondQualification] = ids('qualification');
    await eventually(async () =>
      (await queue('services-officer', officer)).filter((item) => item.caseId === applicant.caseId).length === 5 ? true : undefined,
    );

    const { value: refused } = await eventually(async () => {
      const response = await committeeVote(applicant.caseId, 'tuwaiq-member-1', 'accept');
      return response.status === 404 ? undefined : response; // until the committee has the case
    });
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as {
      code: string;
      message: { ar: string; en: string };
      fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
    };
    expect(body.code).toBe('documents-not-verified');
    expect(body.message.ar).toContain('طويق 6-2');
    expect(body.message.en).toContain('national-id, national-address, cv, qualification');
    expect(body.fields.map((f) => f.field).sort()).toEqual(
      [
        ...['national-id', 'national-address', 'cv'].map((t) => `documents.${t}.${ids(t)[0]}`),
        `documents.qualification.${firstQualification}`,
        `documents.qualification.${secondQualification}`,
      ].sort(),
    );
    expect(body.fields.find((f) => f.field.startsWith('documents.national-id'))!.reasons[0]).toEqual({
      ar: 'الهوية الوطنية: بانتظار التحقق منه',
      en: 'national-id is awaiting verification',
    });
    // Nothing was recorded: the review has no vote.
    const review = (await (await get(`/reviews/${applicant.caseId}`, relations, 'committee-review')).json()) as { votes: unknown[] };
    expect(review.votes).toEqual([]);

    for (const documentId of [...ids('national-id'), ...ids('national-address'), ...ids('cv'), firstQualification]) {
      expect(
        (await post(`/cases/${applicant.caseId}/documents/${documentId}/verification`, officer, { decision: 'verified', method: 'original-sighted' })).status,
      ).toBe(200);
    }
    const { value: accepted } = await eventually(async () => untilCommitteeReady(await committeeVote(applicant.caseId, 'tuwaiq-member-1', 'accept')));
    expect(accepted).toBe(201);
    const deciding = await committeeVote(applicant.caseId, 'tuwaiq-member-2', 'accept');
    expect(deciding.status).toBe(201);
    expect(((await deciding.json()) as { decision: { outcome: string } }).decision.outcome).toBe('accepted');

    // The decision closes the second qualification's task: gone from the open queue, done with the reason.
    await eventually(async () => ((await queue('services-officer', officer)).some((item) => item.caseId === applicant.caseId) ? undefined : true));
    const closed = (await queue('services-officer', officer, 'done')).find((item) => item.documentId === secondQualification)! as WorkItem & {
      details: Array<{ ar: string; en: string }>;
    };
    expect(closed).toMatchObject({ status: 'done', outcome: { decision: 'closed', by: 'committee-review', reason: 'case-decided:accepted' } });
    expect(closed.details).toEqual([{ ar: 'أُغلقت المهمة: قبلت اللجنة الطلب', en: 'Closed: the committee accepted the request' }]);
    // It cannot be verified any more: no task waits for it.
    expect(
      (await post(`/cases/${applicant.caseId}/documents/${secondQualification}/verification`, officer, { decision: 'verified', method: 'original-sighted' }))
        .status,
    ).toBe(409);
  });
});
