import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ALLOCATING, hijri, mobile, OTHER_PARTNER, PARTNER, requestBody as partnerRequest, riyadhNow, STRANGER, studyBody } from './partner-arrangements';

// Rounds take every studied request of their service in the tenant: this spec's requests are for the
// catalogue's other service, so the partner-requests and agreements specs' studied requests (same
// platform, same tenant) never enter its rounds and its ranking and shares stay exactly as arranged.
const SERVICE = 'job-seeker-training';
const requestBody = (patch: Record<string, unknown> = {}) => partnerRequest({ serviceId: SERVICE, ...patch });
import { eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(300_000);

interface Refusal {
  code?: string;
  message?: { ar?: string; en?: string };
  fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
}
interface Ranked {
  rank: number;
  partnerRequestId: string;
  partner: { kind: string; tenantId: string | null };
  asked: number;
  share: number;
  outcome: string;
  totalScore: number;
  factors: Array<{ factor: string; score: number; weight: number; contribution: number; basis: { ar: string; en: string } }>;
  reasons: Array<{ code: string; text: { ar: string; en: string } }>;
}
interface Round {
  roundId: string;
  status: string;
  capacity: number;
  proposal: null | {
    weights: Record<string, number>;
    totalAsked: number;
    allocated: number;
    ranking: Ranked[];
    excluded: Array<{ partnerRequestId: string; reason: { ar: string; en: string } }>;
    proposedBy: string | null;
  };
  approval: null | { session: string; gregorianDate: string; hijriDate: string; role: string };
  revision: number;
}

const EQUAL_STUDY_WEIGHTS = {
  greatestImpact: 0,
  higherNeedRegion: 0,
  notServedBefore: 0,
  scopeOfWork: 1,
  targetedBeneficiaries: 0,
  infrastructureReadiness: 0,
  fitWithGoalsAndPlans: 0,
};

describe('allocation rounds: a round closes by itself and its explained proposal is approved (Tuwaiq, partner allocation 3; ADR 0037)', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const tokens: Record<string, string> = {};
  const call = (path: string, token: string | undefined, init: { method?: string; body?: unknown; raw?: string; contentType?: string } = {}) =>
    fetch(`${platform.url('partner-allocation')}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': init.contentType ?? 'application/json' },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
  const roundEvents = async () => {
    const { rows } = await pool.query<{ n: string; last: string | null }>(
      `SELECT count(*) AS n, max(global_position)::text AS last FROM "${platform.instance}_events".events WHERE stream_id LIKE 'partner-allocation.allocation-round.%'`,
    );
    return rows[0];
  };
  const ids: Record<string, string> = {};
  let roundId: string;
  let laterRoundId: string;

  beforeAll(async () => {
    tokens.staff = await platform.token(ALLOCATING, ['empowerment-team']);
    tokens.director = await platform.token(ALLOCATING, ['executive-director']);
    tokens.board = await platform.token(ALLOCATING, ['board-member']);
    tokens.relations = await platform.token(ALLOCATING, ['relations-officer']);
    tokens.partner = await platform.token(PARTNER, ['partner-applicant']);
    tokens.otherPartner = await platform.token(OTHER_PARTNER, ['partner-applicant']);
    tokens.stranger = await platform.token(STRANGER, ['empowerment-team']);
    tokens.strangerDirector = await platform.token(STRANGER, ['executive-director']);
    tokens.strangerPartner = await platform.token(STRANGER, ['partner-applicant']);
  });
  afterAll(() => pool.end());

  it('three partners apply (two tenants and an outside body) and their needs are studied; Awj also sends a second request', async () => {
    const submit = async (token: string, body: unknown) => {
      const response = await call('/partner-requests', token, { method: 'POST', body });
      expect(response.status).toBe(201);
      return ((await response.json()) as { partnerRequestId: string }).partnerRequestId;
    };
    ids.awj = await submit(tokens.partner, requestBody());
    ids.quwayiyah = await submit(
      tokens.otherPartner,
      requestBody({ expectedBeneficiaries: 60, region: { regionId: 'riyadh', governorateId: 'al-quwayiyah' } }),
    );
    ids.outside = await submit(
      tokens.staff,
      requestBody({
        allocatingTenantId: undefined,
        outsideBody: { name: { ar: 'جمعية البر الخيرية بالخبر', en: 'Al-Birr Charity, Al-Khobar' } },
        region: { regionId: 'eastern', governorateId: 'al-khobar' },
        expectedBeneficiaries: 40,
        licenceNumber: '981',
        contact: { name: 'سالم الدوسري', mobile: mobile() },
      }),
    );
    ids.awjAgain = await submit(tokens.partner, requestBody({ expectedBeneficiaries: 30 }));
    const study = async (id: string, score: number | null) => {
      const body = score === null ? studyBody() : studyBody([0, 1, 2, 3].map(() => ({ score })));
      expect((await call(`/partner-requests/${id}/needs-study`, tokens.staff, { method: 'POST', body })).status).toBe(201);
    };
    await study(ids.awj, null); // 4, 3, 4, 3 of 5
    await study(ids.quwayiyah, 5);
    await study(ids.outside, 2);
    await study(ids.awjAgain, 5);
    await eventually(async () => {
      const page = (await (await call(`/partner-requests?stage=studied&serviceId=${SERVICE}`, tokens.staff)).json()) as {
        items: Array<{ partnerRequestId: string }>;
      };
      const studied = page.items.map((i) => i.partnerRequestId);
      return Object.values(ids).every((id) => studied.includes(id)) ? true : undefined;
    });
  });

  it('the empowerment team sets up a round of 100 seats that closes in seconds; it opens and closes by itself', async () => {
    const opensAt = new Date(Date.now() - 1000).toISOString();
    const closesAt = new Date(Date.now() + 6000).toISOString();
    const response = await call('/allocation-rounds', tokens.staff, {
      method: 'POST',
      body: { serviceId: SERVICE, unit: 'seat', capacity: 100, opensAt, closesAt },
    });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { roundId: string; status: string };
    expect(receipt.status).toBe('scheduled');
    roundId = receipt.roundId;
    const { value: round } = await eventually(async () => {
      const current = (await (await call(`/allocation-rounds/${roundId}`, tokens.staff)).json()) as Round;
      return current.status === 'proposed' ? current : undefined;
    }, 120_000);
    expect(round.proposal!.proposedBy).toBeNull();
  });

  it("the proposal ranks every studied request with each factor's score and weight, the share and why it is less than asked", async () => {
    const round = (await (await call(`/allocation-rounds/${roundId}`, tokens.staff)).json()) as Round;
    const proposal = round.proposal!;
    expect(proposal.weights).toEqual({
      greatestImpact: 20,
      higherNeedRegion: 20,
      notServedBefore: 20,
      scopeOfWork: 10,
      targetedBeneficiaries: 10,
      infrastructureReadiness: 10,
      fitWithGoalsAndPlans: 10,
    });
    expect(proposal.ranking.map((r) => r.partnerRequestId)).toEqual([ids.quwayiyah, ids.awj, ids.outside]);
    expect(proposal.ranking.map((r) => r.totalScore)).toEqual([8000, 6800, 5600]);
    expect(proposal.totalAsked).toBe(220);
    expect(proposal.allocated).toBe(100);
    expect(proposal.ranking.reduce((sum, r) => sum + r.share, 0)).toBe(100);
    const awj = proposal.ranking[1];
    expect(awj.partner).toMatchObject({ kind: 'tenant', tenantId: PARTNER });
    expect(awj.factors.find((f) => f.factor === 'scopeOfWork')).toMatchObject({ score: 80, weight: 10, contribution: 800 });
    expect(awj.factors.find((f) => f.factor === 'greatestImpact')!.basis.en).toContain('not evaluated yet');
    expect(awj.factors.find((f) => f.factor === 'notServedBefore')).toMatchObject({ score: 100, weight: 20 });
    for (const line of proposal.ranking) {
      expect(line.share).toBeLessThan(line.asked);
      expect(line.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['capacity-short', 'proportional-share']));
      expect(line.reasons.every((r) => r.text.ar && r.text.en)).toBe(true);
    }
    expect(proposal.excluded).toEqual([
      { partnerRequestId: ids.awjAgain, reason: expect.objectContaining({ en: expect.stringContaining("partner's earlier request") }) },
    ]);
  });

  it('what-if with other weights answers both rankings side by side and records nothing', async () => {
    const before = await roundEvents();
    const response = await call(`/allocation-rounds/${roundId}/what-if`, tokens.director, { method: 'POST', body: { otherWeights: EQUAL_STUDY_WEIGHTS } });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      current: { ranking: Ranked[] };
      alternative: { weights: Record<string, number>; ranking: Ranked[] };
      differences: unknown[];
    };
    expect(answer.alternative.weights.scopeOfWork).toBe(1);
    expect(answer.current.ranking.map((r) => r.partnerRequestId)).toEqual([ids.quwayiyah, ids.awj, ids.outside]);
    expect(answer.alternative.ranking.map((r) => r.totalScore)).toEqual([100, 80, 40]);
    expect(answer.differences.length).toBeGreaterThan(0);
    expect(await roundEvents()).toEqual(before);
  });

  it('the team recomputes while it is a proposal; the partners see nothing before approval', async () => {
    const response = await call(`/allocation-rounds/${roundId}/recompute`, tokens.staff, { method: 'POST' });
    expect(response.status).toBe(200);
    const round = (await response.json()) as Round;
    expect(round.status).toBe('proposed');
    expect(round.proposal!.proposedBy).toEqual(expect.any(String));
    const mine = await call(`/allocation-rounds/${roundId}/my-allocation?allocatingTenantId=${ALLOCATING}`, tokens.partner);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ partnerRequestId: ids.awj, status: 'proposed', share: null, reasons: [] });
  });

  describe('bad input: each refused with a 4xx and a reason (field reasons on 422), nothing stored', () => {
    const today = riyadhNow().toISOString().slice(0, 10);
    const round = (patch: Record<string, unknown> = {}) => ({
      serviceId: SERVICE,
      unit: 'seat',
      capacity: 100,
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      ...patch,
    });
    const approval = (patch: Record<string, unknown> = {}) => ({
      session: 'الجلسة السابعة',
      gregorianDate: today,
      hijriDate: hijri(riyadhNow()),
      ...patch,
    });
    const weights = (patch: Record<string, unknown> = {}) => ({ otherWeights: { ...EQUAL_STUDY_WEIGHTS, ...patch } });
    type Bad = { name: string; path?: 'round' | 'approval' | 'what-if'; as?: string; body?: unknown; raw?: string; contentType?: string };
    const CORPUS: Bad[] = [
      { name: 'an empty object', body: {} },
      { name: 'service missing', body: round({ serviceId: undefined }) },
      { name: 'a service not distributed to partners', body: round({ serviceId: 'published-content' }) },
      { name: 'a service id as a MongoDB operator', body: round({ serviceId: { $gt: '' } }) },
      { name: 'an unknown unit', body: round({ unit: 'riyal' }) },
      { name: 'capacity zero', body: round({ capacity: 0 }) },
      { name: 'capacity negative', body: round({ capacity: -10 }) },
      { name: 'capacity fractional (SAR not in halalas)', body: round({ unit: 'halala', capacity: 1500.5 }) },
      { name: 'capacity as text', body: round({ capacity: '100' }) },
      { name: 'capacity beyond the limit', body: round({ capacity: 1e13 }) },
      { name: 'units per beneficiary zero', body: round({ unitsPerBeneficiary: 0 }) },
      { name: 'opening not an instant', body: round({ opensAt: 'next Sunday' }) },
      { name: 'closing as a date without a time', body: round({ closesAt: '2026-13-01' }) },
      { name: 'closing before opening', body: round({ closesAt: new Date(Date.now() + 60_000).toISOString() }) },
      { name: 'closing in the past', body: round({ opensAt: '2025-01-01T00:00:00Z', closesAt: '2025-02-01T00:00:00Z' }) },
      { name: 'a round longer than a programme year', body: round({ closesAt: new Date(Date.now() + 400 * 86_400_000).toISOString() }) },
      { name: 'an unknown field', body: round({ roundId: randomUUID() }) },
      { name: '__proto__ at the root', raw: `{"__proto__": {"isAdmin": true}, ${JSON.stringify(round()).slice(1)}` },
      { name: 'malformed JSON', raw: '{"serviceId": ' },
      { name: 'a body that is an array', body: [round()] },
      { name: 'a text/plain body', raw: 'serviceId=x', contentType: 'text/plain' },
      { name: 'a partner account', as: 'partner', body: round() },
      { name: 'the executive director (not the empowerment team)', as: 'director', body: round() },
      { name: 'no token', as: 'none', body: round() },
      // The approval (the round is a proposal)
      { name: 'approval: session missing', path: 'approval', body: approval({ session: undefined }) },
      { name: 'approval: session blank', path: 'approval', body: approval({ session: '' }) },
      { name: 'approval: Hijri date of another day', path: 'approval', body: approval({ hijriDate: '1400-01-01' }) },
      { name: 'approval: Hijri date missing', path: 'approval', body: approval({ hijriDate: undefined }) },
      { name: 'approval: Gregorian date that does not exist', path: 'approval', body: approval({ gregorianDate: '2026-02-30' }) },
      { name: 'approval: Gregorian date with a time', path: 'approval', body: approval({ gregorianDate: `${today}T10:00:00Z` }) },
      {
        name: 'approval: a session in the future',
        path: 'approval',
        body: approval({ gregorianDate: '2099-01-01', hijriDate: hijri(new Date('2099-01-01T00:00:00Z')) }),
      },
      {
        name: 'approval: a session dated before the proposal',
        path: 'approval',
        body: approval({ gregorianDate: '2020-01-01', hijriDate: hijri(new Date('2020-01-01T00:00:00Z')) }),
      },
      { name: 'approval: by the empowerment team', path: 'approval', as: 'staff', body: approval() },
      { name: 'approval: by a partner account', path: 'approval', as: 'partner', body: approval() },
      // The what-if
      { name: 'what-if: no weights', path: 'what-if', body: {} },
      { name: 'what-if: every weight zero', path: 'what-if', body: weights({ scopeOfWork: 0 }) },
      { name: 'what-if: a negative weight', path: 'what-if', body: weights({ notServedBefore: -1 }) },
      { name: 'what-if: a fractional weight', path: 'what-if', body: weights({ higherNeedRegion: 0.5 }) },
      { name: 'what-if: a weight above 1000', path: 'what-if', body: weights({ greatestImpact: 1001 }) },
      { name: 'what-if: a factor missing', path: 'what-if', body: { otherWeights: { scopeOfWork: 1 } } },
      { name: 'what-if: an unknown factor', path: 'what-if', body: weights({ weather: 5 }) },
      { name: 'what-if: by a relations officer', path: 'what-if', as: 'relations', body: weights() },
    ];

    it(`answers each of the ${CORPUS.length} with a 4xx and a reason, and stores nothing`, async () => {
      expect(CORPUS.length).toBeGreaterThanOrEqual(30);
      const before = await roundEvents();
      const failures: string[] = [];
      for (const bad of CORPUS) {
        const who = bad.as ?? (bad.path === 'approval' ? 'director' : 'staff');
        const path =
          bad.path === 'approval'
            ? `/allocation-rounds/${roundId}/approval`
            : bad.path === 'what-if'
              ? `/allocation-rounds/${roundId}/what-if`
              : '/allocation-rounds';
        const response = await call(path, who === 'none' ? undefined : tokens[who], {
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
      expect(await roundEvents()).toEqual(before);
      expect(((await (await call(`/allocation-rounds/${roundId}`, tokens.staff)).json()) as Round).status).toBe('proposed');
    });

    it('refuses a malformed id and an unknown filter with a 4xx', async () => {
      expect((await call('/allocation-rounds/not-an-id', tokens.staff)).status).toBe(400);
      expect((await call('/allocation-rounds?status=closed', tokens.staff)).status).toBe(422);
      expect((await call(`/allocation-rounds/${roundId}/my-allocation`, tokens.partner)).status).toBe(422);
    });
  });

  it('the executive director approves it with the session and its Hijri and Gregorian dates; then it is final', async () => {
    const today = riyadhNow();
    const body = { session: 'الجلسة السابعة لمجلس الإدارة', gregorianDate: today.toISOString().slice(0, 10), hijriDate: hijri(today) };
    const response = await call(`/allocation-rounds/${roundId}/approval`, tokens.director, { method: 'POST', body });
    expect(response.status).toBe(201);
    const round = (await response.json()) as Round;
    expect(round.status).toBe('approved');
    expect(round.approval).toMatchObject({ ...body, role: 'executive-director' });
    expect((await call(`/allocation-rounds/${roundId}/approval`, tokens.board, { method: 'POST', body })).status).toBe(409);
    expect((await call(`/allocation-rounds/${roundId}/recompute`, tokens.staff, { method: 'POST' })).status).toBe(409);
  });

  it("a partner sees its own share and why, never another partner's request or scores", async () => {
    const mine = (await (await call(`/allocation-rounds/${roundId}/my-allocation?allocatingTenantId=${ALLOCATING}`, tokens.partner)).json()) as Record<
      string,
      unknown
    >;
    const round = (await (await call(`/allocation-rounds/${roundId}`, tokens.staff)).json()) as Round;
    const awj = round.proposal!.ranking.find((r) => r.partnerRequestId === ids.awj)!;
    expect(mine).toMatchObject({ partnerRequestId: ids.awj, status: 'approved', share: awj.share, asked: 120 });
    const text = JSON.stringify(mine);
    expect(text).not.toContain(ids.quwayiyah);
    expect(text).not.toContain(ids.outside);
    expect(text).not.toMatch(/totalScore|factors|contribution|\b8000\b|\b5600\b/);
    // A partner without a request in the round, and a stranger, find nothing.
    expect((await call(`/allocation-rounds/${roundId}/my-allocation?allocatingTenantId=${ALLOCATING}`, tokens.strangerPartner)).status).toBe(404);
    // A partner account reads no staff view.
    expect((await call(`/allocation-rounds/${roundId}`, tokens.partner)).status).toBe(403);
  });

  it('the next round counts Awj and the others as served before and leaves the allocated requests out; the list keys through both', async () => {
    const opensAt = new Date(Date.now() - 1000).toISOString();
    const closesAt = new Date(Date.now() + 5000).toISOString();
    const response = await call('/allocation-rounds', tokens.staff, {
      method: 'POST',
      body: { serviceId: SERVICE, unit: 'session', capacity: 10, opensAt, closesAt },
    });
    expect(response.status).toBe(201);
    laterRoundId = ((await response.json()) as { roundId: string }).roundId;
    const { value: later } = await eventually(async () => {
      const current = (await (await call(`/allocation-rounds/${laterRoundId}`, tokens.staff)).json()) as Round;
      return current.status === 'proposed' ? current : undefined;
    }, 120_000);
    // Only Awj's second request remains; Awj had a share in the approved round, so it is served before.
    expect(later.proposal!.ranking.map((r) => r.partnerRequestId)).toEqual([ids.awjAgain]);
    expect(later.proposal!.ranking[0].factors.find((f) => f.factor === 'notServedBefore')).toMatchObject({ score: 0 });
    expect(later.proposal!.excluded.map((e) => e.partnerRequestId).sort()).toEqual([ids.awj, ids.outside, ids.quwayiyah].sort());

    // This service's rounds only: the agreements and isolation specs set up rounds of the other service on the same platform.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (await call(`/allocation-rounds?serviceId=${SERVICE}&limit=1${cursor ? `&cursor=${cursor}` : ''}`, tokens.staff)).json()) as {
        items: Array<{ roundId: string }>;
        nextCursor: string | null;
      };
      seen.push(...page.items.map((i) => i.roundId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([laterRoundId, roundId]);
    const { value: approved } = await eventually(async () => {
      const page = (await (await call(`/allocation-rounds?status=approved&serviceId=${SERVICE}`, tokens.board)).json()) as {
        items: Array<{ roundId: string; allocated: number }>;
      };
      return page.items.length === 1 ? page : undefined;
    });
    expect(approved.items[0]).toMatchObject({ roundId, allocated: 100 });
  });

  it('another association sees nothing of the rounds (404 on every endpoint, empty list)', async () => {
    for (const id of [roundId, laterRoundId]) {
      const stranger = await call(`/allocation-rounds/${id}`, tokens.stranger);
      expect(stranger.status).toBe(404);
      expect(await stranger.json()).toMatchObject({ code: 'allocation-round-not-found' });
      expect((await call(`/allocation-rounds/${id}/recompute`, tokens.stranger, { method: 'POST' })).status).toBe(404);
      expect(
        (await call(`/allocation-rounds/${id}/what-if`, tokens.strangerDirector, { method: 'POST', body: { otherWeights: EQUAL_STUDY_WEIGHTS } })).status,
      ).toBe(404);
      const today = riyadhNow();
      const approval = { session: 's', gregorianDate: today.toISOString().slice(0, 10), hijriDate: hijri(today) };
      expect((await call(`/allocation-rounds/${id}/approval`, tokens.strangerDirector, { method: 'POST', body: approval })).status).toBe(404);
      expect((await call(`/allocation-rounds/${id}/my-allocation?allocatingTenantId=${STRANGER}`, tokens.partner)).status).toBe(404);
    }
    const list = await call('/allocation-rounds', tokens.stranger);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });
});
