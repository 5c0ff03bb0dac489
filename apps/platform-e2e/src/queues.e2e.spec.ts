import { streamId, type ReviewDeadlineBreachedV1, type ReviewReminderSentV1 } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { EventWriter, type PendingEvent } from '@athar/service-kit';
import { reviewTimelineWorkflowId } from '@athar/workflows';
import { applicationBody, eventually, PlatformUnderTest, submitTuwaiqTraining } from './platform-under-test';

jest.setTimeout(300_000);

// general-assembly-002: member-service goes to the research committee; at risk from 80 % of the window (its policy file).
const TENANT = 'general-assembly-002';
const GIVEN_NAMES = ['أمل', 'بدور', 'جود', 'دانة', 'ريم', 'سلمى', 'شهد', 'عبير', 'غادة', 'لمى', 'مها', 'نوف'];
const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}
interface QueueItem {
  caseId: string;
  deadline: string;
  stage: string;
}
interface Task {
  caseId: string;
  documentId: string;
  status: string;
}
type Problem = { code: string; fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }> };

/**
 * Every queue shows all its work (docs/adr/0029), from staff's side: more cases than one page, walked
 * page by page with the cursor; tasks closing while the officer pages; operations watching deadlines
 * without seeing whose case it is.
 */
describe('queues in keyset pages: every item exactly once, with a total (docs/adr/0029)', () => {
  const platform = PlatformUnderTest.current();
  const get = (url: string, token: string) => fetch(url, { headers: { authorization: `Bearer ${token}` } });
  async function page<T>(url: string, token: string): Promise<Page<T>> {
    const response = await get(url, token);
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Page<T>;
  }
  /** Every page of a list, following nextCursor; each page's total too. */
  async function walk<T>(base: string, token: string, limit: number): Promise<{ items: T[]; pages: number; totals: number[] }> {
    const items: T[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const sep = base.includes('?') ? '&' : '?';
      const p: Page<T> = await page<T>(`${base}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, token);
      expect(p.items.length).toBeLessThanOrEqual(limit);
      items.push(...p.items);
      totals.push(p.total);
      cursor = p.nextCursor;
      pages += 1;
    } while (cursor && pages < 500);
    return { items, pages, totals };
  }

  describe('the committee queue', () => {
    const queueUrl = (query: string) => `${platform.url('committee-review')}/committee/queue${query}`;
    const mine: Array<{ caseId: string; caseNumber: string; fullName: string; nationalId: string }> = [];
    let chair: string;

    beforeAll(async () => {
      const officer = await platform.token(TENANT, ['relations-officer']);
      chair = await platform.tokenFor(TENANT, `${TENANT}-chair`, ['committee-chair']);
      for (let i = 0; i < 12; i += 1) {
        const body = applicationBody('member-service', 'interview', `${GIVEN_NAMES[i]} منيرة القحطاني`);
        const r = await fetch(`${platform.url('intake')}/applications`, {
          method: 'POST',
          headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(r.status).toBe(201);
        const receipt = (await r.json()) as { caseId: string; caseNumber: string };
        mine.push({ ...receipt, fullName: body.applicant.fullName, nationalId: body.applicant.nationalId });
      }
      // the twelve reach the committee through eligibility (Kafka): wait until all are in its queue
      await eventually(async () => {
        const { items } = await walk<QueueItem>(queueUrl('?serviceId=member-service'), chair, 200);
        return mine.every((m) => items.some((i) => i.caseId === m.caseId)) ? true : undefined;
      }, 180_000);
    });

    it('walks every page of five with the cursor: each case exactly once, nearest deadline first, as many as the total says', async () => {
      const { items, pages, totals } = await walk<QueueItem>(queueUrl('?serviceId=member-service'), chair, 5);
      const ids = items.map((i) => i.caseId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const m of mine) expect(ids.filter((id) => id === m.caseId)).toHaveLength(1);
      expect(totals.every((t) => t === ids.length)).toBe(true);
      expect(pages).toBe(Math.ceil(ids.length / 5));
      const deadlines = items.map((i) => Date.parse(i.deadline));
      expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    });

    it('filters by due date: only cases due in the window, and the total counts only those', async () => {
      const { items: all } = await walk<QueueItem>(queueUrl('?serviceId=member-service'), chair, 200);
      const ours = all
        .filter((i) => mine.some((m) => m.caseId === i.caseId))
        .map((i) => i.deadline)
        .sort();
      const dueAfter = ours[0];
      const { items, totals } = await walk<QueueItem>(queueUrl(`?serviceId=member-service&dueAfter=${dueAfter}`), chair, 5);
      expect(items.every((i) => i.deadline >= dueAfter)).toBe(true);
      expect(totals[0]).toBe(all.filter((i) => i.deadline >= dueAfter).length);
      for (const m of mine) expect(items.some((i) => i.caseId === m.caseId)).toBe(true);
    });

    it('refuses a made-up cursor, a cursor used with other filters, a bad filter and an undeclared parameter: 422 naming each, Arabic and English', async () => {
      const first = await page<QueueItem>(queueUrl('?limit=5&serviceId=member-service'), chair);
      expect(first.nextCursor).not.toBeNull();
      const refusals: Array<[string, string]> = [
        ['?cursor=bm90LWEtY3Vyc29y', 'cursor'],
        [`?cursor=${first.nextCursor}&serviceId=member-service&stage=at-risk`, 'cursor'],
        ['?dueBefore=next-week', 'dueBefore'],
        ['?stage=decided', 'stage'],
        ['?offset=200', 'offset'],
      ];
      for (const [query, field] of refusals) {
        const r = await get(queueUrl(query), chair);
        expect(r.status).toBe(422);
        const problem = (await r.json()) as Problem;
        const named = problem.fields.find((f) => f.field === field);
        expect(named).toBeDefined();
        expect(named!.reasons[0].ar).toMatch(/[\u0600-\u06FF]/);
        expect(named!.reasons[0].en.length).toBeGreaterThan(0);
      }
    });

    it("lets operations watch the at-risk and breached cases without a name, ID, mobile, case number or member in what they get; the committee's own queue stays closed to them", async () => {
      const [atRisk, breached] = mine;
      // The timeline's reminder and breach timers run days after submission; the test records their
      // facts in the review stream as the timeline's activities do (ADR 0012, 0016), as the clock would.
      const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${platform.instance}_events` });
      const writer = new EventWriter(store, 'committee-review');
      try {
        for (const [c, fact] of [
          [atRisk, 'reminder'],
          [breached, 'breach'],
        ] as const) {
          const stream = streamId('committee-review', 'review', TENANT, c.caseId);
          const { history, revision } = await writer.load(stream);
          const opened = history.find((e) => e.type === 'ReviewOpened')!.data;
          const now = new Date().toISOString();
          const event: PendingEvent =
            fact === 'reminder'
              ? {
                  type: 'ReviewReminderSent',
                  version: 1,
                  data: {
                    caseId: c.caseId,
                    committeeId: 'research-committee',
                    round: 1,
                    percent: 80,
                    deadline: opened.deadline,
                    remindedAt: now,
                  } satisfies ReviewReminderSentV1,
                }
              : {
                  type: 'ReviewDeadlineBreached',
                  version: 1,
                  data: { caseId: c.caseId, deadline: opened.deadline, breachedAt: now } satisfies ReviewDeadlineBreachedV1,
                };
          await writer.append(stream, TENANT, { kind: 'timer', workflow: reviewTimelineWorkflowId(TENANT, c.caseId), run: 'e2e-clock' }, [event], revision);
        }
      } finally {
        await store.close();
      }
      // a member's vote is in the committee's queue item; it must not reach operations
      const vote = await fetch(`${platform.url('committee-review')}/reviews/${atRisk.caseId}/votes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await platform.tokenFor(TENANT, `${TENANT}-member-1`, ['committee-member'])}`, 'content-type': 'application/json' },
        body: JSON.stringify({ vote: 'accept', reasonId: 'meets-conditions' }),
      });
      expect(vote.status).toBe(201);

      const operations = await platform.token(TENANT, ['operations']);
      const deadlines = `${platform.url('committee-review')}/committee/deadlines`;
      const { value: watched } = await eventually(async () => {
        const { items } = await walk<Record<string, unknown>>(deadlines, operations, 5);
        const risk = items.find((i) => i.caseId === atRisk.caseId);
        const late = items.find((i) => i.caseId === breached.caseId);
        return risk && late ? { items, risk, late } : undefined;
      }, 60_000);
      expect(watched.risk).toMatchObject({ stage: 'at-risk', breached: false, serviceId: 'member-service', committeeId: 'research-committee', round: 1 });
      expect(watched.late).toMatchObject({ stage: 'deadline-breached', breached: true, serviceId: 'member-service' });
      for (const item of watched.items) {
        expect(Object.keys(item).sort()).toEqual(['breached', 'caseId', 'committeeId', 'deadline', 'escalated', 'round', 'serviceId', 'stage']);
      }
      const text = JSON.stringify(watched.items);
      for (const c of mine) {
        for (const personal of [c.fullName, c.nationalId, c.caseNumber]) expect(text).not.toContain(personal);
      }
      for (const personal of ['512345678', `${TENANT}-member-1`, 'منيرة']) expect(text).not.toContain(personal);

      const onlyBreached = await page<{ caseId: string; stage: string }>(`${deadlines}?stage=deadline-breached&limit=200`, operations);
      expect(onlyBreached.items.every((i) => i.stage === 'deadline-breached')).toBe(true);
      expect(onlyBreached.items.some((i) => i.caseId === breached.caseId)).toBe(true);
      expect(onlyBreached.total).toBe(onlyBreached.items.length);
      expect((await get(queueUrl(''), operations)).status).toBe(403);
    });
  });

  describe("the services officer's queue", () => {
    it('closing tasks while the officer pages neither skips nor repeats one: the cursor continues after the last task seen', async () => {
      const relations = await platform.token('tuwaiq', ['relations-officer']);
      const officer = await platform.token('tuwaiq', ['services-officer']);
      const since = new Date(Date.now() - 1000).toISOString();
      const cases: Array<Awaited<ReturnType<typeof submitTuwaiqTraining>>> = [];
      for (let i = 0; i < 3; i += 1) cases.push(await submitTuwaiqTraining(platform, relations, { qualification: 'bachelor', employmentStatus: 'employed' }));
      const expected = cases.flatMap((c) => c.documents.map((d) => d.documentId));
      expect(expected).toHaveLength(12);
      const base = `${platform.url('eligibility')}/work-queues/services-officer?openedFrom=${since}`;
      await eventually(async () => ((await page<Task>(`${base}&limit=100`, officer)).total === 12 ? true : undefined), 120_000);

      const first = await page<Task>(`${base}&limit=5`, officer);
      expect(first.total).toBe(12);
      const seen = first.items.map((t) => t.documentId);
      // the officer verifies two tasks of the page they read, and a colleague two they have not reached
      const done = first.items.slice(0, 2);
      const ahead = expected.filter((id) => !seen.includes(id)).slice(0, 2);
      const caseOf = (documentId: string) => cases.find((c) => c.documents.some((d) => d.documentId === documentId))!.caseId;
      for (const documentId of [...done.map((t) => t.documentId), ...ahead]) {
        const r = await fetch(`${platform.url('eligibility')}/cases/${caseOf(documentId)}/documents/${documentId}/verification`, {
          method: 'POST',
          headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
          body: JSON.stringify({ decision: 'verified', method: 'government-platform' }),
        });
        expect(r.status).toBe(200);
      }
      await eventually(async () => ((await page<Task>(`${base}&limit=1`, officer)).total === 8 ? true : undefined));

      let cursor = first.nextCursor;
      const totals: number[] = [];
      while (cursor) {
        const next: Page<Task> = await page<Task>(`${base}&limit=5&cursor=${cursor}`, officer);
        seen.push(...next.items.map((t) => t.documentId));
        totals.push(next.total);
        cursor = next.nextCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      // every task still open when reached was seen; the two closed before they were reached were not
      expect([...seen].sort()).toEqual(expected.filter((id) => !ahead.includes(id)).sort());
      expect(totals.every((t) => t === 8)).toBe(true);
    });
  });
});
