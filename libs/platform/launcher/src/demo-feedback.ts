// The feedback demo `npm start` seeds for every association (docs/adr/0041, 0042; every policy's goal
// "measure satisfaction to improve the service", Environment Madinah's "problems of a general nature go
// to the board", Tuwaiq 2-2 and 5-9): complaints in each state a handler meets — acknowledged, under
// investigation, resolved and rated by the complainant with their single-use code, a remark about a
// member of staff escalated to the executive director at once (it breaches its service level if left) —
// and, for Environment Madinah, a general issue on the board's agenda.
// Everything goes through feedback's HTTP API with the roles' own tokens; a marker file makes it run once.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Where the demo runs: feedback's base URL and a token for a role of a tenant (the local realm's at `npm start`, the test realm's in e2e). */
export interface FeedbackDemoTarget {
  baseUrl: string;
  tenants: Array<{ tenantId: string; serviceId: string }>;
  token(tenantId: string, roles: string[]): Promise<string>;
  /** The file that records the seeded demo: when it exists, nothing is called again. */
  marker: string;
  log?: (line: string) => void;
  /** How long to wait for a read model (default 60 s). */
  timeoutMs?: number;
}

export type DemoComplaintState = 'acknowledged' | 'under-investigation' | 'resolved-and-rated' | 'escalated' | 'general-issue';

export interface FeedbackDemo {
  seededAt: string;
  complaints: Array<{ tenantId: string; state: DemoComplaintState; complaintId: string; reference: string }>;
  /** The board's agenda item (Environment Madinah), or null when that association is not seeded. */
  generalIssue: { tenantId: string; issueId: string } | null;
}

/** The association whose board discusses problems of a general nature (003). */
export const GENERAL_ISSUE_TENANT = 'environment-madinah';

/** The recorded demo, or null when none was seeded yet. */
export function readFeedbackDemo(marker: string): FeedbackDemo | null {
  if (!existsSync(marker)) return null;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')) as FeedbackDemo;
  } catch {
    return null;
  }
}

/** The token's subject: the staff member's user id, as feedback's assignment takes it. */
export function subjectOf(token: string): string {
  const payload = token.split('.')[1] ?? '';
  const sub = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown }).sub;
  if (typeof sub !== 'string') throw new Error('feedback demo: the token names no subject');
  return sub;
}

interface Receipt {
  complaintId: string;
  reference: string;
  ratingCode: string;
}

