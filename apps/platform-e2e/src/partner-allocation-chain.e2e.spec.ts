import { randomUUID } from 'node:crypto';
import { ALLOCATING, hijri, mobile, requestBody, riyadhNow, SERVICE, studyBody } from './partner-arrangements';
import { eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';

// The whole chain of Tuwaiq's "distributing services to partner associations" (clauses 1–5; ADRs 0037–0040)
// on the live platform, from each person's side.
//
// Independence from the other partner specs on the same platform (files run one after another): "served
// before" and the last evaluation are the association's, whatever the service (ADR 0037, 0040), so this spec
// uses partners whose priority no other spec checks: general-assembly-002 (requests and agreements specs
// check neither factor, and no other spec evaluates it) and Environment Madinah (the impact-reports spec
// checks only its greatest impact, which this spec never evaluates), never Awj or Quway'iyah (the
// allocation-rounds spec expects both never served and never evaluated), and an outside body under a
// licence of its own. The service is the one the requests, agreements, isolation and impact-reports specs
// share; they take the share their own round gave, whoever else it ranked. The allocation-rounds spec's
// service is not used: it expects an exact ranking. A round takes one request per partner and service
// (the earliest), so the studied requests earlier specs left are first allocated by rounds of ample
// capacity (as theirs do), and this spec's own rounds rank only its own requests.
const PARTNER_A = 'general-assembly-002';
const PARTNER_B = 'environment-madinah';
const OTHER = 'quwayiyah';

jest.setTimeout(600_000);

interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}
interface Ranked {
  rank: number;
  partnerRequestId: string;
  partner: { kind: string; tenantId: string | null };
  asked: number;
  share: number;
  outcome: string;
  totalScore: number;
  factors: Array<{ factor: string; score: number; weight: number; basis: { ar: string; en: string } }>;
  reasons: Array<{ code: string; text: { ar: string; en: string } }>;
}
interface Round {
  roundId: string;
  status: string;
  proposal: null | { ranking: Ranked[]; excluded: Array<{ partnerRequestId: string }> };
}
interface MyRound {
  roundId: string;
  allocatingTenantId: string;
  status: string;
  partnerRequestId: string;
  rank: number | null;
  ranked: number | null;
  share: number | null;
  asked: number | null;
  outcome: string | null;
  reasons: Array<{ code: string; text: { ar: string; en: string } }>;
}
interface Agreement {
  agreementId: string;
  state: string;
  reportsDue: string[];
}
interface Report {
  agreementId: string;
  period: string;
  status: string;
  submission: null | { late: boolean };
}

const DAY = 86_400_000;
const DAC = ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability'];
const directorSignature = { name: 'عبدالله السبيعي', capacity: 'المدير التنفيذي / Executive director' };
/** The start of a twelve-month term whose last report (due 15 days after the term, Tuwaiq's template) falls three days from now. */
const termStartingAYearAndElevenDaysAgo = (): string => {
  const d = new Date(Date.now() - 11 * DAY);
  return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate())).toISOString().slice(0, 10);
};

