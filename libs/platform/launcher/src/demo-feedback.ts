// The feedback demo `npm start` seeds for every association (docs/adr/0041, 0042; every policy's goal
// "measure satisfaction to improve the service", Environment Madinah's "problems of a general nature go
// to the board", Tuwaiq 2-2 and 5-9): complaints in each state a handler meets — acknowledged, under
// investigation, resolved and rated by the complainant with their single-use code, a remark about a
// member of staff escalated to the executive director at once (it breaches its service level if left) —
// and, for Environment Madinah, a general issue on the board's agenda.
// Everything goes through feedback's HTTP API with the roles' own tokens; a marker file makes it run once.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { signedInOnce } from '@athar/identity';
import { newNationalId } from './national-ids';
import { caseSearchAttributes, serviceDeliveryWorkflowId, type serviceDelivery } from '@athar/workflows';

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

// ---------------------------------------------------------------------------------------------------
// Satisfaction surveys (docs/adr/0041; every policy's goal "measure satisfaction to improve the service",
// Tuwaiq 2-2): for every association, six requests of one service and channel are accepted by the
// committee and their programme ends today, so each applicant gets the survey link by SMS; five answer
// through it as an applicant does (k = 5: the association's dashboard publishes the cell) and the sixth is
// left unanswered. Everything through the services' HTTP APIs; only the programme's end is brought forward,
// by restarting its service-delivery timer to end now (the workflow then records ServiceDeliveryEnded
// through committee-review's own activity, as it would in 90 days).

/** One association's survey demo: the service and channel of its cell, and who sits on its committee. */
export interface SurveyDemoTenant {
  tenantId: string;
  serviceId: string;
  channel: string;
  declarationVersion: number;
  /** The committee members who vote (a quorum of them, by user id). */
  members: string[];
}

/** The parts of a tenant policy the survey demo reads (@athar/tenancy's TenantPolicy has them). */
export interface SurveyDemoPolicy {
  tenantId: string;
  channels: readonly string[];
  declaration: { version: number };
  services: ReadonlyArray<{ id: string; beneficiaryType: string; requiredFields?: readonly string[]; requiredDocuments?: readonly string[] }>;
  committeeReview: { committees: ReadonlyArray<{ quorum: number; serviceIds: readonly string[]; members: ReadonlyArray<{ userId: string; role: string }> }> };
  satisfaction?: { minimumGroupSize?: number; surveys: ReadonlyArray<{ trigger: string; services?: readonly string[] | null }> } | null;
}

/**
 * The cell a policy's demo fills: its first direct service that asks for no documents or extra fields
 * (the survey demo does not verify documents), that a committee reviews and a programme-end survey covers.
 */
export function surveyDemoTenant(policy: SurveyDemoPolicy): SurveyDemoTenant | null {
  const surveyed = (serviceId: string) =>
    (policy.satisfaction?.surveys ?? []).some((s) => s.trigger === 'service-delivery-ended' && (!s.services || s.services.includes(serviceId)));
  for (const service of policy.services) {
    if (service.beneficiaryType !== 'direct' || (service.requiredFields ?? []).length > 0 || (service.requiredDocuments ?? []).length > 0) continue;
    const committee = policy.committeeReview.committees.find((c) => c.serviceIds.includes(service.id));
    if (!committee || !surveyed(service.id)) continue;
    const voters = committee.members.filter((m) => m.role !== 'secretary').slice(0, committee.quorum);
    if (voters.length < committee.quorum) continue;
    return {
      tenantId: policy.tenantId,
      serviceId: service.id,
      channel: policy.channels[0],
      declarationVersion: policy.declaration.version,
      members: voters.map((m) => m.userId),
    };
  }
  return null;
}

/** Where the survey demo runs (the local realm and engines at `npm start`, the e2e platform in its test). */
export interface SurveyDemoTarget {
  intakeUrl: string;
  committeeReviewUrl: string;
  feedbackUrl: string;
  tenants: SurveyDemoTenant[];
  /** A token for a role of a tenant; with `userId`, that person's (a committee member's). */
  token(tenantId: string, roles: string[], userId?: string): Promise<string>;
  /** Brings a case's programme end to now (`programmeEndsNow` at `npm start`). */
  endProgramme(tenantId: string, caseId: string): Promise<void>;
  /** The file that records the seeded demo: when it exists, nothing is called again. */
  marker: string;
  log?: (line: string) => void;
  /** How long to wait for each step that follows an event (default 180 s). */
  timeoutMs?: number;
}

export interface SurveyDemo {
  seededAt: string;
  tenants: Array<{
    tenantId: string;
    serviceId: string;
    channel: string;
    /** The cases whose applicants answered (k of them). */
    answered: string[];
    /** The survey sent and not answered: its case, the applicant's mobile and the link the SMS carries. */
    unanswered: { caseId: string; mobile: string; link: string };
  }>;
}

