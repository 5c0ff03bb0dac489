import { Pool } from 'pg';
import { applicationBody, claimsOf, DELIVERY_DAY_MS, eventually, newNationalId, outboxSearch, PlatformUnderTest, SURVEY_DAY_MS } from './platform-under-test';

jest.setTimeout(600_000);

// Satisfaction surveys on the running platform (docs/adr/0041): the public survey link refuses every
// forged, malformed or oversized request with 404 or a bilingual 4xx and stores nothing; the anonymous
// content rating refuses bad input field by field; a staff member's results are refused to the board;
// no figure under k is published, and the two halves of a differencing attack are refused.
//
// The programme's end on the running platform: the e2e platform shortens a programme day
// (ATHAR_DELIVERY_DAY_MS, DELIVERY_DAY_MS: the policy's 90 days end in 90 s) and a survey day
// (ATHAR_SURVEY_DAY_SECONDS, SURVEY_DAY_MS: the reminder after 3 days, the close after 14), both refused
// in production. k stays the policy's 5: the spec brings five cases of one cell (general-assembly-002,
// member-service, interview, this month) to the end of their programme, plus a sixth left unanswered.
interface Dashboard {
  totals: { responses: number; sent: number; figures: { csat?: { n: number; csat: { mean: number } } } };
  comments: Array<{ text: string }>;
}

interface Refusal {
  code?: string;
  message?: { ar?: string; en?: string };
  fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
}

