import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { ALLOCATING, mobile, OTHER_PARTNER, requestBody, SERVICE, STRANGER, studyBody } from './partner-arrangements';
import { eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';

// The partner tenant applying here is the General Assembly (002), not Awj: this spec's studied request stays
// studied, and the agreements and isolation specs' approved rounds of the same service give it a share,
// which would make Awj "served before" in the allocation-rounds spec's ranking (same platform).
const PARTNER = 'general-assembly-002';

jest.setTimeout(240_000);

interface Receipt {
  partnerRequestId: string;
  allocatingTenantId: string;
  stage: string;
  studyDeadline: string;
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

describe('partner requests and needs studies across tenants (Tuwaiq, partner allocation 1-2; docs/adr/0038)', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const tokens: Record<string, string> = {};
  const call = (path: string, token: string, init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${platform.url('partner-allocation')}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });

  const fromPartner = requestBody();
  const fromStaff = requestBody({
    allocatingTenantId: undefined,
    outsideBody: { name: { ar: 'جمعية البر الخيرية بالخبر', en: 'Al-Birr Charity, Al-Khobar' } },
    region: { regionId: 'eastern', governorateId: 'al-khobar' },
    expectedBeneficiaries: 40,
    contact: { name: 'سالم الدوسري', mobile: mobile() },
  });
  let partnerRequest: Receipt;
  let staffRequest: Receipt;

  beforeAll(async () => {
    tokens.partner = await platform.token(PARTNER, ['partner-applicant']);
    tokens.partnerStaff = await platform.token(PARTNER, ['empowerment-team']);
    tokens.otherPartner = await platform.token(OTHER_PARTNER, ['partner-applicant']);
    tokens.staff = await platform.token(ALLOCATING, ['empowerment-team']);
    tokens.relations = await platform.token(ALLOCATING, ['relations-officer']);
    tokens.stranger = await platform.token(STRANGER, ['empowerment-team']);
    tokens.strangerPartner = await platform.token(STRANGER, ['partner-applicant']);
  });
  afterAll(() => pool.end());

  it('a partner tenant applies from its own account, and the request lives in the allocating association', async () => {
    const response = await call('/partner-requests', tokens.partner, { method: 'POST', body: fromPartner });
    expect(response.status).toBe(201);
    partnerRequest = (await response.json()) as Receipt;
    expect(partnerRequest).toMatchObject({ allocatingTenantId: ALLOCATING, stage: 'study-pending' });
    const { rows } = await pool.query<{ tenant_id: string; stream_id: string }>(
      `SELECT tenant_id, stream_id FROM "${platform.instance}_events".events WHERE stream_id = $1`,
      [`partner-allocation.partner-request.${ALLOCATING}.${partnerRequest.partnerRequestId}`],
    );
    expect(rows).toEqual([{ tenant_id: ALLOCATING, stream_id: `partner-allocation.partner-request.${ALLOCATING}.${partnerRequest.partnerRequestId}` }]);
  });

  it("staff of the allocating association record an outside body's request", async () => {
    const response = await call('/partner-requests', tokens.staff, { method: 'POST', body: fromStaff });
    expect(response.status).toBe(201);
    staffRequest = (await response.json()) as Receipt;
  });

  it("the partner follows its own request's progress from its own tenant", async () => {
    const { value } = await eventually(async () => {
      const page = (await (await call('/partner-requests/mine', tokens.partner)).json()) as Page<Record<string, unknown>>;
      return page.items.find((item) => item.partnerRequestId === partnerRequest.partnerRequestId);
    });
    expect(value).toMatchObject({ allocatingTenantId: ALLOCATING, stage: 'study-pending', serviceId: SERVICE, studyCompletedAt: null });
  });

  it('staff see both in their list (filtered by stage, service and region) and the detail with the contact', async () => {
    const { value: page } = await eventually(async () => {
      const listed = (await (await call(`/partner-requests?stage=study-pending&serviceId=${SERVICE}`, tokens.staff)).json()) as Page<{
        partnerRequestId: string;
      }>;
      const ids = listed.items.map((i) => i.partnerRequestId);
      return ids.includes(partnerRequest.partnerRequestId) && ids.includes(staffRequest.partnerRequestId) ? listed : undefined;
    });
    expect(page.total).toBeGreaterThanOrEqual(2);
    const eastern = (await (await call('/partner-requests?regionId=eastern', tokens.staff)).json()) as Page<{ partnerRequestId: string; regionId: string }>;
    expect(eastern.items.map((i) => i.partnerRequestId)).toContain(staffRequest.partnerRequestId);
    expect(eastern.items.map((i) => i.partnerRequestId)).not.toContain(partnerRequest.partnerRequestId);
    const detail = await call(`/partner-requests/${partnerRequest.partnerRequestId}`, tokens.staff);
    expect(detail.status).toBe(200);
    expect(await detail.json()).toMatchObject({
      partner: { kind: 'tenant', tenantId: PARTNER },
      submittedFrom: 'partner',
      contact: { name: fromPartner.contact.name, mobile: `+966${fromPartner.contact.mobile.slice(1)}`, email: fromPartner.contact.email },
      study: null,
    });
  });

  it('keys through the list one row at a time without repeating or skipping', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await (await call(`/partner-requests?limit=1${cursor ? `&cursor=${cursor}` : ''}`, tokens.staff)).json()) as Page<{
        partnerRequestId: string;
      }>;
      seen.push(...page.items.map((i) => i.partnerRequestId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([partnerRequest.partnerRequestId, staffRequest.partnerRequestId]));
  });

  it('the studies-due queue shows both, nearest deadline first; `due` keeps those due before an instant', async () => {
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const { value: due } = await eventually(async () => {
      const page = (await (await call(`/needs-studies?due=${later}`, tokens.staff)).json()) as Page<{ partnerRequestId: string; studyDeadline: string }>;
      const ids = page.items.map((i) => i.partnerRequestId);
      return ids.includes(partnerRequest.partnerRequestId) && ids.includes(staffRequest.partnerRequestId) ? page : undefined;
    });
    const deadlines = due.items.map((i) => i.studyDeadline);
    expect([...deadlines].sort()).toEqual(deadlines);
    const now = (await (await call(`/needs-studies?due=${new Date().toISOString()}`, tokens.staff)).json()) as Page<{ partnerRequestId: string }>;
    expect(now.items.map((i) => i.partnerRequestId)).not.toContain(partnerRequest.partnerRequestId);
  });

  it('a study is scored by the empowerment team with evidence; the queue clears it, the partner sees it done but not the scores', async () => {
    const scored = await call(`/partner-requests/${partnerRequest.partnerRequestId}/needs-study`, tokens.staff, { method: 'POST', body: studyBody() });
    expect(scored.status).toBe(201);
    expect(await scored.json()).toMatchObject({ total: 14, maxTotal: 20, late: false });
    const again = await call(`/partner-requests/${partnerRequest.partnerRequestId}/needs-study`, tokens.staff, { method: 'POST', body: studyBody() });
    expect(again.status).toBe(409);

    await eventually(async () => {
      const page = (await (await call('/needs-studies', tokens.staff)).json()) as Page<{ partnerRequestId: string }>;
      const ids = page.items.map((i) => i.partnerRequestId);
      return !ids.includes(partnerRequest.partnerRequestId) && ids.includes(staffRequest.partnerRequestId) ? true : undefined;
    });
    const detail = (await (await call(`/partner-requests/${partnerRequest.partnerRequestId}`, tokens.staff)).json()) as {
      stage: string;
      study: { factors: unknown[] };
    };
    expect(detail.stage).toBe('studied');
    expect(detail.study.factors).toHaveLength(4);

    const { value: mine } = await eventually(async () => {
      const page = (await (await call('/partner-requests/mine', tokens.partner)).json()) as Page<Record<string, unknown>>;
      const item = page.items.find((i) => i.partnerRequestId === partnerRequest.partnerRequestId);
      return item?.stage === 'studied' ? item : undefined;
    });
    expect(mine.studyCompletedAt).toEqual(expect.any(String));
    expect(JSON.stringify(mine)).not.toMatch(/score|factor|assessedBy|total/i);
  });

  it('the partner is told at submission and when the study is done, by email and SMS, Arabic with English', async () => {
    const { value: mails } = await eventually(async () => {
      const received = await platform.mailTo(fromPartner.contact.email);
      return received.length >= 2 ? received : undefined;
    }, 60_000);
    const texts = mails.map((m) => m.text).join('\n');
    expect(texts).toContain('استلمت');
    expect(texts).toContain('received your request');
    expect(texts).toContain('اكتملت دراسة احتياجكم');
    expect(texts).toContain('needs study of your request');
    expect(texts).not.toMatch(/\b14\b.*\b20\b/);
    const sms = await outboxSearch(platform, await platform.token(ALLOCATING, ['relations-officer']), `+966${fromPartner.contact.mobile.slice(1)}`);
    expect(sms.status).toBe(200);
    const outbox = (await sms.json()) as Page<{ channel: string; body: string }>;
    expect(outbox.items.filter((m) => m.channel === 'sms')).toHaveLength(2);
  });

  it('another association sees nothing of them, not even that they exist (404), and a partner never sees another partner', async () => {
    for (const id of [partnerRequest.partnerRequestId, staffRequest.partnerRequestId]) {
      const stranger = await call(`/partner-requests/${id}`, tokens.stranger);
      const missing = await call(`/partner-requests/${randomUUID()}`, tokens.stranger);
      expect(stranger.status).toBe(404);
      expect(await stranger.json()).toMatchObject({ code: 'partner-request-not-found' });
      expect(missing.status).toBe(404);
      // The partner tenant's own staff do not read the allocating association's record either.
      expect((await call(`/partner-requests/${id}`, tokens.partnerStaff)).status).toBe(404);
      expect((await call(`/partner-requests/${id}/needs-study`, tokens.stranger, { method: 'POST', body: studyBody() })).status).toBe(404);
    }
    const lists = [
      await call('/partner-requests', tokens.stranger),
      await call('/needs-studies', tokens.stranger),
      await call('/partner-requests/mine', tokens.otherPartner),
      await call('/partner-requests/mine', tokens.strangerPartner),
      await call('/partner-requests', tokens.partnerStaff),
    ];
    for (const list of lists) {
      expect(list.status).toBe(200);
      const text = await list.text();
      expect(text).not.toContain(partnerRequest.partnerRequestId);
      expect(text).not.toContain(staffRequest.partnerRequestId);
    }
    // A partner's account reads neither the staff list nor a detail, and cannot score.
    expect((await call('/partner-requests', tokens.partner)).status).toBe(403);
    expect((await call(`/partner-requests/${partnerRequest.partnerRequestId}`, tokens.partner)).status).toBe(403);
    expect((await call(`/partner-requests/${staffRequest.partnerRequestId}/needs-study`, tokens.partner, { method: 'POST', body: studyBody() })).status).toBe(
      403,
    );
    // The outside body's request is never in a partner tenant's list.
    const partnerMine = await (await call('/partner-requests/mine', tokens.partner)).text();
    expect(partnerMine).not.toContain(staffRequest.partnerRequestId);
  });

  describe('bad input: every request refused with a 4xx and field reasons, nothing stored', () => {
    const withContact = (patch: Record<string, unknown>) => requestBody({ contact: { ...requestBody().contact, ...patch } });
    const nested = (depth: number): Record<string, unknown> => (depth === 0 ? { end: true } : { x: nested(depth - 1) });
    type Bad = { name: string; path?: 'submit' | 'study'; as?: string; body?: unknown; raw?: string; contentType?: string; fields?: boolean };
    const CORPUS: Bad[] = [
      { name: 'an empty object', body: {} },
      { name: 'service missing', body: requestBody({ serviceId: undefined }) },
      { name: 'a service outside the catalogue for partners', body: requestBody({ serviceId: 'published-content' }) },
      { name: 'an unknown service', body: requestBody({ serviceId: 'no-such-service' }) },
      { name: 'a service id as a MongoDB operator', body: requestBody({ serviceId: { $gt: '' } }) },
      { name: 'expected beneficiaries zero', body: requestBody({ expectedBeneficiaries: 0 }) },
      { name: 'expected beneficiaries negative', body: requestBody({ expectedBeneficiaries: -5 }) },
      { name: 'expected beneficiaries as text', body: requestBody({ expectedBeneficiaries: '120' }) },
      { name: 'expected beneficiaries fractional', body: requestBody({ expectedBeneficiaries: 1.5 }) },
      { name: 'no objectives', body: requestBody({ objectives: [] }) },
      { name: 'objectives as text', body: requestBody({ objectives: 'train people' }) },
      { name: 'eleven objectives', body: requestBody({ objectives: Array.from({ length: 11 }, (_, i) => `objective number ${i}`) }) },
      { name: 'a repeated objective', body: requestBody({ objectives: ['Train trainers', 'Train trainers'] }) },
      { name: 'an objective with a zero-width space', body: requestBody({ objectives: ['Train\u200btrainers'] }) },
      { name: 'region missing', body: requestBody({ region: undefined }) },
      { name: 'region null', body: requestBody({ region: null }) },
      { name: 'an unknown region', body: requestBody({ region: { regionId: 'atlantis', governorateId: 'unaizah' } }) },
      { name: 'a governorate of another region', body: requestBody({ region: { regionId: 'eastern', governorateId: 'unaizah' } }) },
      { name: 'a governorate in capitals', body: requestBody({ region: { regionId: 'qassim', governorateId: 'UNAIZAH' } }) },
      { name: 'licence missing', body: requestBody({ licenceNumber: undefined }) },
      { name: 'licence with letters', body: requestBody({ licenceNumber: 'NCNP-452' }) },
      { name: 'licence with a leading zero', body: requestBody({ licenceNumber: '0452' }) },
      { name: 'licence of seven digits', body: requestBody({ licenceNumber: '1234567' }) },
      { name: 'licence as a number', body: requestBody({ licenceNumber: 452 }) },
      { name: 'scope of work too short to study', body: requestBody({ scopeOfWork: 'Training' }) },
      { name: 'scope of work with a right-to-left override', body: requestBody({ scopeOfWork: 'Training and development \u202e for members' }) },
      { name: 'scope of work of 4001 characters', body: requestBody({ scopeOfWork: 'ا'.repeat(4001) }) },
      { name: 'contact missing', body: requestBody({ contact: undefined }) },
      { name: 'a foreign mobile', body: withContact({ mobile: '+971501234567' }) },
      { name: 'a landline', body: withContact({ mobile: '0112345678' }) },
      { name: 'an email without a domain', body: withContact({ email: 'partners@' }) },
      { name: 'a contact name with a NUL', body: withContact({ name: 'هدى\u0000' }) },
      { name: 'an unknown field', body: requestBody({ isAdmin: true }) },
      { name: 'an unknown nested field', body: withContact({ role: 'tenant-admin' }) },
      { name: '__proto__ at the root', raw: `{"__proto__": {"isAdmin": true}, ${JSON.stringify(requestBody()).slice(1)}` },
      { name: 'nesting 20 levels deep', body: requestBody({ extra: nested(20) }) },
      { name: 'malformed JSON', raw: '{"serviceId": ' },
      { name: 'a body that is an array', body: [requestBody()] },
      { name: 'a text/plain body', raw: 'serviceId=x', contentType: 'text/plain' },
      { name: 'a partner naming no association', body: requestBody({ allocatingTenantId: undefined }) },
      { name: 'a partner applying to an association not on the platform', body: requestBody({ allocatingTenantId: 'ghost-association' }) },
      { name: 'a partner applying to an association that allocates nothing to partners', body: requestBody({ allocatingTenantId: 'quwayiyah' }) },
      { name: 'a partner applying to itself', body: requestBody({ allocatingTenantId: PARTNER }) },
      { name: 'a partner passing itself off as an outside body', body: requestBody({ outsideBody: { name: { ar: 'جهة', en: 'Body' } } }) },
      { name: 'staff recording without naming the outside body', as: 'staff', body: requestBody({ allocatingTenantId: undefined }) },
      {
        name: 'staff recording for another association',
        as: 'staff',
        body: requestBody({ allocatingTenantId: 'awj', outsideBody: { name: { ar: 'جهة', en: 'Body' } } }),
      },
      {
        name: 'staff naming an outside body with a one-letter name',
        as: 'staff',
        body: requestBody({ allocatingTenantId: undefined, outsideBody: { name: { ar: 'ج', en: 'B' } } }),
      },
      { name: 'a role that may not submit (relations officer)', as: 'relations', body: requestBody() },
      { name: 'no token', as: 'none', body: requestBody() },
      { name: 'a garbage token', as: 'garbage', body: requestBody() },
      // The needs study
      { name: 'study: no scores', path: 'study', body: { scores: [] } },
      { name: 'study: a factor missing', path: 'study', body: { scores: studyBody().scores.slice(1) } },
      { name: 'study: an unknown factor', path: 'study', body: studyBody([{ factorId: 'weather' }]) },
      { name: 'study: a factor scored twice', path: 'study', body: { scores: [...studyBody().scores, studyBody().scores[0]] } },
      { name: 'study: a score above the scale', path: 'study', body: studyBody([{ score: 6 }]) },
      { name: 'study: a negative score', path: 'study', body: studyBody([{ score: -1 }]) },
      { name: 'study: a fractional score', path: 'study', body: studyBody([{ score: 2.5 }]) },
      { name: 'study: evidence that is not a document id', path: 'study', body: studyBody([{ evidence: ['../../etc/passwd'] }]) },
      {
        name: 'study: evidence listed twice',
        path: 'study',
        body: studyBody([{ evidence: ['6f1c1a52-1d7e-4b8a-9a43-0b0c3bd9b4f1', '6f1c1a52-1d7e-4b8a-9a43-0b0c3bd9b4f1'] }]),
      },
      { name: 'study: an assessor named in the body', path: 'study', body: { ...studyBody(), assessedBy: 'someone-else' } },
      { name: 'study: by a partner account', path: 'study', as: 'partner', body: studyBody() },
    ];

    const snapshot = async () => {
      const { rows } = await pool.query<{ n: string; last: string | null }>(
        `SELECT count(*) AS n, max(global_position)::text AS last FROM "${platform.instance}_events".events WHERE stream_id LIKE 'partner-allocation.partner-request.%'`,
      );
      return rows[0];
    };

    it(`answers each of the ${CORPUS.length} with a 4xx and a reason (field reasons on 422), and stores nothing`, async () => {
      expect(CORPUS.length).toBeGreaterThanOrEqual(30);
      // The outside body's study is still open: the study corpus targets it.
      const before = await snapshot();
      const failures: string[] = [];
      for (const bad of CORPUS) {
        const who = bad.as ?? (bad.path === 'study' ? 'staff' : 'partner');
        const token = who === 'none' ? undefined : who === 'garbage' ? 'not.a.jwt' : tokens[who];
        const path = bad.path === 'study' ? `/partner-requests/${staffRequest.partnerRequestId}/needs-study` : '/partner-requests';
        const response = await fetch(`${platform.url('partner-allocation')}${path}`, {
          method: 'POST',
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': bad.contentType ?? 'application/json' },
          body: bad.raw ?? JSON.stringify(bad.body),
        });
        const answer = (await response.json().catch(() => null)) as Refusal | null;
        const clear = response.status >= 400 && response.status < 500 && !!answer?.code && !!answer.message?.ar && !!answer.message?.en;
        const withFields =
          response.status !== 422 ||
          ((answer?.fields ?? []).every((f) => f.field && f.reasons.every((r) => r.ar && r.en)) && (answer?.fields?.length ?? 0) > 0);
        if (!clear || !withFields) failures.push(`${bad.name}: ${response.status} ${JSON.stringify(answer)}`);
      }
      expect(failures).toEqual([]);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await snapshot()).toEqual(before);
      // The refused study left the outside body's study open.
      const detail = (await (await call(`/partner-requests/${staffRequest.partnerRequestId}`, tokens.staff)).json()) as { study: unknown };
      expect(detail.study).toBeNull();
    });

    it('refuses a malformed id in the path and an unknown query parameter with a 4xx', async () => {
      expect((await call('/partner-requests/not-an-id', tokens.staff)).status).toBe(400);
      expect((await call('/partner-requests?stage=closed', tokens.staff)).status).toBe(422);
      expect((await call('/needs-studies?due=tomorrow', tokens.staff)).status).toBe(422);
      expect((await call('/needs-studies?cursor=bm90LW91cnM', tokens.staff)).status).toBe(422);
      expect((await call('/partner-requests?isAdmin=true', tokens.staff)).status).toBeGreaterThanOrEqual(400);
    });
  });
});
