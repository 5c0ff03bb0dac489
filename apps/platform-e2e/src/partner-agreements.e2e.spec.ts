import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { approvedShareOf } from './partner-arrangements';
import { eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(300_000);

interface Signature {
  userId: string | null;
  name: string;
  capacity: string;
  signedAt: string;
}
interface Agreement {
  agreementId: string;
  allocatingTenantId: string;
  state: string;
  partnerRequestId: string;
  partner: { kind: string; tenantId: string | null };
  allocation: { serviceId: string; units: number; unit: string };
  responsibilities: { allocator: Array<{ ar: string; en: string }>; partner: Array<{ ar: string; en: string }> };
  reporting: { every: string; dueDaysAfterPeriod: number };
  term: { startsOn: string; endsOn: string };
  template: { id: string; version: number };
  signBy: string | null;
  signatures: { allocator: Signature | null; partner: Signature | null };
  inForceFrom: string | null;
  reportsDue: string[];
  termination: { code: string; reason: { ar: string; en: string }; by: string | null } | null;
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

/**
 * Tuwaiq allocates (partner allocation 4); the General Assembly (002) is the partner tenant here, so the
 * rounds this spec approves never make Awj or Quway'iyah "served before" in the allocation-rounds spec's
 * ranking (same platform); Quway'iyah another partner; Madinah a stranger.
 */
const ALLOCATING = 'tuwaiq';
const PARTNER = 'general-assembly-002';
const OTHER_PARTNER = 'quwayiyah';
const STRANGER = 'environment-madinah';
const SERVICE = 'partner-association-services';
const FACTORS = ['scope-of-work', 'targeted-beneficiaries', 'infrastructure-readiness', 'fit-with-goals-and-plans'];

const mobile = () => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const contact = { name: 'هدى الحربي', mobile: mobile(), email: `mou-${randomUUID().slice(0, 8)}@awj.example` };
const requestBody = () => ({
  allocatingTenantId: ALLOCATING,
  serviceId: SERVICE,
  expectedBeneficiaries: 60,
  objectives: ['تأهيل 60 من الباحثين عن عمل في عنيزة'],
  region: { regionId: 'qassim', governorateId: 'unaizah' },
  licenceNumber: '452',
  scopeOfWork: 'التدريب والتطوير والاستشارات لأعضاء الجمعية في منطقة القصيم',
  contact,
});
const studyBody = () => ({ scores: FACTORS.map((factorId) => ({ factorId, score: 4, evidence: [randomUUID()] })) });
const partnerSignature = { name: 'نورة القحطاني', capacity: 'رئيسة مجلس الإدارة / Chair of the board', allocatingTenantId: ALLOCATING };
const directorSignature = { name: 'عبدالله السبيعي', capacity: 'المدير التنفيذي / Executive director' };

describe('partner agreements: drafted, sent, signed by both sides, lapsed, terminated (Tuwaiq, partner allocation 4; docs/adr/0039)', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const tokens: Record<string, string> = {};
  const call = (path: string, token: string | undefined, init: { method?: string; body?: unknown; raw?: string; contentType?: string } = {}) =>
    fetch(`${platform.url('partner-allocation')}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': init.contentType ?? 'application/json' },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
  const post = (path: string, token: string, body: unknown) => call(path, token, { method: 'POST', body });
  const requestIds: string[] = [];
  /** The approved round that gave each request its share (an agreement carries that share, docs/adr/0039). */
  const roundOf: Record<string, string> = {};
  const draft = (partnerRequestId: string, patch: Record<string, unknown> = {}) => ({
    partnerRequestId,
    roundId: roundOf[partnerRequestId] ?? randomUUID(),
    allocation: { units: 25, unit: 'seats' },
    startsOn: '2027-01-01',
    ...patch,
  });
  let main: Agreement;
  let lapsing: Agreement;

  beforeAll(async () => {
    tokens.partner = await platform.token(PARTNER, ['partner-applicant']);
    tokens.partnerStaff = await platform.token(PARTNER, ['empowerment-team']);
    tokens.otherPartner = await platform.token(OTHER_PARTNER, ['partner-applicant']);
    tokens.staff = await platform.token(ALLOCATING, ['empowerment-team']);
    tokens.director = await platform.token(ALLOCATING, ['executive-director']);
    tokens.board = await platform.token(ALLOCATING, ['board-member']);
    tokens.relations = await platform.token(ALLOCATING, ['relations-officer']);
    tokens.stranger = await platform.token(STRANGER, ['empowerment-team']);
    tokens.strangerDirector = await platform.token(STRANGER, ['executive-director']);
    // The partner applies three times from its own account; every needs study is scored, and an approved
    // round gives each request its share (60 seats asked, rounds of ample capacity: 60 each).
    for (let i = 0; i < 3; i += 1) {
      const submitted = await post('/partner-requests', tokens.partner, requestBody());
      expect(submitted.status).toBe(201);
      const { partnerRequestId } = (await submitted.json()) as { partnerRequestId: string };
      expect((await post(`/partner-requests/${partnerRequestId}/needs-study`, tokens.staff, studyBody())).status).toBe(201);
      requestIds.push(partnerRequestId);
    }
    for (const partnerRequestId of requestIds) {
      const { roundId, share } = await approvedShareOf(
        platform.url('partner-allocation'),
        { staff: tokens.staff!, director: tokens.director! },
        SERVICE,
        partnerRequestId,
      );
      expect(share).toBe(60);
      roundOf[partnerRequestId] = roundId;
    }
  });
  afterAll(() => pool.end());

  it("a draft that does not match the approved round's share is refused with its reason, and nothing is stored (Tuwaiq, partner allocation 3–4)", async () => {
    const agreementEvents = async () =>
      (
        await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM "${platform.instance}_events".events WHERE stream_id LIKE 'partner-allocation.partner-agreement.%'`,
        )
      ).rows[0]!.n;
    const before = await agreementEvents();
    const refusal = async (body: unknown, status: number, field?: string) => {
      const response = await post('/partner-agreements', tokens.staff, body);
      expect(response.status).toBe(status);
      const refused = (await response.json()) as Refusal;
      expect(refused.message?.ar && refused.message.en).toBeTruthy();
      if (field) {
        const reason = refused.fields?.find((f) => f.field === field)?.reasons[0];
        expect(reason?.ar && reason.en).toBeTruthy();
        return reason!;
      }
      return refused;
    };
    // More than the 60 seats the approved round gave the request.
    const above = await refusal(draft(requestIds[0]!, { allocation: { units: 61, unit: 'seats' } }), 422, 'allocation.units');
    expect((above as { en: string }).en).toContain('60 seats');
    // The share is in seats, not money.
    await refusal(draft(requestIds[0]!, { allocation: { units: 25, unit: 'halalas' } }), 422, 'allocation.unit');
    // Another request's round: this request has no share in it.
    await refusal(draft(requestIds[0]!, { roundId: roundOf[requestIds[1]!] }), 422, 'partnerRequestId');
    // A round the association does not have.
    await refusal(draft(requestIds[0]!, { roundId: randomUUID() }), 422, 'roundId');
    // A round scheduled, not approved: 409.
    const scheduled = await post('/allocation-rounds', tokens.staff, {
      serviceId: SERVICE,
      unit: 'seat',
      capacity: 10,
      opensAt: new Date(Date.now() + 200 * 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 201 * 86_400_000).toISOString(),
    });
    expect(scheduled.status).toBe(201);
    const notApproved = (await refusal(draft(requestIds[0]!, { roundId: ((await scheduled.json()) as { roundId: string }).roundId }), 409)) as Refusal;
    expect(notApproved.code).toBe('allocation-round-not-approved');
    expect(await agreementEvents()).toBe(before);
  });

  it("the empowerment team drafts it from the association's template: both sides' responsibilities, the allocation, the term and the reporting", async () => {
    const response = await post('/partner-agreements', tokens.staff, draft(requestIds[0]!));
    expect(response.status).toBe(201);
    main = (await response.json()) as Agreement;
    expect(main).toMatchObject({
      allocatingTenantId: ALLOCATING,
      state: 'draft',
      partner: { kind: 'tenant', tenantId: PARTNER },
      allocation: { serviceId: SERVICE, units: 25, unit: 'seats' },
      reporting: { every: 'quarter', dueDaysAfterPeriod: 15 },
      term: { startsOn: '2027-01-01', endsOn: '2027-12-31' },
      template: { id: 'tuwaiq-partner-mou', version: 1 },
      signatures: { allocator: null, partner: null },
      reportsDue: [],
    });
    expect(main.responsibilities.allocator.length).toBeGreaterThan(0);
    expect(main.responsibilities.partner.map((r) => r.en).join(' ')).toContain('impact reports');
    // The same request and round make one agreement.
    const again = await post('/partner-agreements', tokens.staff, draft(requestIds[0]!));
    expect(again.status).toBe(409);
  });

  it('is sent; the partner signs from its own tenant, then the executive director: in force, with its report dates', async () => {
    const sent = await post(`/partner-agreements/${main.agreementId}/sending`, tokens.staff, {});
    expect(sent.status).toBe(200);
    expect(await sent.json()).toMatchObject({ state: 'sent', signBy: expect.any(String) });

    const byPartner = await post(`/partner-agreements/${main.agreementId}/signatures`, tokens.partner, partnerSignature);
    expect(byPartner.status).toBe(200);
    expect(await byPartner.json()).toMatchObject({
      state: 'signed-by-one',
      signatures: { partner: { name: partnerSignature.name, capacity: partnerSignature.capacity } },
    });
    // A side signs once.
    expect((await post(`/partner-agreements/${main.agreementId}/signatures`, tokens.partner, partnerSignature)).status).toBe(409);

    const byDirector = await post(`/partner-agreements/${main.agreementId}/signatures`, tokens.director, directorSignature);
    expect(byDirector.status).toBe(200);
    const inForce = (await byDirector.json()) as Agreement;
    expect(inForce.state).toBe('in-force');
    expect(inForce.signatures.allocator).toMatchObject({ name: directorSignature.name, capacity: directorSignature.capacity });
    expect(inForce.inForceFrom).toEqual(expect.any(String));
    // Quarterly over 2027, each due 15 days after its quarter (docs/adr/0039).
    expect(inForce.reportsDue).toEqual(['2027-04-15', '2027-07-15', '2027-10-15', '2028-01-15']);
    expect((await post(`/partner-agreements/${main.agreementId}/signatures`, tokens.board, directorSignature)).status).toBe(409);
  });

  it('the staff list shows it in force; the partner follows it from its own tenant; its workflow waits for the term', async () => {
    const { value: staffPage } = await eventually(async () => {
      const page = (await (await call('/partner-agreements?state=in-force', tokens.staff)).json()) as Page<Agreement>;
      return page.items.some((a) => a.agreementId === main.agreementId) ? page : undefined;
    });
    expect(staffPage.total).toBeGreaterThanOrEqual(1);
    const { value: mine } = await eventually(async () => {
      const page = (await (await call('/partner-agreements/mine', tokens.partner)).json()) as Page<Agreement>;
      return page.items.find((a) => a.agreementId === main.agreementId && a.state === 'in-force');
    });
    expect(mine.reportsDue).toHaveLength(4);
    const detail = await call(`/partner-agreements/${main.agreementId}`, tokens.director);
    expect(detail.status).toBe(200);
    expect(detail.headers.get('etag')).toMatch(/^"\d+"$/);
    const { rows } = await pool.query<{ stream_id: string; type: string }>(
      `SELECT stream_id, type FROM "${platform.instance}_events".events WHERE stream_id = $1 ORDER BY global_position`,
      [`partner-allocation.partner-agreement.${ALLOCATING}.${main.agreementId}`],
    );
    expect(rows.map((r) => r.type)).toEqual([
      'PartnerAgreementDrafted',
      'PartnerAgreementSent',
      'PartnerAgreementSigned',
      'PartnerAgreementSigned',
      'PartnerAgreementTookEffect',
    ]);
  });

  it('the partner is told when it is sent and when it is in force, by email and SMS, Arabic with English', async () => {
    const { value: mails } = await eventually(async () => {
      const received = await platform.mailTo(contact.email);
      const texts = received.map((m) => m.text).join('\n');
      return texts.includes('awaits your signature') || texts.includes('for signature')
        ? texts.includes('is in force') || texts.includes('Both parties signed')
          ? received
          : undefined
        : undefined;
    }, 90_000);
    const texts = mails.map((m) => `${m.subject}\n${m.text}`).join('\n');
    expect(texts).toContain('بانتظار توقيعكم');
    expect(texts).toContain('sent the partner agreement');
    expect(texts).toContain('وقّع الطرفان');
    expect(texts).toContain('first impact report is due on 2027-04-15');
    const sms = await outboxSearch(platform, tokens.relations, `+966${contact.mobile.slice(1)}`);
    const outbox = (await sms.json()) as Page<{ channel: string; body: string }>;
    const bodies = outbox.items
      .filter((m) => m.channel === 'sms')
      .map((m) => m.body)
      .join('\n');
    expect(bodies).toContain('2027-01-01');
  });

  it('a second agreement lapses at a signature deadline of a few seconds: terminated by the deadline, by nobody', async () => {
    const drafted = await post('/partner-agreements', tokens.staff, draft(requestIds[1]!));
    expect(drafted.status).toBe(201);
    lapsing = (await drafted.json()) as Agreement;
    const signBy = new Date(Date.now() + 4_000).toISOString();
    const sent = await post(`/partner-agreements/${lapsing.agreementId}/sending`, tokens.staff, { signBy });
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as Agreement).signBy).toBe(signBy);
    expect((await post(`/partner-agreements/${lapsing.agreementId}/signatures`, tokens.partner, partnerSignature)).status).toBe(200);
    const { value: lapsed } = await eventually(async () => {
      const detail = (await (await call(`/partner-agreements/${lapsing.agreementId}`, tokens.staff)).json()) as Agreement;
      return detail.state === 'terminated' ? detail : undefined;
    }, 120_000);
    expect(lapsed.termination).toMatchObject({ code: 'signature-deadline-passed', by: null });
    expect(lapsed.reportsDue).toEqual([]);
    // Too late to sign.
    expect((await post(`/partner-agreements/${lapsing.agreementId}/signatures`, tokens.director, directorSignature)).status).toBe(409);
  });

  it('the board terminates an agreement with a reason; a second termination is refused', async () => {
    const drafted = await post('/partner-agreements', tokens.staff, draft(requestIds[2]!));
    const agreement = (await drafted.json()) as Agreement;
    const terminated = await post(`/partner-agreements/${agreement.agreementId}/termination`, tokens.board, {
      code: 'partner-withdrew',
      reason: { ar: 'انسحبت الجمعية الشريكة من البرنامج', en: 'The partner withdrew from the programme' },
    });
    expect(terminated.status).toBe(200);
    expect(await terminated.json()).toMatchObject({
      state: 'terminated',
      termination: { code: 'partner-withdrew', reason: { en: 'The partner withdrew from the programme' }, by: expect.any(String) },
    });
    const again = await post(`/partner-agreements/${agreement.agreementId}/termination`, tokens.director, {
      code: 'mutual-consent',
      reason: { ar: 'باتفاق الطرفين', en: 'By mutual consent' },
    });
    expect(again.status).toBe(409);
    await eventually(async () => {
      const page = (await (await call('/partner-agreements?state=terminated', tokens.staff)).json()) as Page<Agreement>;
      return page.items.some((a) => a.agreementId === agreement.agreementId) ? true : undefined;
    });
  });

  it('another association sees nothing of them (404), and a partner sees only its own agreements', async () => {
    for (const id of [main.agreementId, lapsing.agreementId]) {
      expect((await call(`/partner-agreements/${id}`, tokens.stranger)).status).toBe(404);
      expect((await call(`/partner-agreements/${id}`, tokens.partnerStaff)).status).toBe(404);
      expect((await post(`/partner-agreements/${id}/sending`, tokens.stranger, {})).status).toBe(404);
      expect((await post(`/partner-agreements/${id}/signatures`, tokens.strangerDirector, directorSignature)).status).toBe(404);
      expect(
        (
          await post(`/partner-agreements/${id}/termination`, tokens.strangerDirector, {
            code: 'mutual-consent',
            reason: { ar: 'باتفاق الطرفين', en: 'By mutual consent' },
          })
        ).status,
      ).toBe(404);
      // Another partner tenant naming the allocating association cannot sign an agreement that is not its own.
      const other = await post(`/partner-agreements/${id}/signatures`, tokens.otherPartner, partnerSignature);
      expect(other.status).toBe(404);
      expect(await other.json()).toMatchObject({ code: 'agreement-not-found' });
    }
    expect((await call(`/partner-agreements/${randomUUID()}`, tokens.staff)).status).toBe(404);
    for (const list of [
      await call('/partner-agreements', tokens.stranger),
      await call('/partner-agreements/mine', tokens.otherPartner),
      await call('/partner-agreements', tokens.partnerStaff),
    ]) {
      expect(list.status).toBe(200);
      const text = await list.text();
      expect(text).not.toContain(main.agreementId);
      expect(text).not.toContain(lapsing.agreementId);
    }
    // A partner's account reads neither the staff list nor a detail, and cannot draft, send or terminate.
    expect((await call('/partner-agreements', tokens.partner)).status).toBe(403);
    expect((await call(`/partner-agreements/${main.agreementId}`, tokens.partner)).status).toBe(403);
    expect((await post('/partner-agreements', tokens.partner, draft(requestIds[0]!, { roundId: randomUUID() }))).status).toBe(403);
    expect(
      (
        await post(`/partner-agreements/${main.agreementId}/termination`, tokens.partner, {
          code: 'partner-withdrew',
          reason: { ar: 'انسحبت الجمعية', en: 'We withdrew' },
        })
      ).status,
    ).toBe(403);
  });

  describe('bad input: every request refused with a 4xx and reasons, nothing stored', () => {
    type Bad = { name: string; path: string; as?: string; body?: unknown; raw?: string; contentType?: string };
    const nested = (depth: number): Record<string, unknown> => (depth === 0 ? { end: true } : { x: nested(depth - 1) });
    const terminate = { code: 'mutual-consent', reason: { ar: 'باتفاق الطرفين', en: 'By mutual consent' } };
    const CORPUS = (): Bad[] => {
      const d = '/partner-agreements';
      const m = main.agreementId;
      const l = lapsing.agreementId;
      return [
        { name: 'draft: an empty object', path: d, body: {} },
        { name: 'draft: request id not a uuid', path: d, body: draft('request-1') },
        { name: 'draft: a request of no one', path: d, body: draft(randomUUID(), { roundId: randomUUID() }) },
        { name: 'draft: round id missing', path: d, body: draft(requestIds[0]!, { roundId: undefined }) },
        { name: 'draft: allocation missing', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), allocation: undefined }) },
        { name: 'draft: zero units', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), allocation: { units: 0, unit: 'seats' } }) },
        { name: 'draft: negative units', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), allocation: { units: -3, unit: 'seats' } }) },
        { name: 'draft: fractional units', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), allocation: { units: 2.5, unit: 'seats' } }) },
        { name: 'draft: units as text', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), allocation: { units: '25', unit: 'seats' } }) },
        { name: 'draft: an unknown unit', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), allocation: { units: 25, unit: 'riyals' } }) },
        { name: 'draft: start date 2027-02-30', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), startsOn: '2027-02-30' }) },
        { name: 'draft: start date in Hijri words', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), startsOn: '1 رجب 1448' }) },
        { name: 'draft: start date with a time', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), startsOn: '2027-01-01T00:00:00Z' }) },
        {
          name: 'draft: the partner named in the body',
          path: d,
          body: draft(requestIds[0]!, { roundId: randomUUID(), partner: { kind: 'tenant', tenantId: 'quwayiyah' } }),
        },
        { name: 'draft: an operator for the request id', path: d, body: draft(requestIds[0]!, { partnerRequestId: { $ne: null } }) },
        { name: 'draft: nesting 20 levels deep', path: d, body: draft(requestIds[0]!, { roundId: randomUUID(), extra: nested(20) }) },
        { name: 'draft: malformed JSON', path: d, raw: '{"partnerRequestId": ' },
        { name: 'draft: a body that is an array', path: d, body: [draft(requestIds[0]!)] },
        { name: 'draft: a text/plain body', path: d, raw: 'partnerRequestId=x', contentType: 'text/plain' },
        { name: 'draft: by the director (not the empowerment team)', path: d, as: 'director', body: draft(requestIds[0]!, { roundId: randomUUID() }) },
        { name: 'draft: no token', path: d, as: 'none', body: draft(requestIds[0]!, { roundId: randomUUID() }) },
        { name: 'draft: a garbage token', path: d, as: 'garbage', body: draft(requestIds[0]!, { roundId: randomUUID() }) },
        { name: 'send: an agreement already in force', path: `${d}/${m}/sending`, body: {} },
        { name: 'send: a deadline in the past', path: `${d}/${m}/sending`, body: { signBy: '2020-01-01T00:00:00Z' } },
        { name: 'send: a deadline that is not an instant', path: `${d}/${m}/sending`, body: { signBy: 'next week' } },
        { name: 'send: a malformed id', path: `${d}/not-an-id/sending`, body: {} },
        { name: 'sign: no name', path: `${d}/${m}/signatures`, as: 'director', body: { capacity: 'Executive director' } },
        { name: 'sign: a two-letter name', path: `${d}/${m}/signatures`, as: 'director', body: { ...directorSignature, name: 'عب' } },
        { name: 'sign: no capacity', path: `${d}/${m}/signatures`, as: 'director', body: { name: directorSignature.name } },
        {
          name: 'sign: a name with a right-to-left override',
          path: `${d}/${m}/signatures`,
          as: 'director',
          body: { ...directorSignature, name: 'عبدالله\u202e السبيعي' },
        },
        { name: 'sign: a capacity of 121 characters', path: `${d}/${m}/signatures`, as: 'director', body: { ...directorSignature, capacity: 'م'.repeat(121) } },
        {
          name: 'sign: a partner naming no association',
          path: `${d}/${m}/signatures`,
          as: 'partner',
          body: { ...partnerSignature, allocatingTenantId: undefined },
        },
        {
          name: 'sign: a partner naming an association in capitals',
          path: `${d}/${m}/signatures`,
          as: 'partner',
          body: { ...partnerSignature, allocatingTenantId: 'TUWAIQ' },
        },
        {
          name: 'sign: the signer named by id in the body',
          path: `${d}/${m}/signatures`,
          as: 'director',
          body: { ...directorSignature, userId: 'someone-else' },
        },
        { name: 'sign: a lapsed agreement', path: `${d}/${l}/signatures`, as: 'director', body: directorSignature },
        { name: 'sign: by the relations officer', path: `${d}/${m}/signatures`, as: 'relations', body: directorSignature },
        { name: 'terminate: an unknown code', path: `${d}/${m}/termination`, as: 'director', body: { ...terminate, code: 'bored' } },
        {
          name: 'terminate: the deadline code by hand',
          path: `${d}/${m}/termination`,
          as: 'director',
          body: { ...terminate, code: 'signature-deadline-passed' },
        },
        { name: 'terminate: no reason', path: `${d}/${m}/termination`, as: 'director', body: { code: 'mutual-consent' } },
        {
          name: 'terminate: a reason in Arabic only',
          path: `${d}/${m}/termination`,
          as: 'director',
          body: { code: 'mutual-consent', reason: { ar: 'باتفاق الطرفين' } },
        },
        {
          name: 'terminate: a reason of one word',
          path: `${d}/${m}/termination`,
          as: 'director',
          body: { code: 'mutual-consent', reason: { ar: 'لا', en: 'no' } },
        },
        { name: 'terminate: a lapsed agreement', path: `${d}/${l}/termination`, as: 'director', body: terminate },
        { name: 'terminate: by the empowerment team', path: `${d}/${m}/termination`, as: 'staff', body: terminate },
      ];
    };

    const snapshot = async () => {
      const { rows } = await pool.query<{ n: string; last: string | null }>(
        `SELECT count(*) AS n, max(global_position)::text AS last FROM "${platform.instance}_events".events WHERE stream_id LIKE 'partner-allocation.partner-agreement.%'`,
      );
      return rows[0];
    };

    it('answers each with a 4xx and a reason in Arabic and English (field reasons on 422), and stores nothing', async () => {
      const corpus = CORPUS();
      expect(corpus.length).toBeGreaterThanOrEqual(30);
      const before = await snapshot();
      const failures: string[] = [];
      for (const bad of corpus) {
        const who = bad.as ?? (bad.path.endsWith('/signatures') ? 'partner' : 'staff');
        const token = who === 'none' ? undefined : who === 'garbage' ? 'not.a.jwt' : tokens[who];
        const response = await call(bad.path, token, { method: 'POST', body: bad.body, raw: bad.raw, contentType: bad.contentType });
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
    });

    it('refuses a malformed id in the path and an unknown state in the query with a 4xx', async () => {
      expect((await call('/partner-agreements/not-an-id', tokens.staff)).status).toBe(400);
      expect((await call('/partner-agreements?state=void', tokens.staff)).status).toBe(422);
      expect((await call('/partner-agreements?cursor=bm90LW91cnM', tokens.staff)).status).toBe(422);
    });
  });
});