/** How many applicants answer per association: the policies' k (minimumGroupSize, 5). */
export const SURVEY_DEMO_ANSWERS = 5;
/** The survey link in an SMS: the console's /survey/<token>, the token 43 base64url characters. */
const SURVEY_LINK = /(\S*\/([A-Za-z0-9_-]{43}))(?:\s|$)/;

/** The recorded survey demo, or null when none was seeded yet. */
export function readSurveyDemo(marker: string): SurveyDemo | null {
  if (!existsSync(marker)) return null;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')) as SurveyDemo;
  } catch {
    return null;
  }
}

/** Seeds the survey demo once: the marker's record when it exists, else every step, recorded in the marker. */
export async function seedSurveyDemo(target: SurveyDemoTarget): Promise<SurveyDemo> {
  const recorded = readSurveyDemo(target.marker);
  if (recorded) return recorded;
  const log = target.log ?? (() => undefined);
  const timeoutMs = target.timeoutMs ?? 180_000;
  const signIn = signedInOnce(target.token);
  const send = async (url: string, token: string | null, body?: unknown): Promise<Response> => {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      // an engine restarting (503), or this address's public attempts spent for the minute (429): again shortly
      if ((response.status !== 503 && response.status !== 429) || attempt >= 40) return response;
      await response.text();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`survey demo: ${what} not reached in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  };
  const refused = async (what: string, response: Response) => new Error(`survey demo: ${what} answered ${response.status} ${await response.text()}`);

  const demo: SurveyDemo = { seededAt: new Date().toISOString(), tenants: [] };
  for (const tenant of target.tenants) {
    const { tenantId, serviceId, channel } = tenant;
    const officer = () => signIn(tenantId, ['relations-officer']);
    // signed in one after another before the cases run in parallel (a first sign-in creates the person)
    await officer();
    for (const member of tenant.members) await signIn(tenantId, ['committee-member'], member);

    /** One applicant: the request recorded and submitted, accepted by the committee, the programme ended, the survey link received by SMS (and answered, for the first k). */
    const surveyed = async (i: number): Promise<{ caseId: string; mobile: string; link: string }> => {
      const mobile = `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      // a name in letters only, as intake takes it
      const name = ['نورة الحربي', 'خالد العنزي', 'سارة القحطاني', 'فهد الشمري', 'منى الزهراني', 'عبدالله الغامدي'][i] ?? 'مستفيد تجريبي';
      const created = await send(`${target.intakeUrl}/applications`, await officer(), {
        serviceId,
        channel,
        applicant: { fullName: name, nationalId: newNationalId(), mobile },
        declaration: { accepted: true, signedName: name, declarationVersion: tenant.declarationVersion },
      });
      if (created.status !== 201) throw await refused(`${tenantId}: the request`, created);
      const { caseId } = (await created.json()) as { caseId: string };
      const review = `${target.committeeReviewUrl}/reviews/${caseId}`;
      await until(`${tenantId}: the review of ${caseId}`, async () => ((await send(review, await officer())).status === 200 ? true : undefined));
      for (const member of tenant.members) {
        await until(`${tenantId}: ${member}'s vote on ${caseId}`, async () => {
          const voted = await send(`${review}/votes`, await signIn(tenantId, ['committee-member'], member), {
            vote: 'accept',
            reasonId: 'meets-conditions',
          });
          if (voted.status === 201) return true;
          if (voted.status === 409) {
            // a vote sent again after a 503 was recorded the first time; any other conflict: the review has not learnt of everything yet
            return ((await voted.json()) as { code?: string }).code === 'already-voted' ? true : undefined;
          }
          throw await refused(`${tenantId}: ${member}'s vote`, voted);
        });
      }
      await target.endProgramme(tenantId, caseId);
      const e164 = `+966${mobile.slice(1)}`;
      const sms = await until(`${tenantId}: the survey SMS of ${caseId}`, async () => {
        const found = await send(`${target.intakeUrl}/notifications/outbox/search`, await officer(), { recipient: e164, limit: 50 });
        if (found.status !== 200) throw await refused(`${tenantId}: the outbox`, found);
        const items = ((await found.json()) as { items: Array<{ body: string }> }).items;
        return items.map((m) => m.body).find((b) => SURVEY_LINK.test(b) && b.includes('نرجو تقييم الخدمة'));
      });
      const [, link, token] = SURVEY_LINK.exec(sms)!;
      if (i < SURVEY_DEMO_ANSWERS) {
        // the applicant answers at once, as on the page the link opens: the questions, then the answer
        const page = await send(`${target.feedbackUrl}/public/surveys/${token}`, null);
        if (page.status !== 200) throw await refused(`${tenantId}: the survey page`, page);
        const answer = await send(`${target.feedbackUrl}/public/surveys/${token}/answer`, null, {
          scores: { overall: [5, 4, 5, 3, 4][i], recommend: [9, 8, 10, 7, 9][i], effort: [2, 3, 1, 4, 2][i] },
          texts: {
            comment: ['البرنامج مفيد والمتابعة ممتازة', 'أتمنى تذكيري بالمواعيد برسالة مسبقة', 'شكرًا على حسن الاستقبال', 'الانتظار كان طويلًا', 'تجربة جيدة'][i],
          },
        });
        if (answer.status !== 201) throw await refused(`${tenantId}: an answer`, answer);
      }
      return { caseId, mobile, link: link! };
    };

    // k applicants answer; the last one does not
    const cases = await Promise.all(Array.from({ length: SURVEY_DEMO_ANSWERS + 1 }, (_, i) => surveyed(i)));
    const answered = cases.slice(0, SURVEY_DEMO_ANSWERS);
    const unanswered = cases[SURVEY_DEMO_ANSWERS]!;
    // the dashboard follows the answers through Kafka: wait until the association's cell is published
    await until(`${tenantId}: the satisfaction dashboard`, async () => {
      const query = new URLSearchParams({ serviceId, channel });
      const r = await send(`${target.feedbackUrl}/satisfaction/dashboard?${query}`, await signIn(tenantId, ['executive-director']));
      if (r.status === 422) return undefined; // under k yet
      if (r.status !== 200) throw await refused(`${tenantId}: the dashboard`, r);
      return ((await r.json()) as { totals: { responses: number } }).totals.responses >= SURVEY_DEMO_ANSWERS ? true : undefined;
    });
    demo.tenants.push({
      tenantId,
      serviceId,
      channel,
      answered: answered.map((c) => c.caseId),
      unanswered: { caseId: unanswered.caseId, mobile: unanswered.mobile, link: unanswered.link },
    });
    log(`${tenantId}: ${SURVEY_DEMO_ANSWERS} surveys answered for ${serviceId} (${channel}), one sent to ${unanswered.mobile} unanswered`);
  }
  writeFileSync(target.marker, JSON.stringify(demo, null, 2));
  return demo;
}

