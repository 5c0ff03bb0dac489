import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Pool } from 'pg';
import { scopedQuery } from '@athar/temporal-kit';
import { impactReportWorkflowId } from '@athar/workflows';
import { ALLOCATING, approvedShareOf, mobile, OTHER_PARTNER, requestBody, SERVICE, studyBody } from './partner-arrangements';

// The partner is Environment Madinah, not the Awj of the other partner specs: this spec approves rounds, and
// an approved share makes a partner "served before" in every later round of the association (ADR 0037),
// which would change the ranking the allocation-rounds spec checks on the same platform.
const PARTNER = 'environment-madinah';
const STRANGER = 'awj';
import { eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(300_000);

interface Agreement {
  agreementId: string;
  state: string;
  term: { startsOn: string; endsOn: string };
  reportsDue: string[];
}
interface Report {
  reportId: string;
  agreementId: string;
  allocatingTenantId: string;
  partner: { kind: string; tenantId: string | null };
  period: string;
  overdueAt: string;
  status: string;
  remindedAt: string | null;
  escalatedAt: string | null;
  submission: null | {
    beneficiaries: { direct: number; indirect: number };
    spentSar: number;
    allocationSar: number | null;
    overspent: boolean;
    submittedBy: { userId: string; tenantId: string; as: string };
    late: boolean;
  };
}
interface Evaluation {
  agreementId: string;
  partnerKey: string;
  overallScore: number;
  criteria: Array<{ criterion: string; score: number; comment: string }>;
  assessor: { userId: string; name: string };
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}
interface Refusal {
  code?: string;
  message?: { ar?: string; en?: string };
  fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
}
interface Ranked {
  partnerRequestId: string;
  partner: { kind: string; tenantId: string | null };
  factors: Array<{ factor: string; score: number; basis: { ar: string; en: string } }>;
}
interface Round {
  roundId: string;
  status: string;
  proposal: null | { ranking: Ranked[] };
}

/** The first day of a month counted from this one (UTC), as a term's start: the past lets timers fall due at once. */
const monthStart = (months: number): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
};
const partnerSignature = { name: 'نورة القحطاني', capacity: 'رئيسة مجلس الإدارة / Chair of the board', allocatingTenantId: ALLOCATING };
const outsideSignature = { name: 'سالم الدوسري', capacity: 'رئيس مجلس الإدارة / Chair of the board' };
const directorSignature = { name: 'عبدالله السبيعي', capacity: 'المدير التنفيذي / Executive director' };
const DAC = ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'];
const criteria = (scores: number[]) =>
  DAC.map((criterion, i) => ({ criterion, score: scores[i], comment: 'حققت الشراكة أهدافها / the partnership met its goals' }));
const evaluation = (patch: Record<string, unknown> = {}) => ({ criteria: criteria([4, 3, 3, 2, 4, 3]), assessorName: 'فهد الدوسري', evidence: [], ...patch });
const report = (period: string, patch: Record<string, unknown> = {}) => ({
  period,
  beneficiaries: { direct: 40, indirect: 120 },
  activities: ['ورشة تدريبية لأربعين متدربًا / a training workshop for forty trainees'],
  spentSar: 25000.5,
  evidence: [randomUUID()],
  allocatingTenantId: ALLOCATING,
  ...patch,
});

/**
 * Impact reports and the partnership's evaluation on the live platform (Tuwaiq, partner allocation 5;
 * docs/adr/0040): terms that started in the past so the report workflows' timers are already due when
 * the agreements take effect; the workflow (not the test) reminds and escalates.
 */
