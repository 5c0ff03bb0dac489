import { createHash } from 'node:crypto';
import { canonicalJson } from '@athar/contracts';
import { eventually, newNationalId, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(90_000);

interface Page {
  items: Array<{ id: string; channel: string; recipient: string; body: string; createdAt: string }>;
  nextCursor: string | null;
  total: number;
}
interface Refusal {
  message: { ar: string; en: string };
  fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }>;
}

/**
 * Staff read back what the association sent (SMS have no gateway here): the outbox list and the search by
 * recipient come in keyset pages with a total (docs/adr/0029), not capped at one page.
 */
describe('the notification outbox in keyset pages, from the staff side', () => {
  const platform = PlatformUnderTest.current();
  const sender = 'awj';
  const mobile = `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const phone = `+966${mobile.slice(1)}`;
  let staff: string;

  const intake = (path: string, init: RequestInit = {}, token = staff) =>
    fetch(`${platform.url('intake')}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
  const search = (body: Record<string, unknown>) => intake('/notifications/outbox/search', { method: 'POST', body: JSON.stringify(body) });

  /** Every page of the search for `phone`, following nextCursor in the body. */
  async function searchPages(limit: number): Promise<{ items: Page['items']; totals: number[]; cursors: string[] }> {
    const items: Page['items'] = [];
    const totals: number[] = [];
    const cursors: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await search({ recipient: phone, limit, ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      items.push(...page.items);
      totals.push(page.total);
      cursor = page.nextCursor;
      if (cursor) cursors.push(cursor);
    } while (cursor && cursors.length < 50);
    return { items, totals, cursors };
  }

  const refused = async (response: Response): Promise<Refusal> => {
    expect(response.status).toBe(422);
    const body = (await response.json()) as Refusal;
    expect(body.message.ar).not.toBe('');
    expect(body.message.en).not.toBe('');
    for (const field of body.fields) for (const reason of field.reasons) expect(reason.ar !== '' && reason.en !== '').toBe(true);
    return body;
  };

  beforeAll(async () => {
    staff = await platform.token(sender, ['relations-officer']);
    // Three referrals of the same person: the association tells them of each by SMS.
    for (let i = 0; i < 3; i += 1) {
      const response = await intake('/referrals', {
        method: 'POST',
        body: JSON.stringify({
          target: { kind: 'external', name: `جهة خارجية ${i + 1}` },
          requestedService: 'خدمة',
          reason: 'خارج الاختصاص',
          applicant: { fullName: 'سلمى العتيبي', nationalId: newNationalId(), mobile },
          consentedFields: [],
        }),
      });
      expect(response.status).toBe(201);
    }
    await eventually(async () => (((await (await search({ recipient: phone, limit: 200 })).json()) as Page).items.length >= 3 ? true : undefined));
  });

  it("walks one person's messages a page at a time: each once, newest first, every page with the total", async () => {
    const { items, totals, cursors } = await searchPages(1);
    expect(cursors).toHaveLength(2);
    expect(items).toHaveLength(3);
    expect(new Set(items.map((m) => m.id)).size).toBe(3);
    expect(items.every((m) => m.recipient === phone && m.channel === 'sms')).toBe(true);
    expect(new Set(totals)).toEqual(new Set([3]));
    const times = items.map((m) => Date.parse(m.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("pages through the association's whole outbox: the next page continues after the last message seen, the total counts them all", async () => {
    const first = (await (await intake('/notifications/outbox?limit=2')).json()) as Page;
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(3);
    expect(first.nextCursor).not.toBeNull();
    const second = (await (await intake(`/notifications/outbox?limit=2&cursor=${first.nextCursor}`)).json()) as Page;
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.map((m) => m.id)).not.toEqual(expect.arrayContaining([first.items[0].id]));
    expect(second.items.map((m) => m.id)).not.toEqual(expect.arrayContaining([first.items[1].id]));
    expect(Date.parse(second.items[0].createdAt)).toBeLessThanOrEqual(Date.parse(first.items[1].createdAt));
    // Another association's outbox shows none of these.
    const other = (await (
      await intake(
        '/notifications/outbox/search',
        { method: 'POST', body: JSON.stringify({ recipient: phone }) },
        await platform.token('tuwaiq', ['relations-officer']),
      )
    ).json()) as Page;
    expect(other).toEqual({ items: [], nextCursor: null, total: 0 });
  });

  it('gives out a search cursor from which the mobile cannot be guessed back: bound to the keyed digest, not to a hash of the number', async () => {
    const { cursors } = await searchPages(1);
    const body = JSON.parse(Buffer.from(cursors[0], 'base64url').toString('utf8')) as { f: string };
    const unkeyed = (recipient: string) => createHash('sha256').update(canonicalJson({ recipient })).digest('base64url').slice(0, 12);
    expect(body.f).not.toBe(unkeyed(phone));
    expect(JSON.stringify(body)).not.toContain(phone.slice(4));
  });

  it('refuses a cursor of another recipient or of the other list, a forged one and a malformed one: 422 naming the cursor, Arabic and English', async () => {
    const { cursors } = await searchPages(1);
    const otherRecipient = await refused(await search({ recipient: '+966500000000', cursor: cursors[0] }));
    expect(otherRecipient.fields.map((f) => f.field)).toEqual(['cursor']);
    expect(otherRecipient.fields[0].reasons[0].en).toMatch(/other filters/);
    expect((await refused(await intake(`/notifications/outbox?cursor=${cursors[0]}`))).fields.map((f) => f.field)).toEqual(['cursor']);

    const body = JSON.parse(Buffer.from(cursors[0], 'base64url').toString('utf8')) as { k: unknown[] };
    const forged = Buffer.from(JSON.stringify({ ...body, k: [1.5, '1; DROP TABLE outbox'] })).toString('base64url');
    expect((await refused(await search({ recipient: phone, cursor: forged }))).fields.map((f) => f.field)).toEqual(['cursor']);
    expect((await refused(await intake('/notifications/outbox?cursor=not%20a%20cursor'))).fields.map((f) => f.field)).toEqual(['cursor']);
    expect((await refused(await intake('/notifications/outbox?limit=201'))).fields.map((f) => f.field)).toEqual(['limit']);
  });
});