/** The lines `npm start` prints about the survey demo: where the figures are, and one unanswered survey's link and SMS. */
export function describeSurveyDemo(demo: SurveyDemo, consoleUrl: string, intakeUrl: string): string[] {
  const example = demo.tenants.find((t) => t.tenantId === 'awj') ?? demo.tenants[0];
  if (!example) return [];
  return [
    `Surveys:   ${demo.tenants.map((t) => `${t.tenantId} ${t.answered.length} answered + 1 unanswered (${t.serviceId})`).join(', ')}`,
    `Dashboard: ${consoleUrl}/feedback-oversight (executive director or board member of the association; API: GET /satisfaction/dashboard?serviceId=${example.serviceId})`,
    `Unanswered survey (${example.tenantId}): ${example.unanswered.link} — the SMS to ${example.unanswered.mobile}: curl -sS -X POST -H "Authorization: Bearer $(npm run -s token -- --tenant ${example.tenantId} --role relations-officer)" -H 'content-type: application/json' -d '{"recipient":"+966${example.unanswered.mobile.slice(1)}"}' ${intakeUrl}/notifications/outbox/search`,
  ];
}

/**
 * Ends a case's programme now, for the demo: its service-delivery workflow (started when the committee
 * accepted) is restarted with the end set to now, on the task queue it ran on, so committee-review's worker
 * records ServiceDeliveryEnded by its own activity (once: a later run finds it ended). Waits for the
 * workflow to exist; a programme already ended is left as it is.
 */
export function programmeEndsNow(options: { address?: string; namespace?: string; timeoutMs?: number } = {}): {
  endProgramme(tenantId: string, caseId: string): Promise<void>;
  close(): Promise<void>;
} {
  let connecting: Promise<{ connection: Connection; client: Client }> | null = null;
  const connect = () =>
    (connecting ??= Connection.connect({ address: options.address ?? process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' }).then((connection) => ({
      connection,
      client: new Client({ connection, namespace: options.namespace ?? process.env.TEMPORAL_NAMESPACE ?? 'default' }),
    })));
  return {
    async endProgramme(tenantId, caseId) {
      const { client } = await connect();
      const workflowId = serviceDeliveryWorkflowId(tenantId, caseId);
      const deadline = Date.now() + (options.timeoutMs ?? 180_000);
      let description: Awaited<ReturnType<ReturnType<Client['workflow']['getHandle']>['describe']>>;
      for (;;) {
        try {
          description = await client.workflow.getHandle(workflowId).describe();
          break;
        } catch (error) {
          if (!(error instanceof WorkflowNotFoundError) || Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
      if (description.status.name !== 'RUNNING') return;
      const now = new Date().toISOString();
      await client.workflow
        .getHandle(workflowId, description.runId)
        .terminate('demo data: the programme ends today')
        .catch((error: unknown) => {
          // it ended on its own meanwhile: its end is recorded
          if (!(error instanceof WorkflowNotFoundError)) throw error;
        });
      await client.workflow.start<typeof serviceDelivery>('serviceDelivery', {
        workflowId,
        taskQueue: description.taskQueue,
        args: [{ tenantId, caseId, endsOn: now }],
        typedSearchAttributes: caseSearchAttributes(tenantId, caseId, 'in-delivery', now),
      });
    },
    async close() {
      if (connecting) await (await connecting).connection.close();
    },
  };
}
