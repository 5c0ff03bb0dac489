import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(180_000);

// The director's and the board's figures (Tuwaiq 5-5 review window; the board's oversight): intake keeps
// them from the events it consumes. A request submitted by phone moves from the committee to a decision
// in the figures; the accepted one goes on into delivery, the refused one stays refused; both decisions
// fall in the first half of the 14-day window. Counts only, per tenant; bad periods get 422 with reasons.
const TENANT = 'general-assembly-002';
const OTHER = 'tuwaiq';
const MEMBER = { chair: `${TENANT}-chair`, first: `${TENANT}-member-1`, second: `${TENANT}-member-2` };

interface ByStage {
  total: number;
  byStage: Array<{ stage: string; count: number }>;
  cells: Array<{ stage: string; channel: string; count: number }>;
}
interface Timing {
  decided: number;
  reviewWindow: { days: number; counting: string };
  buckets: Array<{ bucket: string; count: number }>;
  medianDays: number | null;
  p90Days: number | null;
}

describe("the director's figures: cases by stage and channel, time to decision against the review window", () => {
  const platform = PlatformUnderTest.current();
  let officer: string;
  let director: string;

  const get = (service: 'intake' | 'committee-review', path: string, token: string) =>
    fetch(`${platform.url(service)}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const byStage = async (token: string, query = ''): Promise<ByStage> => {
    const r = await get('intake', `/figures/cases-by-stage${query}`, token);
    expect(r.status).toBe(200);
    return (await r.json()) as ByStage;
  };
  const timing = async (token: string, query = ''): Promise<Timing> => {
    const r = await get('intake', `/figures/time-to-decision${query}`, token);
    expect(r.status).toBe(200);
    return (await r.json()) as Timing;
  };
  const cell = (figures: ByStage, stage: string, channel: string) => figures.cells.find((c) => c.stage === stage && c.channel === channel)?.count ?? 0;
  const bucket = (figures: Timing, name: string) => figures.buckets.find((b) => b.bucket === name)!.count;
  const vote = async (caseId: string, userId: string, vote: 'accept' | 'reject') => {
    const token = await platform.tokenFor(TENANT, userId, [userId.endsWith('-chair') ? 'committee-chair' : 'committee-member']);
    const r = await fetch(`${platform.url('committee-review')}/reviews/${caseId}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ vote, reasonId: vote === 'accept' ? 'meets-conditions' : 'documents-insufficient' }),
    });
    expect(r.status).toBe(201);
  };

  /** A complete request by phone, submitted at intake and waiting for the committee. */
  async function submittedByPhone(): Promise<string> {
    const r = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody('member-service', 'phone')),
    });
    expect(r.status).toBe(201);
    const { caseId } = (await r.json()) as { caseId: string };
    await eventually(async () => ((await get('committee-review', `/reviews/${caseId}`, officer)).status === 200 ? true : undefined));
    return caseId;
  }

  beforeAll(async () => {
    officer = await platform.token(TENANT, ['relations-officer']);
    director = await platform.token(TENANT, ['executive-director']);
  });

  it('moves a phone request from the committee to accepted and into delivery, another to refused; both decided in the first half of the window', async () => {
    const otherDirector = await platform.token(OTHER, ['executive-director']);
    const otherBefore = { stages: await byStage(otherDirector), timing: await timing(otherDirector) };
    const before = { stages: await byStage(director), timing: await timing(director) };
    expect(before.timing.reviewWindow).toEqual({ days: 14, counting: 'calendar' });

    const accepted = await submittedByPhone();
    const refused = await submittedByPhone();
    await eventually(async () => {
      const figures = await byStage(director);
      return cell(figures, 'committee', 'phone') === cell(before.stages, 'committee', 'phone') + 2 ? true : undefined;
    });

    await vote(accepted, MEMBER.first, 'accept');
    await vote(accepted, MEMBER.chair, 'accept');
    await vote(refused, MEMBER.first, 'reject');
    await vote(refused, MEMBER.second, 'reject');

    const { value: after } = await eventually(async () => {
      const figures = await byStage(director);
      return cell(figures, 'in-delivery', 'phone') === cell(before.stages, 'in-delivery', 'phone') + 1 &&
        cell(figures, 'refused', 'phone') === cell(before.stages, 'refused', 'phone') + 1
        ? figures
        : undefined;
    });
    expect(cell(after, 'committee', 'phone')).toBe(cell(before.stages, 'committee', 'phone'));
    expect(after.total).toBe(before.stages.total + 2);
    expect(after.byStage.map((s) => s.stage)).toEqual(['draft', 'received', 'eligibility', 'committee', 'accepted', 'refused', 'in-delivery']);

    const { value: decided } = await eventually(async () => {
      const figures = await timing(director);
      return figures.decided === before.timing.decided + 2 ? figures : undefined;
    });
    expect(bucket(decided, 'first-half')).toBe(bucket(before.timing, 'first-half') + 2);
    expect(bucket(decided, 'within-window')).toBe(bucket(before.timing, 'within-window'));
    expect(bucket(decided, 'after-window')).toBe(bucket(before.timing, 'after-window'));
    expect(decided.medianDays).toBeGreaterThanOrEqual(0);
    expect(decided.medianDays).toBeLessThan(1);
    expect(decided.p90Days).toBeLessThan(1);

    // A period that ends before today has none of them; the board sees the same aggregates.
    const board = await platform.token(TENANT, ['board-member']);
    expect(await byStage(board)).toEqual(after);
    const past = await byStage(director, '?from=2020-01-01&to=2020-02-01');
    expect(past.total).toBe(0);
    expect((await timing(director, '?to=2020-01-01')).decided).toBe(0);

    // Another tenant's figures did not move; the answer carries no case or person.
    expect(await byStage(otherDirector)).toEqual(otherBefore.stages);
    expect(await timing(otherDirector)).toEqual(otherBefore.timing);
    expect(JSON.stringify(after)).not.toContain(accepted);
  });

  it('refuses roles that do not oversee, and bad periods with reasons in Arabic and English', async () => {
    for (const path of ['/figures/cases-by-stage', '/figures/time-to-decision']) {
      expect((await get('intake', path, officer)).status).toBe(403);
      expect((await get('intake', path, await platform.token(TENANT, ['committee-member']))).status).toBe(403);

      const notADate = await get('intake', `${path}?from=yesterday`, director);
      expect(notADate.status).toBe(422);
      expect(await notADate.json()).toMatchObject({
        code: 'validation-failed',
        fields: [{ field: 'from', reasons: [{ ar: expect.stringMatching(/[\u0600-\u06FF]/), en: 'must be an ISO 8601 date and time' }] }],
      });
      const backwards = await get('intake', `${path}?from=2026-03-01&to=2026-02-01`, director);
      expect(backwards.status).toBe(422);
      expect(await backwards.json()).toMatchObject({
        fields: [{ field: 'to', reasons: [{ ar: 'يجب أن تكون نهاية المدة بعد بدايتها', en: 'must be after from' }] }],
      });
      const unknown = await get('intake', `${path}?caseId=x`, director);
      expect(unknown.status).toBe(422);
    }
  });
});
