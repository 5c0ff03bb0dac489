import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(300_000);

// Process mining (docs/adr/0050; every seed policy's goal "speed and quality"): committee-review keeps
// per case the first instant of each milestone from the events of intake, eligibility, committee-review
// and feedback, and GET /ops/process answers the median and p90 of each transition per Riyadh month,
// by channel and service, and the slowest cases. Two phone requests go through intake, eligibility and
// the committee: one accepted into delivery, one refused. Their transitions appear with plausible times;
// the accepted one waits at delivery; another tenant's admin sees nothing of them; bad input is 422.
const TENANT = 'general-assembly-002';
const OTHER = 'tuwaiq';
const SERVICE = 'member-service';
const MEMBER = { chair: `${TENANT}-chair`, first: `${TENANT}-member-1`, second: `${TENANT}-member-2` };

interface Transition {
  from: string;
  to: string;
  n: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}
interface Report {
  tenant: string | null;
  fromMonth: string;
  toMonth: string;
  cases: number;
  months: Array<{ month: string; hijri: string; transitions: Transition[] }>;
  slowest: Array<{
    caseId: string;
    caseNumber: string | null;
    channel: string | null;
    serviceId: string | null;
    kind: string;
    from: string;
    to: string;
    seconds: number;
  }>;
}
interface Refusal {
  code?: string;
  fields?: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
}

const riyadhMonth = (at: Date) => new Date(at.getTime() + 3 * 3_600_000).toISOString().slice(0, 7);

