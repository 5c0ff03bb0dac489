import { Client, Connection } from '@temporalio/client';
import { reviewTimelineWorkflowId, serviceDeliveryWorkflowId } from '@athar/workflows';
import { applicationBody, bodyWithoutCorrelation, DELIVERY_DAY_MS, eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(120_000);

// The tenant of 002 (general-assembly-002): committee research-committee, chair + two members +
// secretary, quorum 2, reconsideration within 30 days for one further round (its policy file).
const TENANT = 'general-assembly-002';
const MEMBER = { chair: `${TENANT}-chair`, first: `${TENANT}-member-1`, second: `${TENANT}-member-2`, secretary: `${TENANT}-secretary` };

interface QueueItem {
  caseId: string;
  stage: string;
  deadline: string;
  committeeId: string;
  eligibility: { outcome: string; criteria: Array<{ criterionId: string; met: boolean; reason: { ar: string; en: string } }> } | null;
  verifiedDocuments: unknown[];
}

describe('committee review: from submission to a decision the applicant is told about', () => {
  const platform = PlatformUnderTest.current();
  const url = (path: string) => `${platform.url('committee-review')}${path}`;
  let officer: string;
  const member = (userId: string) => platform.tokenFor(TENANT, userId, [userId.endsWith('-chair') ? 'committee-chair' : 'committee-member']);

  beforeAll(async () => {
    officer = await platform.token(TENANT, ['relations-officer']);
  });

  /** A complete request submitted at intake, waiting in the committee's queue. */
  async function caseUnderReview(): Promise<{ caseId: string; caseNumber: string }> {
    const r = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody('member-service', 'interview')),
    });
    expect(r.status).toBe(201);
    const receipt = (await r.json()) as { caseId: string; caseNumber: string };
    await eventually(async () => ((await get(`/reviews/${receipt.caseId}`, officer)).status === 200 ? true : undefined));
    return receipt;
  }

  const get = (path: string, token: string) => fetch(url(path), { headers: { authorization: `Bearer ${token}` } });
  const post = (path: string, token: string, body: unknown) =>
    fetch(url(path), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const vote = async (caseId: string, userId: string, body: unknown) => post(`/reviews/${caseId}/votes`, await member(userId), body);

  async function smsAbout(caseNumber: string, minimum = 1): Promise<string[]> {
    const { value } = await eventually(async () => {
      const r = await outboxSearch(platform, officer, '+966512345678');
      const bodies = ((await r.json()) as { items: Array<{ body: string }> }).items.map((m) => m.body).filter((b) => b.includes(caseNumber));
      return bodies.length >= minimum ? bodies : undefined;
    });
    return value;
  }

  it('lists the case in the queue by deadline with its eligibility explanation; a tie broken by the chair accepts it; the applicant is told why in Arabic and English; delivery opens', async () => {
    const { caseId, caseNumber } = await caseUnderReview();
    const chair = await member(MEMBER.chair);

    const { value: queue } = await eventually(async () => {
      const items = ((await (await get('/committee/queue?limit=200', chair)).json()) as { items: QueueItem[] }).items;
      const item = items.find((i) => i.caseId === caseId);
      return item?.eligibility ? items : undefined;
    });
    const item = queue.find((i) => i.caseId === caseId)!;
    expect(item).toMatchObject({ stage: 'under-review', committeeId: 'research-committee', eligibility: { outcome: 'eligible' } });
    expect(item.eligibility!.criteria.length).toBeGreaterThan(0);
    expect(item.eligibility!.criteria[0].reason.ar.length).toBeGreaterThan(0);
    const deadlines = queue.map((i) => Date.parse(i.deadline));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));

    const first = await vote(caseId, MEMBER.first, { vote: 'reject', reasonId: 'documents-insufficient', note: 'لم أجد ما يثبت العضوية' });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ round: 1, vote: 'reject', decision: null });
    const deciding = await post(`/reviews/${caseId}/votes`, chair, { vote: 'accept', reasonId: 'meets-conditions' });
    expect(deciding.status).toBe(201);
    expect(await deciding.json()).toMatchObject({
      decision: { outcome: 'accepted', tally: { accept: 1, reject: 1, quorum: 2, tieBrokenByChair: true }, reasons: [{ id: 'meets-conditions' }] },
    });

    const [told] = await smsAbout(`قبول طلبك رقم ${caseNumber}`);
    expect(told).toMatch(
      /قررت لجنة البحث قبول طلبك[\s\S]*الطلب مستوفٍ لشروط الخدمة[\s\S]*The Research committee accepted your request[\s\S]*meets the service's conditions/,
    );
    expect(told).not.toContain('لم أجد ما يثبت العضوية'); // a member's own note stays in the file

    const { value: view } = await eventually(async () => {
      const v = (await (await get(`/cases/${caseId}`, officer)).json()) as {
        stage: string;
        details: { programme?: { ar: string }; startsOn?: string; endsOn?: string };
      };
      return v.stage === 'in-delivery' ? v : undefined;
    });
    expect(view.details.programme?.ar).toBe('خدمات أعضاء الجمعية العمومية');
    expect(Date.parse(view.details.endsOn!) - Date.parse(view.details.startsOn!)).toBe(90 * DELIVERY_DAY_MS); // 90 programme days, shortened on the e2e platform

    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      const client = new Client({ connection });
      await eventually(async () =>
        (await client.workflow.getHandle(reviewTimelineWorkflowId(TENANT, caseId)).describe()).status.name === 'COMPLETED' ? true : undefined,
      );
      const timeline = await client.workflow.getHandle(reviewTimelineWorkflowId(TENANT, caseId)).describe();
      expect(timeline.typedSearchAttributes.get({ name: 'Stage', type: 'KEYWORD' } as never)).toBe('decided');
      const delivery = await eventually(async () => client.workflow.getHandle(serviceDeliveryWorkflowId(TENANT, caseId)).describe());
      expect(delivery.value.status.name).toBe('RUNNING');
      expect((delivery.value.typedSearchAttributes.get({ name: 'Deadline', type: 'DATETIME' } as never) as Date).toISOString()).toBe(view.details.endsOn);
    } finally {
      await connection.close();
    }
  });

  it('two final votes racing each other: exactly one decision, the other vote gets 409', async () => {
    const { caseId } = await caseUnderReview();
    expect((await vote(caseId, MEMBER.first, { vote: 'accept', reasonId: 'need-established' })).status).toBe(201);
    const [a, b] = await Promise.all([
      vote(caseId, MEMBER.second, { vote: 'accept', reasonId: 'meets-conditions' }),
      vote(caseId, MEMBER.chair, { vote: 'reject', reasonId: 'capacity-full' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = [a, b].find((r) => r.status === 409)!;
    expect(await loser.json()).toMatchObject({
      code: 'review-decided',
      message: { ar: expect.stringContaining('صدر قرار'), en: expect.stringContaining('already decided') },
    });
    const review = (await (await get(`/reviews/${caseId}`, officer)).json()) as { status: string; votes: unknown[] };
    expect(review.votes).toHaveLength(2);
    expect(['accepted', 'rejected']).toContain(review.status);
  });

  it('a member who declares a conflict of interest cannot vote on the case; the secretary does not vote', async () => {
    const { caseId } = await caseUnderReview();
    const declared = await post(`/reviews/${caseId}/conflicts-of-interest`, await member(MEMBER.first), { note: 'قريب لمقدم الطلب' });
    expect(declared.status).toBe(200);
    const refused = await vote(caseId, MEMBER.first, { vote: 'accept', reasonId: 'meets-conditions' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      code: 'recused',
      message: { ar: expect.stringContaining('تعارض مصالح'), en: expect.stringContaining('conflict of interest') },
    });
    const secretary = await post(`/reviews/${caseId}/votes`, await platform.tokenFor(TENANT, MEMBER.secretary, ['committee-member']), {
      vote: 'accept',
      reasonId: 'meets-conditions',
    });
    expect(secretary.status).toBe(403);
    const { value } = await eventually(async () => {
      const items = (
        (await (await get('/committee/queue?limit=200', await member(MEMBER.chair))).json()) as { items: Array<QueueItem & { recused: string[] }> }
      ).items;
      return items.find((i) => i.caseId === caseId && i.recused.length > 0);
    });
    expect(value.recused).toEqual([MEMBER.first]);
  });

  it('a rejected applicant is told the reasons and the reconsideration period, and is reviewed again in a second round with its own timeline', async () => {
    const { caseId, caseNumber } = await caseUnderReview();
    await vote(caseId, MEMBER.first, { vote: 'reject', reasonId: 'conditions-not-met' });
    const decided = await vote(caseId, MEMBER.second, { vote: 'reject', reasonId: 'documents-insufficient' });
    const { decision } = (await decided.json()) as { decision: { outcome: string; reconsiderationUntil: string } };
    expect(decision.outcome).toBe('rejected');
    const [told] = await smsAbout(`رفض طلبك رقم ${caseNumber}`);
    expect(told).toMatch(
      /غير مستوفٍ لشروط الخدمة؛ المستندات المقدمة لا تثبت الحالة[\s\S]*يمكنك طلب إعادة النظر حتى[\s\S]*You may ask for reconsideration until/,
    );

    const asked = await post(`/reviews/${caseId}/reconsideration`, officer, { grounds: 'أرفق المتقدم إثبات العضوية' });
    expect(asked.status).toBe(201);
    const round2 = (await asked.json()) as { round: number; deadline: string };
    expect(round2.round).toBe(2);
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      const client = new Client({ connection });
      const { value } = await eventually(async () => client.workflow.getHandle(reviewTimelineWorkflowId(TENANT, caseId, 2)).describe());
      expect(value.status.name).toBe('RUNNING');
      expect((value.typedSearchAttributes.get({ name: 'Deadline', type: 'DATETIME' } as never) as Date).toISOString()).toBe(round2.deadline);
    } finally {
      await connection.close();
    }
    // Round 2 is voted afresh; the request cannot be reconsidered twice while open.
    expect((await vote(caseId, MEMBER.first, { vote: 'accept', reasonId: 'meets-conditions' })).status).toBe(201);
    expect((await post(`/reviews/${caseId}/reconsideration`, officer, { grounds: 'مرة أخرى' })).status).toBe(409);
  });

  it('bad input gets field-level reasons in Arabic and English; another tenant’s case answers like a missing one', async () => {
    const { caseId } = await caseUnderReview();
    const bad = await vote(caseId, MEMBER.first, { vote: 'maybe', reasonId: 'Not A Slug', extra: 1 });
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }> };
    expect(body.fields.map((f) => f.field).sort()).toEqual(['extra', 'reasonId', 'vote']);
    expect(body.fields.every((f) => f.reasons.every((r) => r.ar && r.en))).toBe(true);
    const unknownReason = await vote(caseId, MEMBER.first, { vote: 'accept', reasonId: 'capacity-full' });
    expect(unknownReason.status).toBe(422);
    expect(await unknownReason.json()).toMatchObject({ code: 'reason-unknown', fields: [{ field: 'reasonId' }] });
    expect((await vote(caseId, 'someone-else', { vote: 'accept', reasonId: 'meets-conditions' })).status).toBe(403);
    expect((await post(`/reviews/${caseId}/votes`, officer, { vote: 'accept', reasonId: 'meets-conditions' })).status).toBe(403);

    const awjChair = await platform.tokenFor('awj', 'awj-chair', ['committee-chair']);
    const foreign = await post(`/reviews/${caseId}/votes`, awjChair, { vote: 'accept', reasonId: 'meets-conditions' });
    const missing = await post('/reviews/00000000-0000-4000-8000-000000000000/votes', awjChair, { vote: 'accept', reasonId: 'meets-conditions' });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(await bodyWithoutCorrelation(foreign)).toEqual(await bodyWithoutCorrelation(missing));
    const awjQueue = ((await (await get('/committee/queue?limit=200', awjChair)).json()) as { items: QueueItem[] }).items;
    expect(awjQueue.some((i) => i.caseId === caseId)).toBe(false);
  });
});
