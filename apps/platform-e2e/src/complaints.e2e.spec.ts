import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { Pool } from 'pg';
import { claimsOf, COMPLAINT_DAY_MS, eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';
import { e164, newMobile } from './public-link-flow';

jest.setTimeout(600_000);

const TENANT = 'environment-madinah';
const SERVICE = 'programmes-and-activities';

interface Receipt {
  complaintId: string;
  reference: string;
  status: string;
  resolveBy: string;
  ratingCode: string;
}
interface Item {
  complaintId: string;
  reference: string;
  routing: string;
  status: string;
  serviceLevel: string;
  escalated: boolean;
  assignee: string | null;
  issueId: string | null;
  rating: number | null;
  anonymous: boolean;
}

/**
 * Complaints end to end on the real engines (docs/adr/0042), from the complainant's side (the SMS in the
 * outbox, the emails in the mailbox) and the staff's (their queues): filed through the public link and
 * acknowledged with a reference, breached by the service-level workflow (a working day lasts
 * COMPLAINT_DAY_MS here), escalated to the executive director only, handled, answered, rated once; three
 * similar complaints become a general issue the board solves, every complainant told; an anonymous
 * complaint keeps nothing of its author; a safeguarding complaint is the executive director's alone.
 * Every assertion filters by this file's own ids: other files share the platform.
 */
describe('complaints end to end (Environment Madinah)', () => {
  const platform = PlatformUnderTest.current();
  const pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', max: 2 });
  const mongo = new MongoClient(process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017');
  let officer: string;
  let director: string;
  let board: string;
  let directorId: string;

  beforeAll(async () => {
    [officer, director, board] = await Promise.all([
      platform.token(TENANT, ['relations-officer']),
      platform.token(TENANT, ['executive-director']),
      platform.token(TENANT, ['board-member']),
    ]);
    directorId = claimsOf(director).sub;
  });

  afterAll(async () => {
    await pool.end();
    await mongo.close();
  });

  const feedback = (path: string, token: string | null, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${platform.url('feedback')}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  /** The public links take 20 calls a minute from one address: a test pacing itself waits out Retry-After. */
  async function publicCall(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    for (;;) {
      const response = await feedback(`/public/${TENANT}${path}`, null, { body, headers });
      if (response.status !== 429) return response;
      await new Promise((resolve) => setTimeout(resolve, (Number(response.headers.get('retry-after')) || 5) * 1000));
    }
  }

  async function filePublic(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Receipt> {
    const response = await publicCall('/complaints', body, headers);
    if (response.status !== 201) throw new Error(`filing refused: ${response.status} ${await response.text()}`);
    return (await response.json()) as Receipt;
  }

  const named = (mobile: string, email: string, patch: Record<string, unknown> = {}) => ({
    categoryId: 'delay',
    concerns: { kind: 'service', id: SERVICE },
    text: 'تأخر الرد على طلب المشاركة في البرنامج ثلاثة أسابيع',
    anonymous: false,
    complainant: { name: 'ريم الحربي', mobile, email },
    ...patch,
  });

  const textsTo = async (mobile: string): Promise<string[]> => {
    const response = await outboxSearch(platform, officer, e164(mobile));
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: Array<{ channel: string; body: string }> }).items.filter((m) => m.channel === 'sms').map((m) => m.body);
  };
  const eventuallyText = async (mobile: string, needle: string): Promise<string> =>
    (await eventually(async () => (await textsTo(mobile)).find((t) => t.includes(needle)), 60_000)).value;

  const list = async (token: string, query: string): Promise<Item[]> => {
    const response = await feedback(`/complaints?limit=200&${query}`, token);
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: Item[] }).items;
  };
  const itemIn = async (token: string, query: string, complaintId: string): Promise<Item | undefined> =>
    (await list(token, query)).find((i) => i.complaintId === complaintId);

  const act = async (token: string, complaintId: string, step: string, body: unknown = {}): Promise<{ status: string }> => {
    const response = await feedback(`/complaints/${complaintId}/${step}`, token, { body });
    if (response.status !== 200) throw new Error(`${step} refused: ${response.status} ${await response.text()}`);
    return (await response.json()) as { status: string };
  };

  it('a complaint about a member of staff through the public link: acknowledged by SMS, breached and escalated to the director alone, handled, answered by SMS and email, rated once', async () => {
    const mobile = newMobile();
    const email = `c-${randomBytes(4).toString('hex')}@example.org`;
    const staffId = `staff-${randomBytes(4).toString('hex')}`;
    const receipt = await filePublic(named(mobile, email, { categoryId: 'staff-conduct', concerns: { kind: 'staff', id: staffId } }));
    expect(receipt).toMatchObject({ status: 'acknowledged', reference: expect.stringMatching(/^ENV-C-\d{4}-\d{9}$/) });
    // The complainant's phone: the reference.
    expect(await eventuallyText(mobile, receipt.reference)).toContain(receipt.reference);

    // The service-level workflow breaches it after 20 working days (20 × COMPLAINT_DAY_MS here).
    const breached = await eventually(() => itemIn(director, 'view=breached', receipt.complaintId), 20 * COMPLAINT_DAY_MS + 90_000);
    expect(breached.value).toMatchObject({ routing: 'executive-director', serviceLevel: 'breached', escalated: true });
    expect(await itemIn(director, 'view=escalated', receipt.complaintId)).toBeDefined();
    const events = await pool.query<{ type: string; data: { reason?: string } }>(
      `SELECT type, data FROM "${platform.instance}_events".events WHERE stream_id = $1 ORDER BY revision`,
      [`feedback.complaint.${TENANT}.${receipt.complaintId}`],
    );
    expect(events.rows.map((e) => e.type)).toEqual(expect.arrayContaining(['ComplaintServiceLevelBreached', 'ComplaintEscalated']));

    // Nobody else sees it: a board member, a relations officer (404 by id, absent from every list).
    const byBoard = await feedback(`/complaints/${receipt.complaintId}`, board);
    expect([403, 404]).toContain(byBoard.status);
    expect(await byBoard.text()).not.toContain(receipt.reference);
    expect((await feedback(`/complaints/${receipt.complaintId}`, officer)).status).toBe(404);
    for (const view of ['all', 'escalated', 'breached']) expect(await itemIn(officer, `view=${view}`, receipt.complaintId)).toBeUndefined();
    expect((await feedback('/complaints?view=escalated', board)).status).toBe(403);

    // The director follows it up: assigned, investigated, resolved (late), the answer told.
    expect((await act(director, receipt.complaintId, 'assignment', { assignee: directorId })).status).toBe('assigned');
    expect((await act(director, receipt.complaintId, 'investigation')).status).toBe('under-investigation');
    const answer = {
      ar: `تحدث المدير التنفيذي مع الموظف المعني ${receipt.reference.slice(-4)}`,
      en: `The director spoke with the member of staff ${receipt.reference.slice(-4)}`,
    };
    expect((await act(director, receipt.complaintId, 'resolution', { response: answer })).status).toBe('resolved');
    const sms = await eventuallyText(mobile, answer.en);
    expect(sms).toContain(answer.ar);
    expect(sms).toContain(receipt.reference);
    const mail = await eventually(async () => (await platform.mailTo(email)).find((m) => m.text.includes(answer.en)), 60_000);
    expect(mail.value.subject).toContain(receipt.reference);
    expect(mail.value.text).toContain(answer.ar);
    await eventually(async () => ((await itemIn(director, 'view=all', receipt.complaintId))?.serviceLevel === 'resolved-late' ? true : undefined));

    // Rated once with the code; the code does not work twice, nor for another reference.
    const rating = { reference: receipt.reference, code: receipt.ratingCode, rating: 4, comment: 'تم التعامل باحترام' };
    expect((await publicCall('/complaint-ratings', rating)).status).toBe(200);
    const replay = await publicCall('/complaint-ratings', { ...rating, rating: 1 });
    expect(replay.status).toBe(409);
    await eventually(async () => ((await itemIn(director, 'view=all', receipt.complaintId))?.rating === 4 ? true : undefined));
  });

  it('four similar complaints filed at the same moment: the threshold (three) raises a general issue holding all four; the board records the solution and every complainant is told', async () => {
    const people = Array.from({ length: 4 }, () => ({ mobile: newMobile(), email: `g-${randomBytes(4).toString('hex')}@example.org` }));
    // All at once: each is counted from the read model while the others are still being projected (docs/adr/0042).
    const receipts = await Promise.all(people.map((person) => filePublic(named(person.mobile, person.email))));
    const linked = await eventually(async () => {
      const items = await Promise.all(receipts.map((r) => itemIn(officer, `categoryId=delay&serviceId=${SERVICE}`, r.complaintId)));
      const ids = new Set(items.map((i) => i?.issueId));
      return ids.size === 1 && !ids.has(null) && !ids.has(undefined) ? [...ids][0] : undefined;
    }, 60_000);
    const issueId = linked.value as string;
    type AgendaItem = { issueId: string; complaints: number; status: string; categoryId: string };
    const onAgenda = async (): Promise<AgendaItem | undefined> => {
      const agenda = await feedback('/board-agenda?limit=200', board);
      expect(agenda.status).toBe(200);
      return ((await agenda.json()) as { items: AgendaItem[] }).items.find((i) => i.issueId === issueId && i.complaints === 4);
    };
    const issue = (await eventually(onAgenda, 30_000)).value;
    expect(issue).toMatchObject({ categoryId: 'delay', complaints: 4, status: 'on-agenda' });

    const meetingDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const solution = {
      ar: `سيُرد على طلبات المشاركة خلال ثلاثة أيام عمل ${issueId.slice(0, 6)}`,
      en: `Requests to take part are answered within three working days ${issueId.slice(0, 6)}`,
    };
    const recorded = await feedback(`/board-agenda/${issueId}/solution`, board, { body: { discussion: 'ناقش المجلس تأخر الردود', solution, meetingDate } });
    expect(recorded.status).toBe(200);
    for (const [index, person] of people.entries()) {
      const sms = await eventuallyText(person.mobile, solution.en);
      expect(sms).toContain(receipts[index].reference);
      expect(sms).toContain(solution.ar);
      await eventually(async () => (await platform.mailTo(person.email)).find((m) => m.text.includes(solution.en)), 60_000);
    }
    const solved = (await (await feedback('/board-agenda?status=solved&limit=200', board)).json()) as { items: Array<{ issueId: string }> };
    expect(solved.items.map((i) => i.issueId)).toContain(issueId);
    // Recorded once: a second solution is refused and tells nobody again.
    expect((await feedback(`/board-agenda/${issueId}/solution`, board, { body: { discussion: 'مرة ثانية', solution, meetingDate } })).status).toBe(409);
  });

  it('an anonymous complaint keeps nothing of its author: not in the detail, the lists, the events or the read model', async () => {
    const agent = `AnonymousAuthorBrowser/${randomBytes(6).toString('hex')}`;
    const forwarded = '203.0.113.199';
    const receipt = await filePublic(
      { categoryId: 'service-quality', concerns: { kind: 'none' }, text: 'المكان غير مهيأ لكبار السن', anonymous: true },
      { 'user-agent': agent, 'x-forwarded-for': forwarded },
    );
    const author = [agent, forwarded, '127.0.0.1', '::1', '::ffff:'];
    const detail = await eventually(async () => {
      const response = await feedback(`/complaints/${receipt.complaintId}`, officer);
      return response.status === 200 ? ((await response.json()) as Record<string, unknown>) : undefined;
    });
    expect(detail.value).toMatchObject({ anonymous: true, reachableBySms: false });
    const detailText = JSON.stringify(detail.value);
    for (const key of ['complainant', 'mobile', 'email', 'name', 'ip', 'userAgent']) expect(Object.keys(detail.value)).not.toContain(key);
    for (const trace of author) expect(detailText).not.toContain(trace);
    const item = await itemIn(officer, 'view=all&categoryId=service-quality', receipt.complaintId);
    expect(item).toBeDefined();
    for (const trace of author) expect(JSON.stringify(item)).not.toContain(trace);
    // Every event of its stream, all columns (data, metadata, actor): no author, no address.
    const { rows } = await pool.query<{ row: Record<string, unknown> }>(
      `SELECT row_to_json(e) AS row FROM "${platform.instance}_events".events e WHERE stream_id = $1`,
      [`feedback.complaint.${TENANT}.${receipt.complaintId}`],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const stored = JSON.stringify(rows);
    for (const trace of author) expect(stored).not.toContain(trace);
    const filed = rows.map((r) => r.row).find((r) => r.type === 'ComplaintFiled') as { data: { complainant: unknown } };
    expect(filed.data.complainant).toBeNull();
    // The read model's row, as FerretDB holds it.
    const row = await mongo.db(`${platform.instance}_feedback`).collection('complaints').findOne({ complaintId: receipt.complaintId });
    expect(row).not.toBeNull();
    for (const trace of author) expect(JSON.stringify(row)).not.toContain(trace);
    // The code needs no contact: it answers (not resolved yet, 409) for the anonymous author too.
    expect((await publicCall('/complaint-ratings', { reference: receipt.reference, code: receipt.ratingCode, rating: 3 })).status).toBe(409);
  });

  it('a safeguarding complaint never appears for a relations officer, by list or by id, and appears for the executive director', async () => {
    const filed = await feedback('/complaints', officer, {
      body: {
        categoryId: 'abuse',
        concerns: { kind: 'none' },
        text: 'بلاغ عن إساءة لطفل في أحد البرامج',
        anonymous: true,
        channel: 'phone',
        priority: 'urgent',
      },
    });
    expect(filed.status).toBe(201);
    const { complaintId } = (await filed.json()) as Receipt;
    const seen = await eventually(() => itemIn(director, 'view=all&categoryId=abuse', complaintId));
    expect(seen.value).toMatchObject({ routing: 'safeguarding', escalated: true });
    expect(await itemIn(director, 'view=escalated', complaintId)).toBeDefined();
    for (const query of ['view=all', 'view=all&categoryId=abuse', 'view=escalated', 'view=breached', 'priority=urgent']) {
      expect(await itemIn(officer, query, complaintId)).toBeUndefined();
    }
    const byOfficer = await feedback('/complaints?categoryId=abuse&limit=200', officer);
    expect(((await byOfficer.json()) as { items: Item[] }).items.filter((i) => i.routing === 'safeguarding')).toEqual([]);
    expect((await feedback(`/complaints/${complaintId}`, officer)).status).toBe(404);
    expect((await feedback(`/complaints/${complaintId}/assignment`, officer, { body: { assignee: 'someone' } })).status).toBe(404);
    expect((await feedback(`/complaints/${complaintId}`, director)).status).toBe(200);
  });
});