describe('satisfaction surveys: the public link, content ratings and the dashboards under k', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  const tokens: Record<string, string> = {};
  const call = (path: string, init: { method?: string; body?: unknown; raw?: string; token?: string; contentType?: string } = {}) =>
    fetch(`${platform.url('feedback')}${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), 'content-type': init.contentType ?? 'application/json' },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
  const stored = async () =>
    (
      await pool.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM "${platform.instance}_events".events WHERE stream_id LIKE 'feedback.satisfaction-survey.%' OR stream_id LIKE 'feedback.content-rating.%'`,
      )
    ).rows[0]?.n;

  // Fresh before each test: the programme-end journey below outlives a token's lifetime.
  beforeEach(async () => {
    tokens.board = await platform.token('tuwaiq', ['board-member']);
    tokens.director = await platform.token('tuwaiq', ['executive-director']);
    tokens.officer = await platform.token('tuwaiq', ['services-officer']);
  });
  afterAll(() => pool.end());

  const good = { scores: { overall: 5, recommend: 9, effort: 2 }, texts: { comment: 'شكرًا' } };
  const forged = 'A'.repeat(43);
  const CORPUS: Array<{ name: string; path: string; method?: string; body?: unknown; raw?: string; contentType?: string }> = [
    // the survey link: forged, malformed, oversized, scripted
    { name: 'survey: forged token (well formed)', path: `/public/surveys/${forged}` },
    { name: 'survey: forged token answer', path: `/public/surveys/${forged}/answer`, method: 'POST', body: good },
    { name: 'survey: token of 42 characters', path: `/public/surveys/${'b'.repeat(42)}` },
    { name: 'survey: token of 44 characters', path: `/public/surveys/${'b'.repeat(44)}/answer`, method: 'POST', body: good },
    { name: 'survey: token with a dot', path: `/public/surveys/${'c'.repeat(42)}.`, method: 'POST', body: good },
    { name: 'survey: SQL in the token', path: `/public/surveys/${encodeURIComponent("' OR 1=1 --")}/answer`, method: 'POST', body: good },
    { name: 'survey: Mongo operator in the token', path: `/public/surveys/${encodeURIComponent('{"$ne":null}')}/answer`, method: 'POST', body: good },
    { name: 'survey: script in the token', path: `/public/surveys/${encodeURIComponent('<script>alert(1)</script>')}` },
    { name: 'survey: a 5000-character token', path: `/public/surveys/${'d'.repeat(5000)}` },
    { name: 'survey: Arabic-Indic token', path: `/public/surveys/${encodeURIComponent('٠'.repeat(43))}` },
    { name: 'survey: answer without body', path: `/public/surveys/${forged}/answer`, method: 'POST' },
    { name: 'survey: answer with scores as an array', path: `/public/surveys/${forged}/answer`, method: 'POST', body: { scores: [5, 9] } },
    { name: 'survey: answer with scores as text', path: `/public/surveys/${forged}/answer`, method: 'POST', body: { scores: 'five' } },
    { name: 'survey: answer with texts as a number', path: `/public/surveys/${forged}/answer`, method: 'POST', body: { scores: { overall: 5 }, texts: 7 } },
    { name: 'survey: unknown top-level field', path: `/public/surveys/${forged}/answer`, method: 'POST', body: { ...good, caseId: 'x' } },
    { name: 'survey: malformed JSON', path: `/public/surveys/${forged}/answer`, method: 'POST', raw: '{"scores": {"overall": 5' },
    { name: 'survey: not JSON', path: `/public/surveys/${forged}/answer`, method: 'POST', raw: 'scores=5', contentType: 'application/x-www-form-urlencoded' },
    {
      name: 'survey: oversized remark (forged link)',
      path: `/public/surveys/${forged}/answer`,
      method: 'POST',
      body: { scores: { overall: 5 }, texts: { comment: 'x'.repeat(5000) } },
    },
    {
      name: 'survey: script in the remark (forged link)',
      path: `/public/surveys/${forged}/answer`,
      method: 'POST',
      body: { scores: { overall: 5 }, texts: { comment: '<script>document.cookie</script>' } },
    },
    {
      name: 'survey: a body of 2 MB',
      path: `/public/surveys/${forged}/answer`,
      method: 'POST',
      raw: JSON.stringify({ scores: { overall: 5 }, texts: { comment: 'x'.repeat(2_000_000) } }),
    },
    // content rating
    {
      name: 'rating: unknown tenant',
      path: '/public/nowhere/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'website', rating: 4 },
    },
    {
      name: 'rating: tenant without content rating',
      path: '/public/awj/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'website', rating: 4 },
    },
    {
      name: 'rating: unknown item',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: 'nothing-here', channel: 'website', rating: 4 },
    },
    {
      name: 'rating: unknown channel',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'fax', rating: 4 },
    },
    {
      name: 'rating: 0',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'website', rating: 0 },
    },
    {
      name: 'rating: 6',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'website', rating: 6 },
    },
    {
      name: 'rating: 3.5',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'website', rating: 3.5 },
    },
    {
      name: 'rating: as text',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'website', rating: 'ممتاز' },
    },
    { name: 'rating: missing', path: '/public/tuwaiq/content-ratings', method: 'POST', body: { contentItemId: 'job-readiness-guide', channel: 'website' } },
    {
      name: 'rating: script as item',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: '<script>', channel: 'website', rating: 4 },
    },
    {
      name: 'rating: personal data smuggled',
      path: '/public/tuwaiq/content-ratings',
      method: 'POST',
      body: { contentItemId: 'job-readiness-guide', channel: 'website', rating: 4, mobile: '0551234567' },
    },
    { name: 'rating: empty body', path: '/public/tuwaiq/content-ratings', method: 'POST', body: {} },
    { name: 'rating: array body', path: '/public/tuwaiq/content-ratings', method: 'POST', raw: '[1,2,3]' },
  ];

  it('answers every bad request to the public survey link and content rating with a bilingual 4xx (field reasons on 422), and stores nothing', async () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    const before = await stored();
    const failures: string[] = [];
    for (const bad of CORPUS) {
      const response = await call(bad.path, { method: bad.method, body: bad.body, raw: bad.raw, contentType: bad.contentType });
      const answer = (await response.json().catch(() => null)) as Refusal | null;
      const clear = response.status >= 400 && response.status < 500 && !!answer?.code && !!answer.message?.ar && !!answer.message?.en;
      const withFields =
        response.status !== 422 || ((answer?.fields ?? []).length > 0 && answer!.fields!.every((f) => f.field && f.reasons.every((r) => r.ar && r.en)));
      if (!clear || !withFields) failures.push(`${bad.name}: ${response.status} ${JSON.stringify(answer)?.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect(await stored()).toBe(before);
  });

  it('a forged link answers exactly as a malformed one: 404, nothing about a tenant or a survey', async () => {
    const a = await call(`/public/surveys/${forged}`);
    const b = await call(`/public/surveys/${'Z'.repeat(43)}`);
    expect([a.status, b.status]).toEqual([404, 404]);
    const strip = (x: Record<string, unknown>) => ({ ...x, correlationId: undefined });
    expect(strip((await a.json()) as Record<string, unknown>)).toEqual(strip((await b.json()) as Record<string, unknown>));
  });

  it("refuses a staff member's results to the board (403) and to everyone under k; a differencing pair is refused", async () => {
    const staff = await platform.newPerson('tuwaiq', ['services-officer']);
    const asBoard = await call(`/satisfaction/staff/${staff.userId}/dashboard`, { token: tokens.board });
    expect(asBoard.status).toBe(403);
    expect(((await asBoard.json()) as Refusal).code).toBe('staff-results-private');
    // Another staff member's results, even for a staff role: 403.
    expect((await call(`/satisfaction/staff/${staff.userId}/dashboard`, { token: tokens.officer })).status).toBe(403);
    // Under k: the director asking for a service, and for the same service on one channel (the two halves of a differencing attack), is refused both times.
    const whole = await call('/satisfaction/dashboard?serviceId=job-seeker-training', { token: tokens.director });
    const part = await call('/satisfaction/dashboard?serviceId=job-seeker-training&channel=website', { token: tokens.director });
    expect([whole.status, part.status]).toEqual([422, 422]);
    expect(((await whole.json()) as Refusal).code).toBe('below-minimum-group');
    // Filters outside the cells are refused field by field.
    const odd = await call('/satisfaction/dashboard?fromMonth=2026-13&groupBy=person', { token: tokens.board });
    expect(odd.status).toBe(422);
  });

  describe("a programme's end on the running platform", () => {
    const TENANT = 'general-assembly-002';
    const MEMBERS = [`${TENANT}-member-1`, `${TENANT}-member-2`];
    const SURVEY_LINK = /\/([A-Za-z0-9_-]{43})(?:\s|$)/;
    // asked for at each use: a token lives 5 minutes and this chain runs longer (platform.token renews it)
    const officer = () => platform.token(TENANT, ['relations-officer']);
    const director = () => platform.token(TENANT, ['executive-director']);
    const admin = () => platform.token(TENANT, ['tenant-admin']);
    beforeAll(async () => {
      // Signed in one after another: the cases below submit and vote in parallel, and a first sign-in creates
      // the user (in parallel, each case would get an officer of its own).
      await officer();
      for (const member of MEMBERS) await platform.tokenFor(TENANT, member, ['committee-member']);
    });

    const newMobile = () => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const e164 = (mobile: string) => `+966${mobile.slice(1)}`;

    /** A request submitted at intake, assessed, accepted by the committee: its programme runs DELIVERY_DAY_MS × 90. */
    async function acceptedCase(): Promise<{ caseId: string; mobile: string; nationalId: string }> {
      const mobile = newMobile();
      const nationalId = newNationalId();
      const body = applicationBody('member-service', 'interview');
      const created = await fetch(`${platform.url('intake')}/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await officer()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, applicant: { ...body.applicant, nationalId, mobile } }),
      });
      expect(created.status).toBe(201);
      const { caseId } = (await created.json()) as { caseId: string };
      const review = `${platform.url('committee-review')}/reviews/${caseId}`;
      await eventually(
        async () => ((await fetch(review, { headers: { authorization: `Bearer ${await officer()}` } })).status === 200 ? true : undefined),
        120_000,
      );
      for (const member of MEMBERS) {
        const voted = await eventually(async () => {
          const r = await fetch(`${review}/votes`, {
            method: 'POST',
            headers: { authorization: `Bearer ${await platform.tokenFor(TENANT, member, ['committee-member'])}`, 'content-type': 'application/json' },
            body: JSON.stringify({ vote: 'accept', reasonId: 'meets-conditions' }),
          });
          return r.status === 201 ? r : undefined;
        }, 60_000);
        expect(voted.value.status).toBe(201);
      }
      return { caseId, mobile, nationalId };
    }

    /** The survey links the applicant received by SMS (the platform's outbox), oldest first. */
    async function surveySms(mobile: string, minimum: number): Promise<string[]> {
      const { value } = await eventually(
        async () => {
          const r = await outboxSearch(platform, await officer(), e164(mobile));
          const bodies = ((await r.json()) as { items: Array<{ body: string; createdAt?: string }> }).items
            .map((m) => m.body)
            .filter((b) => SURVEY_LINK.test(b) && (b.includes('نرجو تقييم الخدمة') || b.includes('تذكير')));
          return bodies.length >= minimum ? bodies : undefined;
        },
        90 * DELIVERY_DAY_MS + 180_000,
      );
      return value;
    }
    const tokenOf = (body: string) => SURVEY_LINK.exec(body)![1]!;
    const dashboard = async () => call(`/satisfaction/dashboard?serviceId=member-service&channel=interview`, { token: await director() });

    it('five programmes end: each applicant gets the link by SMS and one reminder, answers through it, and the dashboard publishes the cell once k = 5 answers are in; a link left unanswered closes (410); erasing a case leaves its scores and makes its remark [erased]', async () => {
      // Six cases accepted at about the same time, so their programmes end together.
      const cases = await Promise.all(Array.from({ length: 6 }, () => acceptedCase()));
      expect((await dashboard()).status).toBe(422); // nothing answered yet in this cell

      // Each applicant: the invitation at the programme's end, the reminder three survey days later, each with its own link.
      const links = await Promise.all(
        cases.map(async (c) => {
          const bodies = await surveySms(c.mobile, 2);
          const invitation = bodies.find((b) => b.includes('نرجو تقييم الخدمة'))!;
          const reminder = bodies.find((b) => b.includes('تذكير'))!;
          expect(invitation).toMatch(/Please rate the service/);
          expect(reminder).toMatch(/Reminder: we have not received your rating yet/);
          expect(tokenOf(reminder)).not.toBe(tokenOf(invitation));
          return { invitation: tokenOf(invitation), reminder: tokenOf(reminder) };
        }),
      );

      // The public page of the reminder's link: the questions, nothing about the case or the person.
      const page = await call(`/public/surveys/${links[0]!.reminder}`);
      expect(page.status).toBe(200);
      const survey = (await page.json()) as { questions: Array<{ id: string }> };
      expect(survey.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['overall', 'recommend', 'effort', 'comment']));
      expect(JSON.stringify(survey)).not.toMatch(new RegExp(`${cases[0]!.caseId}|${cases[0]!.mobile.slice(2)}`));

      const remark = (i: number) => `ملاحظة ${i}: شكرًا للأستاذة نورة على المتابعة`;
      const answerWith = (token: string, i: number, overall: number) =>
        call(`/public/surveys/${token}/answer`, { method: 'POST', body: { scores: { overall, recommend: 9, effort: 2 }, texts: { comment: remark(i) } } });
      // Four answers (the first through its invitation, the others through their reminders): the cell stays unpublished.
      for (let i = 0; i < 4; i += 1) expect((await answerWith(i === 0 ? links[i]!.invitation : links[i]!.reminder, i, 4)).status).toBe(201);
      // One answer per survey: the other link of an answered survey is refused 409.
      const replay = await answerWith(links[0]!.reminder, 0, 1);
      expect(replay.status).toBe(409);
      expect(((await replay.json()) as Refusal).code).toBe('survey-already-answered');
      await new Promise((r) => setTimeout(r, 3_000)); // the answers' projection has had its time
      expect((await dashboard()).status).toBe(422);

      // The fifth answer completes the batch: the cell is published with exactly these five.
      expect((await answerWith(links[4]!.reminder, 4, 5)).status).toBe(201);
      const { value: published } = await eventually(async () => {
        const r = await dashboard();
        return r.status === 200 ? ((await r.json()) as Dashboard) : undefined;
      });
      expect(published.totals.responses).toBe(5);
      expect(published.totals.figures.csat).toMatchObject({ n: 5 });
      expect(published.totals.figures.csat!.csat.mean).toBeCloseTo((4 * 4 + 5) / 5, 1);
      for (let i = 0; i < 5; i += 1) expect(published.comments.map((c) => c.text)).toContain(remark(i));

      // The relations officer who recorded the six requests at interview is the staff member they served:
      // their own results hold these answers; the executive director sees them too; the board is refused (403).
      const officerId = claimsOf(await officer()).sub;
      const own = `/satisfaction/staff/${encodeURIComponent(officerId)}/dashboard`;
      const { value: mine } = await eventually(async () => {
        const r = await call(own, { token: await officer() });
        return r.status === 200 ? ((await r.json()) as Dashboard) : undefined;
      });
      expect(mine.totals.responses).toBeGreaterThanOrEqual(5);
      expect((await call(own, { token: await director() })).status).toBe(200);
      const asBoard = await call(own, { token: await platform.token(TENANT, ['board-member']) });
      expect(asBoard.status).toBe(403);
      expect(((await asBoard.json()) as Refusal).code).toBe('staff-results-private');

      // The sixth survey was never answered: at the close (14 survey days) its links answer 410.
      const { value: closed } = await eventually(
        async () => {
          const r = await call(`/public/surveys/${links[5]!.reminder}`);
          return r.status === 410 ? r : undefined;
        },
        14 * SURVEY_DAY_MS + 60_000,
      );
      expect(((await closed.json()) as Refusal).code).toBe('survey-closed');
      const late = await answerWith(links[5]!.invitation, 5, 5);
      expect(late.status).toBe(410);
      expect((await late.json()) as Refusal).toMatchObject({ code: 'survey-closed', message: { ar: expect.any(String), en: expect.any(String) } });

      // Erasing the first applicant (intake's erasure destroys the case's key): the remark reads [erased], the scores still count.
      const erased = await fetch(`${platform.url('intake')}/beneficiaries/personal-data/erasure`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await admin()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ nationalId: cases[0]!.nationalId, reason: 'beneficiary-request' }),
      });
      expect(erased.status).toBe(200);
      const after = (await (await dashboard()).json()) as Dashboard;
      expect(after.totals).toEqual(published.totals);
      const texts = after.comments.map((c) => c.text);
      expect(texts).not.toContain(remark(0));
      expect(texts).toContain('[erased]');
      for (let i = 1; i < 5; i += 1) expect(texts).toContain(remark(i));
    });
  });

  it('an anonymous content rating is recorded and moves nothing published until k ratings fill a cell', async () => {
    const rate = () =>
      call('/public/tuwaiq/content-ratings', { method: 'POST', body: { contentItemId: 'training-calendar', channel: 'social-media', rating: 4 } });
    const first = await rate();
    expect(first.status).toBe(201);
    expect((await call('/satisfaction/content-ratings?contentItemId=training-calendar&channel=social-media', { token: tokens.board })).status).toBe(422);
    for (let i = 0; i < 4; i += 1) expect((await rate()).status).toBe(201);
    const published = await (async () => {
      for (let i = 0; i < 60; i += 1) {
        const response = await call('/satisfaction/content-ratings?contentItemId=training-calendar&channel=social-media', { token: tokens.board });
        if (response.status === 200) return (await response.json()) as { groups: Array<{ n: number; mean: number }> };
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error('never published');
    })();
    expect(published.groups[0]!.n % 5).toBe(0);
    expect(published.groups[0]!.mean).toBe(4);
  });
});