describe('impact reports and the evaluation: on time, overdue by the workflow, an outside body, the DAC evaluation feeding the next round', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  const tokens: Record<string, string> = {};
  const call = (path: string, token: string | undefined, init: { method?: string; body?: unknown; raw?: string; contentType?: string } = {}) =>
    fetch(`${platform.url('partner-allocation')}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': init.contentType ?? 'application/json' },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
  const post = (path: string, token: string, body: unknown) => call(path, token, { method: 'POST', body });
  const contact = { name: 'هدى الحربي', mobile: mobile(), email: `impact-${randomUUID().slice(0, 8)}@madinah.example` };
  const outsideContact = { name: 'سالم الدوسري', mobile: mobile() };
  /** The partner's agreement in force (a term started ten months ago: its first three periods are past their grace), its ended agreement, an outside body in force. */
  let current: Agreement;
  let ended: Agreement;
  let outside: Agreement;
  const reportsOf = async (agreementId: string, token = tokens.staff) =>
    ((await (await call(`/impact-reports?agreementId=${agreementId}`, token)).json()) as Page<Report>).items;
  const streamEvents = async (agreementIds: string[]) =>
    (
      await pool.query<{ n: string; last: string | null }>(
        `SELECT count(*)::text AS n, max(global_position)::text AS last FROM "${platform.instance}_events".events WHERE stream_id = ANY($1)`,
        [agreementIds.map((id) => `partner-allocation.impact-reports.${ALLOCATING}.${id}`)],
      )
    ).rows[0];

  /** The money rounds this spec had approved: a round approved for one request also gave the other partners theirs. */
  const approvedRounds: string[] = [];
  const shareFrom = async (partnerRequestId: string): Promise<string | undefined> => {
    for (const roundId of approvedRounds) {
      const round = (await (await call(`/allocation-rounds/${roundId}`, tokens.staff)).json()) as Round;
      const line = round.proposal?.ranking.find((r) => r.partnerRequestId === partnerRequestId) as { share?: number } | undefined;
      if ((line?.share ?? 0) > 0) return roundId;
    }
    return undefined;
  };
  const inForce = async (partnerRequestId: string, startsOn: string, partnerToken: string, partnerBody: unknown): Promise<Agreement> => {
    // the agreement is drafted from an approved round's share (docs/adr/0039): a money round whose capacity
    // covers every studied request's ask (120 beneficiaries × 1,000 SAR), so the share is at least the 100,000 SAR
    // agreed. A request a round of this spec already allocated is left out of later rounds: its share is taken there.
    const roundId = (await shareFrom(partnerRequestId)) ?? (await approvedRound(partnerRequestId));
    const drafted = await post('/partner-agreements', tokens.staff, {
      partnerRequestId,
      roundId,
      allocation: { units: 10_000_000, unit: 'halalas' },
      startsOn,
    });
    expect(drafted.status).toBe(201);
    return signedByBoth(drafted, partnerToken, partnerBody);
  };
  const approvedRound = async (partnerRequestId: string): Promise<string> => {
    const { roundId } = await approvedShareOf(
      platform.url('partner-allocation'),
      { staff: tokens.staff, director: tokens.director },
      SERVICE,
      partnerRequestId,
      {
        unit: 'halala',
        capacity: 1_000_000_000,
        unitsPerBeneficiary: 100_000,
      },
    );
    approvedRounds.push(roundId);
    return roundId;
  };
  const signedByBoth = async (drafted: Response, partnerToken: string, partnerBody: unknown): Promise<Agreement> => {
    const { agreementId } = (await drafted.json()) as Agreement;
    expect((await post(`/partner-agreements/${agreementId}/sending`, tokens.staff, {})).status).toBe(200);
    expect((await post(`/partner-agreements/${agreementId}/signatures`, partnerToken, partnerBody)).status).toBe(200);
    const signed = await post(`/partner-agreements/${agreementId}/signatures`, tokens.director, directorSignature);
    expect(signed.status).toBe(200);
    const agreement = (await signed.json()) as Agreement;
    expect(agreement.state).toBe('in-force');
    expect(agreement.reportsDue).toHaveLength(4);
    return agreement;
  };

  const roundProposal = async (): Promise<Round> => {
    const response = await post('/allocation-rounds', tokens.staff, {
      serviceId: SERVICE,
      unit: 'seat',
      capacity: 50,
      opensAt: new Date(Date.now() - 1000).toISOString(),
      closesAt: new Date(Date.now() + 5000).toISOString(),
    });
    expect(response.status).toBe(201);
    const { roundId } = (await response.json()) as Round;
    const { value } = await eventually(async () => {
      const round = (await (await call(`/allocation-rounds/${roundId}`, tokens.staff)).json()) as Round;
      return round.status === 'proposed' ? round : undefined;
    }, 120_000);
    return value;
  };
  const partnerImpact = (round: Round) => {
    const line = round.proposal!.ranking.find((r) => r.partner.tenantId === PARTNER);
    expect(line).toBeDefined();
    return line!.factors.find((f) => f.factor === 'greatestImpact')!;
  };
  let roundBefore: Round;

  /** Fresh tokens before each test: the journey outlives a token's lifetime. */
  const mint = async () => {
    tokens.partner = await platform.token(PARTNER, ['partner-applicant']);
    tokens.otherPartner = await platform.token(OTHER_PARTNER, ['partner-applicant']);
    tokens.staff = await platform.token(ALLOCATING, ['empowerment-team']);
    tokens.director = await platform.token(ALLOCATING, ['executive-director']);
    tokens.relations = await platform.token(ALLOCATING, ['relations-officer']);
    tokens.auditor = await platform.token(ALLOCATING, ['auditor']);
    tokens.stranger = await platform.token(STRANGER, ['empowerment-team']);
  };
  beforeEach(mint);

  beforeAll(async () => {
    await mint();
    const submit = async (token: string, body: unknown) => {
      const response = await post('/partner-requests', token, body);
      expect(response.status).toBe(201);
      const { partnerRequestId } = (await response.json()) as { partnerRequestId: string };
      expect((await post(`/partner-requests/${partnerRequestId}/needs-study`, tokens.staff, studyBody())).status).toBe(201);
      return partnerRequestId;
    };
    const partnerCurrent = await submit(tokens.partner, requestBody({ contact }));
    const partnerEnded = await submit(tokens.partner, requestBody({ contact }));
    const outsideRequest = await submit(
      tokens.staff,
      requestBody({
        allocatingTenantId: undefined,
        outsideBody: { name: { ar: 'جمعية البر الخيرية بالخبر', en: 'Al-Birr Charity, Al-Khobar' } },
        region: { regionId: 'eastern', governorateId: 'al-khobar' },
        licenceNumber: String(100000 + Math.floor(Math.random() * 899999)),
        contact: outsideContact,
      }),
    );
    // The greatest-impact factor before any evaluation: the scale's middle.
    roundBefore = await roundProposal();
    current = await inForce(partnerCurrent, monthStart(-10), tokens.partner, partnerSignature);
    ended = await inForce(partnerEnded, monthStart(-15), tokens.partner, partnerSignature);
    outside = await inForce(outsideRequest, monthStart(-10), tokens.staff, outsideSignature);
  });
  afterAll(() => pool.end());

  it('before any evaluation, the round scores the partner’s greatest impact at the scale’s middle', () => {
    expect(partnerImpact(roundBefore)).toMatchObject({ score: 50, basis: { en: expect.stringContaining('not evaluated yet') } });
  });

  it('a period past its due date and grace is escalated by the workflow: the queue shows it overdue, the partner is told by SMS and email', async () => {
    const [first, second, third, fourth] = current.reportsDue;
    expect(Date.parse(`${third}T00:00:00+03:00`) + 8 * 86_400_000).toBeLessThan(Date.now());
    expect(Date.parse(`${fourth}T00:00:00+03:00`) - 8 * 86_400_000).toBeGreaterThan(Date.now());
    const { value: reports } = await eventually(async () => {
      const items = await reportsOf(current.agreementId);
      return items.filter((r) => r.status === 'overdue').length === 3 ? items : undefined;
    }, 120_000);
    expect(reports.map((r) => [r.period, r.status])).toEqual([
      [first, 'overdue'],
      [second, 'overdue'],
      [third, 'overdue'],
      [fourth, 'due'],
    ]);
    for (const r of reports.slice(0, 3)) {
      expect(r.escalatedAt).toEqual(expect.any(String));
      expect(Date.parse(r.overdueAt)).toBeLessThan(Date.now());
    }
    // The fourth period is not due yet: no reminder, no escalation.
    expect(reports[3]).toMatchObject({ remindedAt: null, escalatedAt: null, submission: null });
    const overdue = (await (await call('/impact-reports?status=overdue', tokens.staff)).json()) as Page<Report>;
    expect(overdue.items.filter((r) => r.agreementId === current.agreementId).map((r) => r.period)).toEqual([first, second, third]);
    expect(overdue.items.every((r) => r.status === 'overdue')).toBe(true);

    const { value: mails } = await eventually(async () => {
      const received = await platform.mailTo(contact.email);
      return received.filter((m) => m.subject.includes('overdue')).length >= 3 ? received : undefined;
    }, 90_000);
    const overdueMail = mails.find((m) => m.subject.includes(`due on ${first} is overdue`));
    expect(overdueMail?.text).toContain('لم يصل تقرير الأثر المستحق');
    expect(overdueMail?.text).toContain('was escalated to their empowerment team');
    // A period already past its due date is not "reminded" as if it were still ahead.
    expect(mails.filter((m) => m.subject.includes('Reminder'))).toEqual([]);
    const sms = (await (await outboxSearch(platform, tokens.relations, `+966${contact.mobile.slice(1)}`)).json()) as Page<{ channel: string; body: string }>;
    const texts = sms.items.filter((m) => m.channel === 'sms').map((m) => m.body);
    const overdueTexts = texts.filter((t) => t.includes('لم يصل تقرير الأثر المستحق') && t.includes('was escalated to their empowerment team'));
    expect([first, second, third].every((period) => overdueTexts.some((t) => t.includes(period)))).toBe(true);
    expect(overdueTexts.some((t) => t.includes(fourth))).toBe(false);
  });

  it('operations see the escalated period’s workflow open with Stage report-overdue (the visibility query of npm run workflows)', async () => {
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
      const id = impactReportWorkflowId(ALLOCATING, current.agreementId, current.reportsDue[0]);
      const query = scopedQuery(`Stage="report-overdue" AND CaseId="${current.agreementId}"`, { instance: platform.instance });
      const { value: listed } = await eventually(async () => {
        const ids: string[] = [];
        for await (const workflow of client.workflow.list({ query })) ids.push(workflow.workflowId);
        return ids.length === 3 ? ids : undefined;
      }, 60_000);
      expect(listed).toContain(id);
      const described = await client.workflow.getHandle(id).describe();
      expect(described.status.name).toBe('RUNNING');
      expect(described.type).toBe('impactReportTimeline');
      // The fourth period's workflow waits for its reminder.
      const waiting = await client.workflow.getHandle(impactReportWorkflowId(ALLOCATING, current.agreementId, current.reportsDue[3])).describe();
      expect(waiting.status.name).toBe('RUNNING');
      expect(JSON.stringify(waiting.searchAttributes)).toContain('report-due');
    } finally {
      await connection.close();
    }
  });

  it('the partner association submits the coming period on time from its own account: the queue lists it as submitted; a late report closes an overdue one', async () => {
    const coming = current.reportsDue[3];
    const response = await post(`/partner-agreements/${current.agreementId}/impact-reports`, tokens.partner, report(coming));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      period: coming,
      status: 'submitted',
      partner: { kind: 'tenant', tenantId: PARTNER },
      submission: {
        beneficiaries: { direct: 40, indirect: 120 },
        spentSar: 25000.5,
        allocationSar: 100000,
        overspent: false,
        submittedBy: { tenantId: PARTNER, as: 'partner' },
        late: false,
      },
    });
    const { value: submitted } = await eventually(async () => {
      const page = (await (await call('/impact-reports?status=submitted', tokens.staff)).json()) as Page<Report>;
      return page.items.find((r) => r.agreementId === current.agreementId && r.period === coming);
    });
    expect(submitted.submission!.late).toBe(false);
    // A second report of the period is refused.
    const again = await post(`/partner-agreements/${current.agreementId}/impact-reports`, tokens.partner, report(coming));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'report-exists' });

    // The first period's report arrives late: accepted, marked late, above the allocation: flagged; its workflow closes.
    const late = await post(`/partner-agreements/${current.agreementId}/impact-reports`, tokens.partner, report(current.reportsDue[0], { spentSar: 80000 }));
    expect(late.status).toBe(201);
    expect(await late.json()).toMatchObject({ status: 'submitted', submission: { late: true, overspent: true } });
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    try {
      const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
      const handle = client.workflow.getHandle(impactReportWorkflowId(ALLOCATING, current.agreementId, current.reportsDue[0]));
      const { value: closed } = await eventually(async () => {
        const described = await handle.describe();
        return described.status.name === 'COMPLETED' ? described : undefined;
      }, 60_000);
      expect(JSON.stringify(closed.searchAttributes)).toContain('report-submitted');
      expect(await handle.result()).toBe('submitted');
    } finally {
      await connection.close();
    }

    // The partner follows its own periods; another partner and another association find nothing.
    const { value: mine } = await eventually(async () => {
      const page = (await (await call(`/impact-reports/mine?agreementId=${current.agreementId}`, tokens.partner)).json()) as Page<Report>;
      return page.items.filter((r) => r.status === 'submitted').length === 2 ? page : undefined;
    });
    expect(mine.items.map((r) => r.status)).toEqual(['submitted', 'overdue', 'overdue', 'submitted']);
    const reportId = mine.items[0].reportId;
    expect((await call(`/impact-reports/${reportId}`, tokens.partner)).status).toBe(200);
    expect((await call(`/impact-reports/${reportId}`, tokens.auditor)).status).toBe(200);
    expect((await call(`/impact-reports/${reportId}`, tokens.otherPartner)).status).toBe(404);
    expect((await call(`/impact-reports/${reportId}`, tokens.stranger)).status).toBe(404);
    const otherMine = await (await call('/impact-reports/mine', tokens.otherPartner)).text();
    expect(otherMine).not.toContain(current.agreementId);
    expect(await (await call('/impact-reports', tokens.stranger)).text()).not.toContain(current.agreementId);
    expect((await post(`/partner-agreements/${current.agreementId}/impact-reports`, tokens.otherPartner, report(current.reportsDue[1]))).status).toBe(404);
  });

  it("the empowerment team records the outside body's report; a partner tenant's report is the partner's own to submit", async () => {
    const period = outside.reportsDue[3];
    const { allocatingTenantId: _, ...body } = report(period);
    const response = await post(`/partner-agreements/${outside.agreementId}/impact-reports`, tokens.staff, body);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      period,
      status: 'submitted',
      partner: { kind: 'outside', tenantId: null },
      submission: { submittedBy: { tenantId: ALLOCATING, as: 'empowerment-team' }, late: false },
    });
    const { value: rows } = await eventually(async () => {
      const items = await reportsOf(outside.agreementId);
      return items.some((r) => r.status === 'submitted') && items.filter((r) => r.status === 'overdue').length === 3 ? items : undefined;
    }, 120_000);
    expect(rows.map((r) => r.status)).toEqual(['overdue', 'overdue', 'overdue', 'submitted']);
    // The outside body's contact (SMS only) was told of its overdue periods.
    const { value: texts } = await eventually(async () => {
      const page = (await (await outboxSearch(platform, tokens.relations, `+966${outsideContact.mobile.slice(1)}`)).json()) as Page<{ body: string }>;
      const overdue = page.items.filter((m) => m.body.includes('was escalated to their empowerment team'));
      return overdue.length >= 3 ? overdue : undefined;
    }, 60_000);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const refused = await post(`/partner-agreements/${current.agreementId}/impact-reports`, tokens.staff, body);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'partner-reports-itself' });
    // The partner tenant's own account cannot report for an outside body's agreement.
    expect((await post(`/partner-agreements/${outside.agreementId}/impact-reports`, tokens.partner, report(outside.reportsDue[0]))).status).toBe(404);
  });

  describe('bad input to the impact reports: each refused with a 4xx and reasons, nothing stored', () => {
    type Bad = { name: string; path?: string; method?: string; as?: string; body?: unknown; raw?: string; contentType?: string };
    const nested = (depth: number): Record<string, unknown> => (depth === 0 ? { end: true } : { x: nested(depth - 1) });
    const CORPUS = (): Bad[] => {
      const p = current.reportsDue[1];
      const r = (patch: Record<string, unknown> = {}) => report(p, patch);
      return [
        { name: 'an empty object', body: {} },
        { name: 'period missing', body: r({ period: undefined }) },
        { name: 'period in words', body: r({ period: 'الربع الأول' }) },
        { name: 'period 2026-02-30', body: r({ period: '2026-02-30' }) },
        { name: 'period not one of the due dates', body: r({ period: '2026-05-01' }) },
        { name: 'period with a time', body: r({ period: `${p}T00:00:00Z` }) },
        { name: 'period as an operator', body: r({ period: { $ne: null } }) },
        { name: 'the period already submitted', body: report(current.reportsDue[3]) },
        { name: 'beneficiaries missing', body: r({ beneficiaries: undefined }) },
        { name: 'direct beneficiaries negative', body: r({ beneficiaries: { direct: -1, indirect: 10 } }) },
        { name: 'direct beneficiaries fractional', body: r({ beneficiaries: { direct: 2.5, indirect: 10 } }) },
        { name: 'indirect beneficiaries as text', body: r({ beneficiaries: { direct: 2, indirect: '10' } }) },
        { name: 'beneficiaries above ten million', body: r({ beneficiaries: { direct: 10_000_001, indirect: 0 } }) },
        { name: 'indirect beneficiaries missing', body: r({ beneficiaries: { direct: 3 } }) },
        { name: 'no activity', body: r({ activities: [] }) },
        { name: 'activities as one string', body: r({ activities: 'ورشة تدريبية' }) },
        { name: 'an activity of two letters', body: r({ activities: ['ور'] }) },
        { name: 'an activity of blanks', body: r({ activities: ['     '] }) },
        { name: 'an activity with a right-to-left override', body: r({ activities: ['ورشة\u202e تدريبية'] }) },
        { name: '31 activities', body: r({ activities: Array.from({ length: 31 }, (_, i) => `نشاط رقم ${i}`) }) },
        { name: 'an activity of 501 characters', body: r({ activities: ['ن'.repeat(501)] }) },
        { name: 'spending negative', body: r({ spentSar: -1 }) },
        { name: 'spending with three decimals', body: r({ spentSar: 10.005 }) },
        { name: 'spending as text', body: r({ spentSar: '100' }) },
        { name: 'spending above a billion', body: r({ spentSar: 1e12 }) },
        { name: 'spending missing', body: r({ spentSar: undefined }) },
        { name: 'evidence not a uuid', body: r({ evidence: ['receipt.pdf'] }) },
        { name: 'evidence missing', body: r({ evidence: undefined }) },
        { name: 'eleven pieces of evidence', body: r({ evidence: Array.from({ length: 11 }, () => randomUUID()) }) },
        { name: 'the same evidence twice', body: r({ evidence: ['0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b', '0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'] }) },
        { name: 'a partner naming no association', body: r({ allocatingTenantId: undefined }) },
        { name: 'a partner naming an association in capitals', body: r({ allocatingTenantId: 'TUWAIQ' }) },
        { name: 'a partner naming another association', body: r({ allocatingTenantId: 'environment-madinah' }) },
        { name: 'the submitter named in the body', body: r({ submittedBy: { userId: 'someone', tenantId: PARTNER, as: 'partner' } }) },
        { name: 'late flag set by the client', body: r({ late: false }) },
        { name: '__proto__ at the root', raw: `{"__proto__": {"isAdmin": true}, ${JSON.stringify(r()).slice(1)}` },
        { name: 'nesting 20 levels deep', body: r({ beneficiaries: nested(20) }) },
        { name: 'malformed JSON', raw: '{"period": ' },
        { name: 'a body that is an array', body: [r()] },
        { name: 'a text/plain body', raw: 'period=2026-01-01', contentType: 'text/plain' },
        { name: 'another partner tenant', as: 'otherPartner', body: r() },
        { name: 'the relations officer', as: 'relations', body: r() },
        { name: 'the empowerment team for a partner tenant', as: 'staff', body: r({ allocatingTenantId: undefined }) },
        { name: 'no token', as: 'none', body: r() },
        { name: 'a garbage token', as: 'garbage', body: r() },
        { name: 'a malformed agreement id', path: '/partner-agreements/not-an-id/impact-reports', body: r() },
        { name: 'an agreement of no one', path: `/partner-agreements/${randomUUID()}/impact-reports`, body: r() },
        // the queue, the partner's own and the detail
        { name: 'queue: an unknown status', method: 'GET', path: '/impact-reports?status=late', as: 'staff' },
        { name: 'queue: an agreement id not a uuid', method: 'GET', path: '/impact-reports?agreementId=abc', as: 'staff' },
        { name: 'queue: a partner without its kind', method: 'GET', path: `/impact-reports?partner=${PARTNER}`, as: 'staff' },
        { name: 'queue: a partner as an operator', method: 'GET', path: '/impact-reports?partner[$ne]=x', as: 'staff' },
        { name: 'queue: limit zero', method: 'GET', path: '/impact-reports?limit=0', as: 'staff' },
        { name: 'queue: limit 201', method: 'GET', path: '/impact-reports?limit=201', as: 'staff' },
        { name: 'queue: a forged cursor', method: 'GET', path: '/impact-reports?cursor=bm90LW91cnM', as: 'staff' },
        { name: 'queue: an unknown filter', method: 'GET', path: '/impact-reports?tenantId=environment-madinah', as: 'staff' },
        { name: 'queue: by a partner account', method: 'GET', path: '/impact-reports', as: 'partner' },
        { name: 'mine: an unknown status', method: 'GET', path: '/impact-reports/mine?status=void' },
        { name: 'mine: by the empowerment team', method: 'GET', path: '/impact-reports/mine', as: 'staff' },
        { name: 'detail: a malformed id', method: 'GET', path: '/impact-reports/not-an-id', as: 'staff' },
        { name: 'detail: a report of no one', method: 'GET', path: `/impact-reports/${randomUUID()}`, as: 'staff' },
      ];
    };

    it('answers each with a 4xx and a reason in Arabic and English (field reasons on 422), never a 5xx, and stores nothing', async () => {
      const corpus = CORPUS();
      expect(corpus.length).toBeGreaterThanOrEqual(30);
      const ids = [current.agreementId, outside.agreementId];
      await eventually(async () => {
        const before = await streamEvents(ids);
        await new Promise((r) => setTimeout(r, 1500));
        return JSON.stringify(await streamEvents(ids)) === JSON.stringify(before) ? true : undefined;
      });
      const before = await streamEvents(ids);
      const failures: string[] = [];
      for (const bad of corpus) {
        const who = bad.as ?? 'partner';
        const token = who === 'none' ? undefined : who === 'garbage' ? 'not.a.jwt' : tokens[who];
        const path = bad.path ?? `/partner-agreements/${current.agreementId}/impact-reports`;
        const response = await call(path, token, { method: bad.method ?? 'POST', body: bad.body, raw: bad.raw, contentType: bad.contentType });
        const answer = (await response.json().catch(() => null)) as Refusal | null;
        const clear = response.status >= 400 && response.status < 500 && !!answer?.code && !!answer.message?.ar && !!answer.message?.en;
        const withFields =
          response.status !== 422 || ((answer?.fields?.length ?? 0) > 0 && answer!.fields!.every((f) => f.field && f.reasons.every((r) => r.ar && r.en)));
        if (!clear || !withFields) failures.push(`${bad.name}: ${response.status} ${JSON.stringify(answer)}`);
      }
      expect(failures).toEqual([]);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await streamEvents(ids)).toEqual(before);
      expect((await reportsOf(current.agreementId)).find((r) => r.period === current.reportsDue[1])?.status).toBe('overdue');
    });
  });

  describe('the evaluation', () => {
    type Bad = { name: string; path?: string; as?: string; body?: unknown; raw?: string; contentType?: string };
    const nested = (depth: number): Record<string, unknown> => (depth === 0 ? { end: true } : { x: nested(depth - 1) });
    const CORPUS = (): Bad[] => {
      const e = evaluation;
      const line = (patch: Record<string, unknown>) => ({ criterion: 'relevance', score: 3, comment: 'تعليق المقيّم / assessor comment', ...patch });
      const withFirst = (patch: Record<string, unknown>) => e({ criteria: [line(patch), ...criteria([3, 3, 3, 3, 3, 3]).slice(1)] });
      return [
        { name: 'an empty object', body: {} },
        { name: 'criteria missing', body: e({ criteria: undefined }) },
        { name: 'five criteria', body: e({ criteria: criteria([3, 3, 3, 3, 3]).slice(0, 5) }) },
        { name: 'seven criteria', body: e({ criteria: [...criteria([3, 3, 3, 3, 3, 3]), line({})] }) },
        { name: 'a criterion twice, one missing', body: e({ criteria: [...criteria([3, 3, 3, 3, 3]).slice(0, 5), line({})] }) },
        { name: 'an unknown criterion', body: withFirst({ criterion: 'beauty' }) },
        { name: 'a score of 0', body: withFirst({ score: 0 }) },
        { name: 'a score of 5', body: withFirst({ score: 5 }) },
        { name: 'a score of 2.5', body: withFirst({ score: 2.5 }) },
        { name: 'a score as text', body: withFirst({ score: '3' }) },
        { name: 'a score of null', body: withFirst({ score: null }) },
        { name: 'a score on the 0-100 scale', body: withFirst({ score: 75 }) },
        { name: 'a comment missing', body: withFirst({ comment: undefined }) },
        { name: 'a comment of four letters', body: withFirst({ comment: 'جيدة' }) },
        { name: 'a comment of blanks', body: withFirst({ comment: '        ' }) },
        { name: 'a comment of 2001 characters', body: withFirst({ comment: 'ت'.repeat(2001) }) },
        { name: 'criteria as an object', body: e({ criteria: { relevance: 3 } }) },
        { name: 'a criterion that is null', body: e({ criteria: [null, ...criteria([3, 3, 3, 3, 3, 3]).slice(1)] }) },
        { name: 'assessor name missing', body: e({ assessorName: undefined }) },
        { name: 'assessor name of two letters', body: e({ assessorName: 'فه' }) },
        { name: 'assessor name with a right-to-left override', body: e({ assessorName: 'فهد\u202e الدوسري' }) },
        { name: 'assessor name of 121 characters', body: e({ assessorName: 'ف'.repeat(121) }) },
        { name: 'evidence not a uuid', body: e({ evidence: ['minutes.pdf'] }) },
        { name: 'evidence as one string', body: e({ evidence: randomUUID() }) },
        { name: 'eleven pieces of evidence', body: e({ evidence: Array.from({ length: 11 }, () => randomUUID()) }) },
        { name: 'the same evidence twice', body: e({ evidence: ['0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b', '0b1f6a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'] }) },
        { name: 'the overall score set by the client', body: e({ overallScore: 100 }) },
        { name: 'the assessor named by id in the body', body: e({ assessor: { userId: 'someone', name: 'فهد' } }) },
        { name: '__proto__ at the root', raw: `{"__proto__": {"isAdmin": true}, ${JSON.stringify(e()).slice(1)}` },
        { name: 'nesting 20 levels deep', body: e({ extra: nested(20) }) },
        { name: 'malformed JSON', raw: '{"criteria": [' },
        { name: 'a body that is an array', body: [e()] },
        { name: 'a text/plain body', raw: 'criteria=4', contentType: 'text/plain' },
        { name: 'an agreement still in force', path: `/partner-agreements/${current.agreementId}/evaluation`, body: e() },
        { name: 'a malformed agreement id', path: '/partner-agreements/not-an-id/evaluation', body: e() },
        { name: 'an agreement of no one', path: `/partner-agreements/${randomUUID()}/evaluation`, body: e() },
        { name: 'by the executive director', as: 'director', body: e() },
        { name: 'by the partner', as: 'partner', body: e() },
        { name: 'by another association', as: 'stranger', body: e() },
        { name: 'no token', as: 'none', body: e() },
      ];
    };

    it('the agreement whose term is over was ended by its workflow; every report period past its grace is overdue', async () => {
      const { value: detail } = await eventually(async () => {
        const agreement = (await (await call(`/partner-agreements/${ended.agreementId}`, tokens.staff)).json()) as Agreement;
        return agreement.state === 'ended' ? agreement : undefined;
      }, 120_000);
      expect(Date.parse(`${detail.term.endsOn}T00:00:00+03:00`)).toBeLessThan(Date.now());
      await eventually(async () => ((await reportsOf(ended.agreementId)).every((r) => r.status === 'overdue') ? true : undefined), 120_000);
      // Its reporting time is over: a report now is refused.
      const late = await post(`/partner-agreements/${ended.agreementId}/impact-reports`, tokens.partner, report(ended.reportsDue[3]));
      expect(late.status).toBe(409);
      expect(await late.json()).toMatchObject({ code: 'reporting-closed' });
    });

    it(`bad input to the evaluation: each refused with a 4xx and reasons (field reasons on 422), never a 5xx, nothing stored`, async () => {
      const corpus = CORPUS();
      expect(corpus.length).toBeGreaterThanOrEqual(30);
      const ids = [ended.agreementId, current.agreementId];
      await eventually(async () => {
        const before = await streamEvents(ids);
        await new Promise((r) => setTimeout(r, 1500));
        return JSON.stringify(await streamEvents(ids)) === JSON.stringify(before) ? true : undefined;
      });
      const before = await streamEvents(ids);
      const failures: string[] = [];
      for (const bad of corpus) {
        const who = bad.as ?? 'staff';
        const token = who === 'none' ? undefined : tokens[who];
        const response = await call(bad.path ?? `/partner-agreements/${ended.agreementId}/evaluation`, token, {
          method: 'POST',
          body: bad.body,
          raw: bad.raw,
          contentType: bad.contentType,
        });
        const answer = (await response.json().catch(() => null)) as Refusal | null;
        const clear = response.status >= 400 && response.status < 500 && !!answer?.code && !!answer.message?.ar && !!answer.message?.en;
        const withFields =
          response.status !== 422 || ((answer?.fields?.length ?? 0) > 0 && answer!.fields!.every((f) => f.field && f.reasons.every((r) => r.ar && r.en)));
        if (!clear || !withFields) failures.push(`${bad.name}: ${response.status} ${JSON.stringify(answer)}`);
      }
      expect(failures).toEqual([]);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await streamEvents(ids)).toEqual(before);
    });

    it('the empowerment team evaluates the ended partnership on the DAC criteria, once; the next round scores the partner’s greatest impact by it', async () => {
      const response = await post(`/partner-agreements/${ended.agreementId}/evaluation`, tokens.staff, evaluation());
      expect(response.status).toBe(201);
      const evaluated = (await response.json()) as Evaluation;
      // mean 19/6: round((19/6 − 1) ÷ 3 × 100) = 72
      expect(evaluated).toMatchObject({ agreementId: ended.agreementId, partnerKey: `tenant:${PARTNER}`, overallScore: 72, assessor: { name: 'فهد الدوسري' } });
      expect(evaluated.criteria.map((c) => c.criterion)).toEqual(DAC);
      const again = await post(`/partner-agreements/${ended.agreementId}/evaluation`, tokens.staff, evaluation({ criteria: criteria([1, 1, 1, 1, 1, 1]) }));
      expect(again.status).toBe(409);
      expect(await again.json()).toMatchObject({ code: 'evaluation-exists' });

      // The partner's next request (its two earlier ones had their shares in approved rounds, so later rounds leave them out).
      const next = await post('/partner-requests', tokens.partner, requestBody({ contact }));
      expect(next.status).toBe(201);
      const { partnerRequestId: nextRequest } = (await next.json()) as { partnerRequestId: string };
      expect((await post(`/partner-requests/${nextRequest}/needs-study`, tokens.staff, studyBody())).status).toBe(201);
      const { value: after } = await eventually(async () => {
        const round = await roundProposal();
        return partnerImpact(round).score === 72 ? round : undefined;
      }, 180_000);
      expect(partnerImpact(roundBefore).score).toBe(50);
      expect(partnerImpact(after)).toMatchObject({
        score: 72,
        basis: { en: 'evaluation of the last partnership 72/100', ar: expect.stringContaining('72/100') },
      });
    });
  });
});