describe('the partner allocation chain: apply, study, round, approval, agreement, impact reports, evaluation, next round (Tuwaiq, partner allocation 1–5)', () => {
  const platform = PlatformUnderTest.current();
  const tokens: Record<string, string> = {};
  const call = (path: string, token: string | undefined, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${platform.url('partner-allocation')}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const post = (path: string, token: string, body: unknown = {}) => call(path, token, { method: 'POST', body });
  const json = async <T>(path: string, token: string): Promise<T> => {
    const response = await call(path, token);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  const contactA = { name: 'هدى الحربي', mobile: mobile(), email: `chain-${randomUUID().slice(0, 8)}@ga002.example` };
  const contactB = { name: 'ريم العتيبي', mobile: mobile(), email: `chain-${randomUUID().slice(0, 8)}@madinah.example` };
  const outside = {
    allocatingTenantId: undefined,
    outsideBody: { name: { ar: 'جمعية التنمية الأهلية بالجبيل', en: 'Community Development Association, Jubail' } },
    region: { regionId: 'eastern', governorateId: 'al-jubail' },
    licenceNumber: String(100000 + Math.floor(Math.random() * 899999)),
    contact: { name: 'سالم الدوسري', mobile: mobile() },
  };
  const ids: Record<string, string> = {};
  let firstRound: Round;
  let agreement: Agreement;

  const mint = async () => {
    tokens.partnerA = await platform.token(PARTNER_A, ['partner-applicant']);
    tokens.partnerB = await platform.token(PARTNER_B, ['partner-applicant']);
    tokens.other = await platform.token(OTHER, ['partner-applicant']);
    tokens.staff = await platform.token(ALLOCATING, ['empowerment-team']);
    tokens.director = await platform.token(ALLOCATING, ['executive-director']);
    tokens.relations = await platform.token(ALLOCATING, ['relations-officer']);
  };
  beforeEach(mint);

  /** A round of the service closing in seconds, computed by its workflow: the proposal. */
  const closedRound = async (capacity: number): Promise<Round> => {
    const response = await post('/allocation-rounds', tokens.staff, {
      serviceId: SERVICE,
      unit: 'seat',
      capacity,
      opensAt: new Date(Date.now() - 1000).toISOString(),
      closesAt: new Date(Date.now() + 4000).toISOString(),
    });
    expect(response.status).toBe(201);
    const { roundId } = (await response.json()) as { roundId: string };
    const { value } = await eventually(async () => {
      const round = await json<Round>(`/allocation-rounds/${roundId}`, tokens.staff);
      return round.status === 'proposed' ? round : undefined;
    }, 120_000);
    return value;
  };
  const approve = async (roundId: string) => {
    const today = riyadhNow();
    const response = await post(`/allocation-rounds/${roundId}/approval`, tokens.director, {
      session: 'الجلسة الثامنة لمجلس الإدارة',
      gregorianDate: today.toISOString().slice(0, 10),
      hijriDate: hijri(today),
    });
    expect(response.status).toBe(201);
  };
  const submit = async (token: string, body: unknown): Promise<string> => {
    const response = await post('/partner-requests', token, body);
    expect(response.status).toBe(201);
    return ((await response.json()) as { partnerRequestId: string }).partnerRequestId;
  };
  const studied = async (requestIds: string[]) =>
    eventually(async () => {
      const page = await json<Page<{ partnerRequestId: string }>>(`/partner-requests?stage=studied&serviceId=${SERVICE}&limit=200`, tokens.staff);
      return requestIds.every((id) => page.items.some((i) => i.partnerRequestId === id)) ? true : undefined;
    });
  const mine = (token: string) => json<Page<MyRound>>(`/allocation-rounds/mine?allocatingTenantId=${ALLOCATING}&limit=100`, token);
  const impactOf = (line: Ranked) => line.factors.find((f) => f.factor === 'greatestImpact')!;

  beforeAll(async () => {
    await mint();
    // Earlier specs' studied requests of the service are allocated first (rounds of ample capacity): a round
    // takes a partner's earliest request, and this spec's partners must be ranked by their own.
    for (let i = 0; i < 4; i += 1) {
      const round = await closedRound(100_000);
      if (round.proposal!.ranking.length === 0) break;
      await approve(round.roundId);
    }
  });

  it('two partner tenants apply from their own accounts, staff record an outside body; the studies due are in the team’s queue', async () => {
    ids.a1 = await submit(tokens.partnerA, requestBody({ contact: contactA }));
    ids.b1 = await submit(
      tokens.partnerB,
      requestBody({ contact: contactB, expectedBeneficiaries: 150, region: { regionId: 'madinah', governorateId: 'madinah' } }),
    );
    ids.c1 = await submit(tokens.staff, requestBody({ ...outside, expectedBeneficiaries: 100 }));

    const { value: due } = await eventually(async () => {
      const page = await json<Page<{ partnerRequestId: string; stage: string; partner: { kind: string; tenantId?: string | null } }>>(
        '/needs-studies?limit=200',
        tokens.staff,
      );
      const listed = page.items.filter((i) => [ids.a1, ids.b1, ids.c1].includes(i.partnerRequestId));
      return listed.length === 3 ? listed : undefined;
    });
    expect(due.every((i) => i.stage === 'study-pending')).toBe(true);
    // Each partner tenant follows its own request, and only its own.
    const { value: ownA } = await eventually(async () => {
      const page = await json<Page<Record<string, unknown>>>('/partner-requests/mine', tokens.partnerA);
      return page.items.find((i) => i.partnerRequestId === ids.a1);
    });
    expect(ownA).toMatchObject({ allocatingTenantId: ALLOCATING, stage: 'study-pending', studyCompletedAt: null });
    const pageA = JSON.stringify(await json('/partner-requests/mine?limit=100', tokens.partnerA));
    expect(pageA).not.toContain(ids.b1);
    expect(pageA).not.toContain(ids.c1);
    expect((await call(`/partner-requests/${ids.b1}`, tokens.partnerA)).status).toBe(403);
    // A partner account does not read the team's queue.
    expect((await call('/needs-studies', tokens.partnerA)).status).toBe(403);
  });

  it('the needs studies are scored; the partner sees its request studied, never the scores; the queue no longer lists them', async () => {
    expect((await post(`/partner-requests/${ids.a1}/needs-study`, tokens.staff, studyBody())).status).toBe(201); // 4, 3, 4, 3 of 5
    expect((await post(`/partner-requests/${ids.b1}/needs-study`, tokens.staff, studyBody([0, 1, 2, 3].map(() => ({ score: 5 }))))).status).toBe(201);
    expect((await post(`/partner-requests/${ids.c1}/needs-study`, tokens.staff, studyBody([0, 1, 2, 3].map(() => ({ score: 2 }))))).status).toBe(201);
    await studied([ids.a1, ids.b1, ids.c1]);
    const { value: ownB } = await eventually(async () => {
      const page = await json<Page<Record<string, unknown>>>('/partner-requests/mine', tokens.partnerB);
      const item = page.items.find((i) => i.partnerRequestId === ids.b1);
      return item?.stage === 'studied' ? item : undefined;
    });
    expect(JSON.stringify(ownB)).not.toMatch(/score|factor|assessedBy|total/i);
    const queue = JSON.stringify(await json('/needs-studies?limit=200', tokens.staff));
    for (const id of [ids.a1, ids.b1, ids.c1]) expect(queue).not.toContain(id);
  });

  it('a round of 150 seats closes by itself; its explained proposal is approved; each partner sees only its own share, rank and reasons', async () => {
    firstRound = await closedRound(150);
    const ranking = firstRound.proposal!.ranking;
    expect(ranking.map((r) => r.partnerRequestId).sort()).toEqual([ids.a1, ids.b1, ids.c1].sort());
    expect(ranking.reduce((sum, r) => sum + r.share, 0)).toBe(150);
    for (const line of ranking) {
      expect(line.factors).toHaveLength(7);
      expect(line.factors.every((f) => f.basis.ar && f.basis.en)).toBe(true);
      expect(line.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['capacity-short', 'proportional-share']));
    }
    const a1 = ranking.find((r) => r.partnerRequestId === ids.a1)!;
    const c1 = ranking.find((r) => r.partnerRequestId === ids.c1)!;
    expect(impactOf(a1)).toMatchObject({ score: 50, basis: { en: expect.stringContaining('not evaluated yet') } });
    expect(c1.factors.find((f) => f.factor === 'notServedBefore')).toMatchObject({ score: 100 });
    // Before approval the partner sees that it is in the round, not its share or rank.
    const { value: before } = await eventually(async () => (await mine(tokens.partnerA)).items.find((r) => r.roundId === firstRound.roundId));
    expect(before).toMatchObject({ partnerRequestId: ids.a1, status: 'proposed', rank: null, share: null, reasons: [] });

    await approve(firstRound.roundId);
    for (const [token, own, others] of [
      [tokens.partnerA, ids.a1, [ids.b1, ids.c1]],
      [tokens.partnerB, ids.b1, [ids.a1, ids.c1]],
    ] as const) {
      const line = ranking.find((r) => r.partnerRequestId === own)!;
      const { value: page } = await eventually(async () => {
        const current = await mine(token);
        return current.items.find((r) => r.roundId === firstRound.roundId)?.status === 'approved' ? current : undefined;
      });
      expect(page.items.find((r) => r.roundId === firstRound.roundId)).toMatchObject({
        allocatingTenantId: ALLOCATING,
        partnerRequestId: own,
        rank: line.rank,
        ranked: 3,
        share: line.share,
        asked: line.asked,
        outcome: 'in-part',
        reasons: expect.arrayContaining([expect.objectContaining({ code: 'capacity-short' })]),
      });
      // Never another partner's request, name or score, in any of its rounds.
      const text = JSON.stringify(page);
      for (const id of others) expect(text).not.toContain(id);
      expect(text).not.toMatch(/totalScore|factors|contribution|Jubail|الجبيل/);
      for (const other of ranking.filter((r) => r.partnerRequestId !== own)) expect(text).not.toContain(`"totalScore":${other.totalScore}`);
    }
    // A partner tenant with no request in the round does not see it; staff roles are refused the partner's list.
    expect((await mine(tokens.other)).items.map((r) => r.roundId)).not.toContain(firstRound.roundId);
    expect((await call('/allocation-rounds/mine', tokens.staff)).status).toBe(403);
  });

  it('the list of my rounds pages by keyset and refuses bad input with field reasons', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<MyRound> = await json<Page<MyRound>>(`/allocation-rounds/mine?limit=1${cursor ? `&cursor=${cursor}` : ''}`, tokens.partnerA);
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((i) => i.roundId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toContain(firstRound.roundId);
    expect(new Set(seen).size).toBe(seen.length);
    for (const bad of [
      'limit=0',
      'limit=101',
      'status=closed',
      'allocatingTenantId=TUWAIQ',
      'allocatingTenantId[$ne]=x',
      'cursor=bm90LW91cnM',
      'tenantId=tuwaiq',
    ]) {
      const response = await call(`/allocation-rounds/mine?${bad}`, tokens.partnerA);
      const answer = (await response.json()) as {
        code?: string;
        message?: { ar?: string; en?: string };
        fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
      };
      expect([bad, response.status >= 400 && response.status < 500, !!answer.code && !!answer.message?.ar && !!answer.message.en]).toEqual([bad, true, true]);
      if (response.status === 422) expect(answer.fields!.every((f) => f.field && f.reasons.every((r) => r.ar && r.en)) && answer.fields!.length > 0).toBe(true);
    }
    expect((await call('/allocation-rounds/mine', undefined)).status).toBe(401);
  });

  it('the agreement from the approved share is signed by both parties and takes effect', async () => {
    const share = firstRound.proposal!.ranking.find((r) => r.partnerRequestId === ids.a1)!.share;
    const drafted = await post('/partner-agreements', tokens.staff, {
      partnerRequestId: ids.a1,
      roundId: firstRound.roundId,
      allocation: { units: share, unit: 'seats' },
      startsOn: termStartingAYearAndElevenDaysAgo(),
    });
    expect(drafted.status).toBe(201);
    const { agreementId } = (await drafted.json()) as Agreement;
    expect((await post(`/partner-agreements/${agreementId}/sending`, tokens.staff)).status).toBe(200);
    // Another partner tenant cannot sign it; the partner signs from its own account, then the director.
    const signature = { name: 'نورة القحطاني', capacity: 'رئيسة مجلس الإدارة / Chair of the board', allocatingTenantId: ALLOCATING };
    expect((await post(`/partner-agreements/${agreementId}/signatures`, tokens.partnerB, signature)).status).toBe(404);
    expect((await post(`/partner-agreements/${agreementId}/signatures`, tokens.partnerA, signature)).status).toBe(200);
    const signed = await post(`/partner-agreements/${agreementId}/signatures`, tokens.director, directorSignature);
    expect(signed.status).toBe(200);
    agreement = (await signed.json()) as Agreement;
    expect(agreement.state).toBe('in-force');
    expect(agreement.reportsDue).toHaveLength(4);
    // The partner's list is a read model: the agreement, then its report dates, arrive shortly after.
    const { value: own } = await eventually(async () => {
      const item = (await json<Page<Agreement>>('/partner-agreements/mine', tokens.partnerA)).items.find((a) => a.agreementId === agreementId);
      return item?.reportsDue.length === 4 ? item : undefined;
    });
    expect(own.reportsDue).toEqual(agreement.reportsDue);
    expect((await json<Page<Agreement>>('/partner-agreements/mine', tokens.partnerB)).items.map((a) => a.agreementId)).not.toContain(agreementId);
  });

  it('periods past their grace are escalated overdue (the partner is told by SMS and email; the team’s queue shows them); the last is reminded, then reported on time', async () => {
    const [first, second, third, last] = agreement.reportsDue;
    const lastDueEnds = Date.parse(`${last}T23:59:59+03:00`);
    expect(lastDueEnds).toBeGreaterThan(Date.now() + DAY);
    expect(lastDueEnds - 8 * DAY).toBeLessThan(Date.now()); // inside the seven days' reminder
    const { value: overdue } = await eventually(async () => {
      const page = await json<Page<Report>>('/impact-reports?status=overdue&limit=200', tokens.staff);
      const own = page.items.filter((r) => r.agreementId === agreement.agreementId);
      return own.length === 3 ? own : undefined;
    }, 120_000);
    expect(overdue.map((r) => r.period).sort()).toEqual([first, second, third]);

    // What the partner's contact receives: three overdue notices and a reminder of the coming one.
    const { value: mails } = await eventually(async () => {
      const received = await platform.mailTo(contactA.email);
      return received.filter((m) => m.subject.includes('is overdue')).length >= 3 && received.some((m) => m.subject.includes('Reminder'))
        ? received
        : undefined;
    }, 120_000);
    expect(mails.find((m) => m.subject.includes(`due on ${first} is overdue`))?.text).toContain('لم يصل تقرير الأثر المستحق');
    expect(mails.find((m) => m.subject.includes('Reminder'))?.subject).toContain(last);
    const { value: sms } = await eventually(async () => {
      const page = (await (await outboxSearch(platform, tokens.relations, `+966${contactA.mobile.slice(1)}`)).json()) as Page<{
        channel: string;
        body: string;
      }>;
      const texts = page.items.filter((m) => m.channel === 'sms').map((m) => m.body);
      return [first, second, third, last].every((p) => texts.some((t) => t.includes(p))) ? texts : undefined;
    }, 60_000);
    expect(sms.filter((t) => t.includes('لم يصل تقرير الأثر المستحق')).length).toBeGreaterThanOrEqual(3);
    // Partner B has no agreement: nothing was sent to it.
    expect((await platform.mailTo(contactB.email)).filter((m) => m.subject.includes('impact report'))).toEqual([]);

    const response = await post(`/partner-agreements/${agreement.agreementId}/impact-reports`, tokens.partnerA, {
      period: last,
      beneficiaries: { direct: 110, indirect: 300 },
      activities: ['برنامج تأهيل لمئة وعشرة باحثين عن عمل / a training programme for 110 job seekers'],
      spentSar: 0,
      evidence: [randomUUID()],
      allocatingTenantId: ALLOCATING,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ period: last, status: 'submitted', submission: { late: false } });
    const { value: own } = await eventually(async () => {
      const page = await json<Page<Report>>('/impact-reports/mine?limit=100', tokens.partnerA);
      const items = page.items.filter((r) => r.agreementId === agreement.agreementId);
      return items.find((r) => r.period === last)?.status === 'submitted' ? items : undefined;
    });
    expect(
      own
        .filter((r) => r.status === 'overdue')
        .map((r) => r.period)
        .sort(),
    ).toEqual([first, second, third]);
    expect((await json<Page<Report>>('/impact-reports/mine?limit=100', tokens.partnerB)).items.map((r) => r.agreementId)).not.toContain(agreement.agreementId);
  });

  it('the ended partnership is evaluated on the DAC criteria and the evaluation raises the partner’s greatest impact and rank in the next round', async () => {
    // The partner's next request and the outside body's, alike in every study factor and region; the
    // outside body applies first, so it ranks first while both are "not evaluated yet".
    ids.c2 = await submit(tokens.staff, requestBody({ ...outside, region: { regionId: 'qassim', governorateId: 'unaizah' } }));
    ids.a2 = await submit(tokens.partnerA, requestBody({ contact: contactA }));
    for (const id of [ids.c2, ids.a2]) expect((await post(`/partner-requests/${id}/needs-study`, tokens.staff, studyBody())).status).toBe(201);
    await studied([ids.c2, ids.a2]);
    const before = await closedRound(100);
    const order = (round: Round) => round.proposal!.ranking.filter((r) => [ids.a2, ids.c2].includes(r.partnerRequestId));
    expect(order(before).map((r) => r.partnerRequestId)).toEqual([ids.c2, ids.a2]);
    expect(impactOf(order(before)[1])).toMatchObject({ score: 50 });

    await eventually(async () => {
      const current = await json<Agreement>(`/partner-agreements/${agreement.agreementId}`, tokens.staff);
      return current.state === 'ended' ? true : undefined;
    }, 120_000);
    const evaluated = await post(`/partner-agreements/${agreement.agreementId}/evaluation`, tokens.staff, {
      criteria: DAC.map((criterion) => ({ criterion, score: 4, comment: 'تجاوزت الشراكة أهدافها / the partnership exceeded its goals' })),
      assessorName: 'فهد الدوسري',
      evidence: [],
    });
    expect(evaluated.status).toBe(201);
    expect(await evaluated.json()).toMatchObject({ partnerKey: `tenant:${PARTNER_A}`, overallScore: 100 });

    const { value: after } = await eventually(async () => {
      const round = await closedRound(100);
      const line = round.proposal!.ranking.find((r) => r.partnerRequestId === ids.a2);
      return line && impactOf(line).score === 100 ? round : undefined;
    }, 240_000);
    const [firstAfter, secondAfter] = order(after);
    expect([firstAfter.partnerRequestId, secondAfter.partnerRequestId]).toEqual([ids.a2, ids.c2]);
    expect(impactOf(firstAfter)).toMatchObject({ score: 100, basis: { en: 'evaluation of the last partnership 100/100' } });
    expect(firstAfter.totalScore - secondAfter.totalScore).toBe(50 * 20);
    expect(firstAfter.rank).toBeLessThan(order(before)[1].rank);

    // The partner sees its better rank in the approved round, and still nothing of the outside body.
    await approve(after.roundId);
    const { value: seen } = await eventually(async () =>
      (await mine(tokens.partnerA)).items.find((r) => r.roundId === after.roundId && r.status === 'approved'),
    );
    expect(seen).toMatchObject({ partnerRequestId: ids.a2, rank: firstAfter.rank, share: firstAfter.share });
    expect(JSON.stringify(await mine(tokens.partnerA))).not.toContain(ids.c2);
  });
});
