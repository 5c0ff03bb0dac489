import { applicationBody, eventually, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(90_000);

interface Page {
  items: Array<{ caseId: string; caseNumber: string | null; channel: string; submittedAt: string }>;
  nextCursor: string | null;
}

// This file alone uses the tenant "quwayiyah", so it knows every application the list can show.
describe('GET /applications: the staff queue with filters and pages', () => {
  const platform = PlatformUnderTest.current();
  const created: string[] = [];
  const numbers: string[] = [];
  let token: string;
  let startedAt: string;

  const list = async (query: string, as = token): Promise<Response> =>
    fetch(`${platform.url('intake')}/applications?${query}`, { headers: { authorization: `Bearer ${as}` } });

  beforeAll(async () => {
    token = await platform.token('quwayiyah');
    startedAt = new Date().toISOString();
    const channels = ['interview', 'phone', 'phone', 'letters', 'office-representative'];
    for (const channel of channels) {
      const response = await fetch(`${platform.url('intake')}/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(applicationBody('beneficiary-support', channel, 'نورة السبيعي')),
      });
      expect(response.status).toBe(201);
      const receipt = (await response.json()) as { caseId: string; caseNumber: string };
      created.push(receipt.caseId);
      numbers.push(receipt.caseNumber);
    }
    await eventually(async () => {
      const page = (await (await list('limit=100')).json()) as Page;
      return page.items.length === created.length ? true : undefined;
    });
  });

  it('lists newest first and pages through everything exactly once', async () => {
    const seen: string[] = [];
    const seenNumbers: Array<string | null> = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = (await (await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json()) as Page;
      seen.push(...page.items.map((i) => i.caseId));
      seenNumbers.push(...page.items.map((i) => i.caseNumber));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse());
    // Each with the number its applicant was given.
    expect(seenNumbers).toEqual([...numbers].reverse());
  });

  it('filters by channel, service and submission date', async () => {
    const phone = (await (await list('channel=phone')).json()) as Page;
    expect(phone.items.map((i) => i.caseId).sort()).toEqual([created[1], created[2]].sort());
    expect(((await (await list('serviceId=member-service')).json()) as Page).items).toHaveLength(0);
    expect(((await (await list(`submittedFrom=${startedAt}`)).json()) as Page).items).toHaveLength(5);
    expect(((await (await list(`submittedTo=${startedAt}`)).json()) as Page).items).toHaveLength(0);
  });

  it("shows another tenant nothing of this tenant's queue", async () => {
    const awj = (await (await list('limit=100', await platform.token('awj'))).json()) as Page;
    expect(awj.items.map((i) => i.caseId)).not.toEqual(expect.arrayContaining([created[0]]));
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['channel=fax', 'channel'],
    ['submittedFrom=yesterday', 'submittedFrom'],
    ['cursor=not-a-cursor', 'cursor'],
    ['status=closed', 'status'],
    ['unknown=1', 'unknown'],
  ])('refuses %s with 422 naming %s', async (query, field) => {
    const response = await list(query);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { fields: Array<{ field: string }> };
    expect(body.fields.map((f) => f.field)).toContain(field);
  });

  it("shows an applicant none of the applications staff recorded (only their account's own)", async () => {
    const response = await list('limit=100', await platform.token('quwayiyah', ['applicant']));
    expect(response.status).toBe(200);
    expect(((await response.json()) as Page).items).toEqual([]);
  });
});