/** Seeds the demo once: the marker's record when it exists, else every step through the API, recorded in the marker. */
export async function seedFeedbackDemo(target: FeedbackDemoTarget): Promise<FeedbackDemo> {
  const recorded = readFeedbackDemo(target.marker);
  if (recorded) return recorded;
  const log = target.log ?? (() => undefined);
  const timeoutMs = target.timeoutMs ?? 60_000;
  const call = async <T>(token: string | null, path: string, body?: unknown): Promise<T> => {
    // one Idempotency-Key per step, so a step sent again after a 503 (an engine or Keycloak restarting) is done once
    const idempotencyKey = body === undefined ? undefined : randomUUID();
    let response: Response;
    for (let attempt = 1; ; attempt += 1) {
      response = await fetch(`${target.baseUrl}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          'content-type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status !== 503 || attempt >= 10) break;
      await response.text();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    const text = await response.text();
    if (response.status >= 300) throw new Error(`feedback demo: ${body === undefined ? 'GET' : 'POST'} ${path} answered ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`feedback demo: ${what} not reached in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  const demo: FeedbackDemo = { seededAt: new Date().toISOString(), complaints: [], generalIssue: null };
  for (const { tenantId, serviceId } of target.tenants) {
    const officer = await target.token(tenantId, ['relations-officer']);
    const director = await target.token(tenantId, ['executive-director']);
    const directorId = subjectOf(director);
    const file = (patch: Record<string, unknown>) =>
      call<Receipt>(officer, '/complaints', {
        channel: 'phone',
        categoryId: 'delay',
        concerns: { kind: 'service', id: serviceId },
        serviceId,
        anonymous: false,
        ...patch,
      });
    const named = (i: number) => ({ name: `مستفيد تجريبي ${i}`, mobile: `05000002${String(i).padStart(2, '0')}` });
    const record = (state: DemoComplaintState, receipt: Receipt) => {
      demo.complaints.push({ tenantId, state, complaintId: receipt.complaintId, reference: receipt.reference });
      log(`${tenantId}: ${state} ${receipt.reference}`);
    };

    // 1. Acknowledged: the reference went by SMS; waiting for a handler.
    record('acknowledged', await file({ text: 'تأخر الرد على طلبي أكثر من أسبوعين', complainant: named(1) }));

    // 2. Under investigation: assigned to the executive director, who started the investigation.
    const investigated = await file({ categoryId: 'suggestion', text: 'أقترح إرسال مواعيد البرنامج برسالة قبل موعدها بيوم', complainant: named(2) });
    await call(officer, `/complaints/${investigated.complaintId}/assignment`, { assignee: directorId });
    await call(director, `/complaints/${investigated.complaintId}/investigation`, {});
    record('under-investigation', investigated);

    // 3. Resolved (the complainant told), closed, and rated once with the single-use code the filing answered.
    const resolved = await file({ text: 'تأخر إرسال شهادة حضور البرنامج', complainant: named(3) });
    await call(officer, `/complaints/${resolved.complaintId}/assignment`, { assignee: directorId });
    await call(director, `/complaints/${resolved.complaintId}/investigation`, {});
    await call(director, `/complaints/${resolved.complaintId}/resolution`, {
      response: { ar: 'أُرسلت الشهادة إلى جوالكم، ونعتذر عن التأخير', en: 'The certificate was sent to your mobile; we apologise for the delay' },
    });
    await call(officer, `/complaints/${resolved.complaintId}/closure`, {});
    // The public rating finds the complaint by its reference in the complaints read model, which
    // follows the filing through Kafka: on a busy machine it may not have it yet.
    await until('the complaint in the read model, to rate it', async () => {
      try {
        return await call(null, `/public/${tenantId}/complaint-ratings`, {
          reference: resolved.reference,
          code: resolved.ratingCode,
          rating: 4,
          comment: 'شكرًا على المتابعة',
        });
      } catch (error) {
        // not there yet (404), or this address's public attempts spent for the minute (429): try again
        if (/complaint-not-found| answered 429 /.test(String(error))) return undefined;
        throw error;
      }
    });
    record('resolved-and-rated', resolved);

    // 4. A remark about a member of staff (the services officer, not the officer who records it): routed and
    // escalated to the executive director at once, seen by the director and that member only (docs/adr/0042).
    const colleague = subjectOf(await target.token(tenantId, ['services-officer']));
    record(
      'escalated',
      await file({
        categoryId: 'staff-conduct',
        concerns: { kind: 'staff', id: colleague },
        priority: 'high',
        text: 'لم يُحسن الموظف استقبالي عند مراجعتي',
        complainant: named(4),
      }),
    );

    // 5. Environment Madinah (003): a problem of a general nature, marked general by the relations officer, goes to the board's agenda.
    if (tenantId === GENERAL_ISSUE_TENANT) {
      const general = await file({ categoryId: 'service-quality', channel: 'website', text: 'لا تتوفر مظلات في موقع النشاط الميداني', anonymous: true });
      await call(officer, `/complaints/${general.complaintId}/general-issue`, {});
      record('general-issue', general);
      const board = await target.token(tenantId, ['board-member']);
      const issueId = await until('the general issue on the board’s agenda', async () => {
        const detail = await call<{ issueId: string | null }>(officer, `/complaints/${general.complaintId}`);
        if (!detail.issueId) return undefined;
        const agenda = await call<{ items: Array<{ issueId: string }> }>(board, '/board-agenda?limit=200');
        return agenda.items.some((i) => i.issueId === detail.issueId) ? detail.issueId : undefined;
      });
      demo.generalIssue = { tenantId, issueId };
    }
  }
  writeFileSync(target.marker, JSON.stringify(demo, null, 2));
  return demo;
}

/** The lines `npm start` prints about the demo. */
export function describeFeedbackDemo(demo: FeedbackDemo): string[] {
  const counts = new Map<string, number>();
  for (const c of demo.complaints) counts.set(c.tenantId, (counts.get(c.tenantId) ?? 0) + 1);
  return [
    `Complaints: ${[...counts].map(([tenant, n]) => `${tenant} ${n}`).join(', ')} (acknowledged, under investigation, resolved and rated, escalated)`,
    ...(demo.generalIssue ? [`Board agenda (${demo.generalIssue.tenantId}): general issue ${demo.generalIssue.issueId}`] : []),
    `Try:       curl -sS -H "Authorization: Bearer $(npm run -s token -- --tenant awj --role relations-officer)" http://127.0.0.1:3005/complaints`,
  ];
}
