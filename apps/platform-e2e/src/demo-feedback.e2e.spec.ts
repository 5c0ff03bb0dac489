import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  GENERAL_ISSUE_TENANT,
  programmeEndsNow,
  readFeedbackDemo,
  readSurveyDemo,
  seedFeedbackDemo,
  seedSurveyDemo,
  SURVEY_DEMO_ANSWERS,
  surveyDemoTenant,
  type FeedbackDemo,
  type SurveyDemo,
} from '@athar/launcher';
import { loadTenantPolicies } from '@athar/tenancy';
import { eventually, outboxSearch, PlatformUnderTest } from './platform-under-test';

jest.setTimeout(600_000);

interface Detail {
  status: string;
  routing: string;
  escalated: boolean;
  rating: number | null;
  issueId: string | null;
  response: { ar: string; en: string } | null;
}

/**
 * The feedback demo `npm start` seeds (libs/platform/launcher/src/demo-feedback.ts), run as it is against
 * a real platform with the test realm's tokens, for every association `npm start` seeds. It runs on a
 * platform of its own: its general issue on Environment Madinah's agenda would gather the shared
 * platform's similar complaints (complaints.e2e.spec.ts counts its own issue's complaints).
 */
describe('npm start’s feedback demo (docs/adr/0042; Environment Madinah: general problems to the board)', () => {
  let own: Awaited<ReturnType<typeof PlatformUnderTest.start>>;
  let pool: Pool;
  const dir = mkdtempSync(join(tmpdir(), 'athar-demo-feedback-'));
  const marker = join(dir, 'demo-feedback-seeded');
  const surveyMarker = join(dir, 'demo-surveys-seeded');
  const tenants = loadTenantPolicies().map((t) => ({ tenantId: t.tenantId, serviceId: t.services.find((s) => s.beneficiaryType === 'direct')!.id }));
  let demo: FeedbackDemo;
  let surveys: SurveyDemo;
  const programmes = programmeEndsNow();

  beforeAll(async () => {
    const shared = process.env.ATHAR_E2E_STATE;
    try {
      own = await PlatformUnderTest.start();
    } finally {
      process.env.ATHAR_E2E_STATE = shared;
    }
    pool = new Pool({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar' });
  });
  afterAll(async () => {
    await programmes.close();
    await pool?.end();
    if (own) await PlatformUnderTest.stop(own.services, own.platform, own.mailbox, own.traces);
    rmSync(dir, { recursive: true, force: true });
  });

  const target = () => ({
    baseUrl: own.platform.url('feedback'),
    tenants,
    token: (tenantId: string, roles: string[]) => own.platform.token(tenantId, roles as Parameters<PlatformUnderTest['token']>[1]),
    marker,
  });
  const get = async <T>(path: string, tenantId: string, role: string): Promise<T> => {
    const response = await fetch(`${own.platform.url('feedback')}${path}`, {
      headers: { authorization: `Bearer ${await own.platform.token(tenantId, [role as never])}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const filedCount = async () =>
    (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${own.platform.instance}_events".events WHERE type = 'ComplaintFiled'`)).rows[0]!.n;

  it('seeds, for every association, complaints acknowledged, under investigation, resolved and rated, and escalated; Environment Madinah’s general issue is on the board’s agenda', async () => {
    demo = await seedFeedbackDemo(target());
    expect(readFeedbackDemo(marker)).toEqual(demo);
    expect(tenants.length).toBe(5);
    for (const { tenantId } of tenants) {
      const mine = demo.complaints.filter((c) => c.tenantId === tenantId);
      const expected = [
        'acknowledged',
        'under-investigation',
        'resolved-and-rated',
        'escalated',
        ...(tenantId === GENERAL_ISSUE_TENANT ? ['general-issue'] : []),
      ];
      expect(mine.map((c) => c.state)).toEqual(expected);
      const detail = async (state: string) => get<Detail>(`/complaints/${mine.find((c) => c.state === state)!.complaintId}`, tenantId, 'executive-director');
      expect(await detail('acknowledged')).toMatchObject({ status: 'acknowledged', routing: 'general' });
      expect(await detail('under-investigation')).toMatchObject({ status: 'under-investigation' });
      expect(await detail('resolved-and-rated')).toMatchObject({ status: 'closed', rating: 4, response: { ar: expect.any(String), en: expect.any(String) } });
      expect(await detail('escalated')).toMatchObject({ routing: 'executive-director', escalated: true });
      // The relations officer's queue lists what they may see: not the remark about a member of staff (the director's alone).
      const queue = await eventually(async () => {
        const page = await get<{ items: Array<{ complaintId: string }> }>('/complaints?limit=200', tenantId, 'relations-officer');
        const ids = new Set(page.items.map((i) => i.complaintId));
        return mine.filter((c) => c.state !== 'escalated').every((c) => ids.has(c.complaintId)) ? ids : undefined;
      });
      expect(queue.value.has(mine.find((c) => c.state === 'escalated')!.complaintId)).toBe(false);
    }
    // The complainant of the resolved complaint was told its reference and then the answer by SMS.
    const resolved = demo.complaints.find((c) => c.tenantId === 'awj' && c.state === 'resolved-and-rated')!;
    const officer = await own.platform.token('awj', ['relations-officer']);
    const { value: sms } = await eventually(async () => {
      const r = await outboxSearch(own.platform, officer, '+966500000203');
      const bodies = ((await r.json()) as { items: Array<{ body: string }> }).items.map((m) => m.body).filter((b) => b.includes(resolved.reference));
      return bodies.length >= 2 ? bodies : undefined;
    });
    expect(sms.some((b) => b.includes('أُرسلت الشهادة إلى جوالكم'))).toBe(true);

    expect(demo.generalIssue?.tenantId).toBe(GENERAL_ISSUE_TENANT);
    const agenda = await get<{ items: Array<{ issueId: string; status: string; reason: string; complaints: number }> }>(
      '/board-agenda?limit=200',
      GENERAL_ISSUE_TENANT,
      'board-member',
    );
    expect(agenda.items.find((i) => i.issueId === demo.generalIssue!.issueId)).toMatchObject({ status: 'on-agenda', reason: 'staff', complaints: 1 });
  });

  const surveyTarget = () => ({
    intakeUrl: own.platform.url('intake'),
    committeeReviewUrl: own.platform.url('committee-review'),
    feedbackUrl: own.platform.url('feedback'),
    tenants: loadTenantPolicies().flatMap((p) => surveyDemoTenant(p) ?? []),
    token: (tenantId: string, roles: string[], userId?: string) =>
      userId
        ? own.platform.tokenFor(tenantId, userId, roles as Parameters<PlatformUnderTest['tokenFor']>[2])
        : own.platform.token(tenantId, roles as Parameters<PlatformUnderTest['token']>[1]),
    endProgramme: (tenantId: string, caseId: string) => programmes.endProgramme(tenantId, caseId),
    marker: surveyMarker,
  });
  const surveysSent = async () =>
    (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${own.platform.instance}_events".events WHERE type = 'SatisfactionSurveySent'`)).rows[0]!.n;

  it('seeds, for every association, k answered satisfaction surveys (its dashboard shows figures) and one sent and unanswered (docs/adr/0041)', async () => {
    surveys = await seedSurveyDemo(surveyTarget());
    expect(readSurveyDemo(surveyMarker)).toEqual(surveys);
    expect(surveys.tenants.map((t) => t.tenantId).sort()).toEqual(tenants.map((t) => t.tenantId).sort());
    for (const seeded of surveys.tenants) {
      expect(seeded.answered).toHaveLength(SURVEY_DEMO_ANSWERS);
      // The association's dashboard (what the console's oversight screen shows): figures, not a refusal under k.
      const dashboard = await get<{ totals: { responses: number; sent: number; figures: { csat?: { n: number } } } }>(
        `/satisfaction/dashboard?serviceId=${seeded.serviceId}`,
        seeded.tenantId,
        'executive-director',
      );
      expect(dashboard.totals.responses).toBe(SURVEY_DEMO_ANSWERS);
      expect(dashboard.totals.figures.csat?.n).toBe(SURVEY_DEMO_ANSWERS);
      expect(dashboard.totals.sent).toBeGreaterThanOrEqual(SURVEY_DEMO_ANSWERS + 1);
      // The unanswered applicant holds the link in the SMS the platform sent them.
      const officer = await own.platform.token(seeded.tenantId, ['relations-officer']);
      const sms = await outboxSearch(own.platform, officer, `+966${seeded.unanswered.mobile.slice(1)}`);
      const bodies = ((await sms.json()) as { items: Array<{ body: string }> }).items.map((m) => m.body);
      expect(bodies.some((b) => b.includes(seeded.unanswered.link) && b.includes('نرجو تقييم الخدمة'))).toBe(true);
    }
    // thirty requests through the committee on a shared machine: longer than the file's default
  }, 1_500_000);

  it('run again (a second npm start), it sends no survey', async () => {
    const before = await surveysSent();
    expect(await seedSurveyDemo(surveyTarget())).toEqual(surveys);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await surveysSent()).toBe(before);
  });

  it('run again (a second npm start), it files nothing', async () => {
    const before = await filedCount();
    expect(await seedFeedbackDemo(target())).toEqual(demo);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await filedCount()).toBe(before);
    const all = await get<{ total: number }>('/complaints?limit=200', 'awj', 'executive-director');
    expect(all.total).toBe(demo.complaints.filter((c) => c.tenantId === 'awj').length);
  });
});
