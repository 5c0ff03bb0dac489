import { Pool } from 'pg';
import { PlatformUnderTest } from './platform-under-test';

// Satisfaction surveys on the running platform (docs/adr/0041): the public survey link refuses every
// forged, malformed or oversized request with 404 or a bilingual 4xx and stores nothing; the anonymous
// content rating refuses bad input field by field; a staff member's results are refused to the board;
// no figure under k is published, and the two halves of a differencing attack are refused.
//
// Not here (ADR 0041, "Limits"): the programme's end on the running platform. A case's programme lasts the
// policy's deliveryDays (90), and no e2e spec brings a case to ServiceDeliveryEnded; the survey's sending,
// reminder, answer, replay, close and erasure are proven on the real engines with time skipping in
// apps/feedback/src/surveys/satisfaction-survey.int.spec.ts.

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

  beforeAll(async () => {
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