describe('process mining: where cases stall, per transition and month, and the slowest cases', () => {
  const platform = PlatformUnderTest.current();
  const month = riyadhMonth(new Date());
  let officer: string;
  let director: string;

  const get = (query: string, token: string) =>
    fetch(`${platform.url('committee-review')}/ops/process${query}`, { headers: { authorization: `Bearer ${token}` } });
  const report = async (token: string, query = `?fromMonth=${month}&toMonth=${month}&channel=phone&serviceId=${SERVICE}&limit=100`): Promise<Report> => {
    const r = await get(query, token);
    const text = await r.text();
    if (r.status !== 200) throw new Error(`${r.status} ${text}`);
    return JSON.parse(text) as Report;
  };
  const transition = (r: Report, from: string, to: string): Transition =>
    r.months.find((m) => m.month === month)?.transitions.find((t) => t.from === from && t.to === to) ?? {
      from,
      to,
      n: 0,
      medianSeconds: null,
      p90Seconds: null,
    };
  const vote = async (caseId: string, userId: string, choice: 'accept' | 'reject') => {
    const token = await platform.tokenFor(TENANT, userId, [userId.endsWith('-chair') ? 'committee-chair' : 'committee-member']);
    const r = await fetch(`${platform.url('committee-review')}/reviews/${caseId}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ vote: choice, reasonId: choice === 'accept' ? 'meets-conditions' : 'documents-insufficient' }),
    });
    expect(r.status).toBe(201);
  };
  async function submittedByPhone(): Promise<{ caseId: string; caseNumber: string }> {
    const r = await fetch(`${platform.url('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
      body: JSON.stringify(applicationBody(SERVICE, 'phone')),
    });
    expect(r.status).toBe(201);
    const receipt = (await r.json()) as { caseId: string; caseNumber: string };
    await eventually(async () =>
      (await fetch(`${platform.url('committee-review')}/reviews/${receipt.caseId}`, { headers: { authorization: `Bearer ${officer}` } })).status === 200
        ? true
        : undefined,
    );
    return receipt;
  }

  beforeAll(async () => {
    officer = await platform.token(TENANT, ['relations-officer']);
    director = await platform.token(TENANT, ['executive-director']);
  });

  it("shows each transition of two cases with plausible times, the accepted one waiting at delivery; another tenant's admin sees none of it", async () => {
    const before = await report(director);
    const otherAdmin = await platform.token(OTHER, ['tenant-admin']);
    const otherBefore = await report(otherAdmin, `?fromMonth=${month}&toMonth=${month}&limit=100`);

    const accepted = await submittedByPhone();
    const refused = await submittedByPhone();
    await vote(accepted.caseId, MEMBER.first, 'accept');
    await vote(accepted.caseId, MEMBER.chair, 'accept');
    await vote(refused.caseId, MEMBER.first, 'reject');
    await vote(refused.caseId, MEMBER.second, 'reject');

    const { value: after } = await eventually(async () => {
      const r = await report(director);
      return transition(r, 'review-opened', 'committee-decided').n === transition(before, 'review-opened', 'committee-decided').n + 2 &&
        transition(r, 'committee-decided', 'delivery-opened').n === transition(before, 'committee-decided', 'delivery-opened').n + 1
        ? r
        : undefined;
    });
    expect(after.tenant).toBe(TENANT);
    expect(after.months).toEqual([expect.objectContaining({ month, hijri: expect.stringMatching(/^14\d\d-\d\d(\/14\d\d-\d\d)?$/) })]);
    expect(after.cases).toBe(before.cases + 2);
    // Both went received → submitted (one step: at once) → eligibility → review → decision; all within minutes.
    for (const [from, to] of [
      ['received', 'submitted'],
      ['submitted', 'eligibility-decided'],
      ['eligibility-decided', 'review-opened'],
      ['review-opened', 'committee-decided'],
    ] as const) {
      const t = transition(after, from, to);
      expect({ from, to, n: t.n }).toEqual({ from, to, n: transition(before, from, to).n + 2 });
      expect(t.medianSeconds).toBeGreaterThanOrEqual(0);
      expect(t.p90Seconds).toBeGreaterThanOrEqual(t.medianSeconds!);
      expect(t.p90Seconds).toBeLessThan(600);
    }
    expect(transition(after, 'delivery-opened', 'delivery-ended').n).toBe(transition(before, 'delivery-opened', 'delivery-ended').n);

    // The accepted case waits at delivery (stuck there, unless an earlier transition of it took longer than its wait so far);
    // the refused one's path ended: its slowest transition.
    const byCase = new Map(after.slowest.map((c) => [c.caseId, c]));
    const acceptedSlow = byCase.get(accepted.caseId)!;
    expect(acceptedSlow).toMatchObject({ caseNumber: accepted.caseNumber, channel: 'phone', serviceId: SERVICE });
    expect(acceptedSlow.kind === 'stuck' ? [acceptedSlow.from, acceptedSlow.to] : ['slowest-transition', acceptedSlow.to]).toEqual(
      acceptedSlow.kind === 'stuck'
        ? ['delivery-opened', 'delivery-ended']
        : ['slowest-transition', expect.stringMatching(/^(submitted|eligibility-decided|review-opened|committee-decided|delivery-opened)$/)],
    );
    expect(byCase.get(refused.caseId)).toMatchObject({ caseNumber: refused.caseNumber, kind: 'slowest-transition' });
    expect(byCase.get(accepted.caseId)!.seconds).toBeLessThan(600);

    // Operations see the same for the tenant; a month without them has none.
    expect(
      (
        await report(
          await platform.token(OTHER, ['operations']),
          `?tenant=${TENANT}&fromMonth=${month}&toMonth=${month}&channel=phone&serviceId=${SERVICE}&limit=100`,
        )
      ).cases,
    ).toBe(after.cases);
    expect((await report(director, '?fromMonth=2020-01&toMonth=2020-02')).cases).toBe(0);

    // Another tenant's admin: nothing of these cases, its figures unmoved; naming this tenant is refused without a hint.
    const otherAfter = await report(otherAdmin, `?fromMonth=${month}&toMonth=${month}&limit=100`);
    expect(otherAfter.tenant).toBe(OTHER);
    expect(otherAfter.cases).toBe(otherBefore.cases);
    expect(JSON.stringify(otherAfter)).not.toContain(accepted.caseId);
    expect(JSON.stringify(otherAfter)).not.toContain(refused.caseId);
    const named = await get(`?tenant=${TENANT}`, otherAdmin);
    expect(named.status).toBe(403);
    expect(await named.json()).toMatchObject({ code: 'tenant-out-of-scope' });
    expect(JSON.stringify(await (await get(`?tenant=${TENANT}`, await platform.token(OTHER, ['executive-director']))).json())).not.toContain(accepted.caseId);
  });

  it('refuses roles that do not run the association, and bad months, channels and services with reasons in Arabic and English', async () => {
    expect((await get('', officer)).status).toBe(403);
    expect((await get('', await platform.token(TENANT, ['committee-chair']))).status).toBe(403);

    const expect422 = async (query: string, field: string, en: string | RegExp) => {
      const r = await get(query, director);
      expect(r.status).toBe(422);
      const body = (await r.json()) as Refusal;
      expect(body.code).toBe('validation-failed');
      expect(body.fields).toEqual([
        { field, reasons: [{ ar: expect.stringMatching(/[\u0600-\u06FF]/), en: typeof en === 'string' ? en : expect.stringMatching(en) }] },
      ]);
    };
    await expect422('?fromMonth=2026-13', 'fromMonth', 'has the wrong format');
    await expect422('?toMonth=December', 'toMonth', 'has the wrong format');
    await expect422('?fromMonth=2026-06&toMonth=2026-05', 'toMonth', 'must not be before fromMonth');
    await expect422('?fromMonth=2020-01&toMonth=2026-12', 'toMonth', /at most 36 months/);
    await expect422('?channel=carrier-pigeon', 'channel', /interview/);
    await expect422('?serviceId=no-such-service', 'serviceId', "not one of the association's services");
    await expect422('?limit=0', 'limit', /must not be less than 1/);
    const ops = await platform.token(OTHER, ['operations']);
    const unknownTenant = await get('?tenant=no-such-association', ops);
    expect(unknownTenant.status).toBe(422);
    expect(((await unknownTenant.json()) as Refusal).fields).toEqual([
      { field: 'tenant', reasons: [{ ar: expect.stringMatching(/[\u0600-\u06FF]/), en: 'not an association of this instance' }] },
    ]);
  });
});
