import type { Browser, Page } from 'playwright-core';
import { streamId, type BoundedContext, type ReviewDeadlineBreachedV1, type ReviewEscalatedV1 } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { EventWriter } from '@athar/service-kit';
import { reviewTimelineWorkflowId } from '@athar/workflows';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { submitTuwaiqTraining, type PlatformUnderTest } from '../../platform-e2e/src/platform-under-test';
import { checkScreen, launchChromium, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { signedIn, type Language, type Viewport } from './signed-in';

// The executive director's overview in a real browser (Tuwaiq 5-5, 6-3, 6-4; docs/adr/0036): a request past
// the committee's review window and escalated, the figures as bars with their table (the cases by stage
// and channel, the time to decision against the review window), the eligibility
// policy in force with its approval in Hijri and Gregorian, and the what-if of a draft with a higher age
// threshold: the arranged request would no longer be eligible. Arabic and English, phone and desktop;
// axe-core on every screen; one run by keyboard alone.
jest.setTimeout(300_000);

const TENANT = 'tuwaiq';
const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';

describe("the executive director's overview in the browser", () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  /** A Tuwaiq training request (eligible at 18 or over; born 1998) whose review window passed with no decision, escalated. */
  let arranged: { caseId: string; caseNumber: string };

  beforeAll(async () => {
    browser = await launchChromium();
    const officer = await ui.token(TENANT, ['relations-officer']);
    // submitTuwaiqTraining needs only the services' addresses, which the console's platform gives too
    const services = { url: (context: BoundedContext) => ui.serviceUrl(context) } as unknown as PlatformUnderTest;
    arranged = await submitTuwaiqTraining(services, officer, { qualification: 'bachelor', employmentStatus: 'job-seeker' });
    // A second request, decided at once by the committee (accepted): a first decision in the window's first half.
    const decided = await submitTuwaiqTraining(services, officer, { qualification: 'bachelor', employmentStatus: 'job-seeker' });
    const opened = async () =>
      (await fetch(`${ui.serviceUrl('committee-review')}/reviews/${decided.caseId}`, { headers: { authorization: `Bearer ${officer}` } })).status === 200;
    for (let i = 0; i < 120 && !(await opened()); i += 1) await new Promise((resolve) => setTimeout(resolve, 500));
    // Tuwaiq 6-2: the committee votes once the documents are verified (by the services officer).
    const servicesOfficer = await ui.token(TENANT, ['services-officer']);
    for (const { documentId } of decided.documents) {
      const verify = () =>
        fetch(`${ui.serviceUrl('eligibility')}/cases/${decided.caseId}/documents/${documentId}/verification`, {
          method: 'POST',
          headers: { authorization: `Bearer ${servicesOfficer}`, 'content-type': 'application/json' },
          body: JSON.stringify({ decision: 'verified', method: 'original-sighted' }),
        });
      for (let i = 0; i < 60 && (await verify()).status !== 200; i += 1) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    for (const [userId, role] of [
      ['tuwaiq-member-1', 'committee-member'],
      ['tuwaiq-chair', 'committee-chair'],
    ] as const) {
      const token = await ui.token(TENANT, [role], userId);
      const cast = () =>
        fetch(`${ui.serviceUrl('committee-review')}/reviews/${decided.caseId}/votes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ vote: 'accept', reasonId: 'meets-conditions' }),
        });
      // the committee learns of the verifications from eligibility's topic: a 409 until it has
      let voted = await cast();
      for (let i = 0; i < 60 && voted.status === 409; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        voted = await cast();
      }
      if (voted.status !== 201) throw new Error(`vote refused: ${voted.status} ${await voted.text()}`);
    }
    const reviewOpen = async () =>
      (await fetch(`${ui.serviceUrl('committee-review')}/reviews/${arranged.caseId}`, { headers: { authorization: `Bearer ${officer}` } })).status === 200;
    for (let i = 0; i < 120 && !(await reviewOpen()); i += 1) await new Promise((resolve) => setTimeout(resolve, 500));
    // The timeline's breach and escalation timers run days after submission; the test records their facts
    // in the review stream as the timeline's activities do (ADR 0012, 0016), as the clock would.
    const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${ui.instance}_events` });
    try {
      const writer = new EventWriter(store, 'committee-review');
      const stream = streamId('committee-review', 'review', TENANT, arranged.caseId);
      const { history, revision } = await writer.load(stream);
      const opened = history.find((e) => e.type === 'ReviewOpened')!.data as { deadline: string };
      const now = new Date().toISOString();
      await writer.append(
        stream,
        TENANT,
        { kind: 'timer', workflow: reviewTimelineWorkflowId(TENANT, arranged.caseId), run: 'browser-clock' },
        [
          {
            type: 'ReviewDeadlineBreached',
            version: 1,
            data: { caseId: arranged.caseId, deadline: opened.deadline, breachedAt: now } satisfies ReviewDeadlineBreachedV1,
          },
          {
            type: 'ReviewEscalated',
            version: 1,
            data: { caseId: arranged.caseId, round: 1, to: 'executive-director', deadline: opened.deadline, escalatedAt: now } satisfies ReviewEscalatedV1,
          },
        ],
        revision,
      );
    } finally {
      await store.close();
    }
  });
  afterAll(() => browser?.close());

  /** The arranged request's row in the escalations table (the projection may take a moment: reload until it shows). */
  async function breachRow(page: Page) {
    const row = page.locator(`[data-testid=deadlines] tr[data-case="${arranged.caseId}"]`);
    for (let i = 0; i < 30 && (await row.count()) === 0; i += 1) {
      await page.waitForTimeout(1_000);
      await page.reload();
      await page.getByTestId('policy').waitFor();
    }
    return row;
  }

  for (const language of ['ar', 'en'] as const satisfies Language[]) {
    for (const viewport of ['phone', 'desktop'] as const satisfies Viewport[]) {
      it(`shows the breach, the figures, the policy and a what-if (${language}, ${viewport})`, async () => {
        const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
        const name = (step: string) => `director-${language}-${viewport}-${step}`;
        const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['executive-director'], language, viewport, path: '/director' });
        expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        await page.getByRole('heading', { name: m('director.title') }).waitFor();

        // The request past its window, escalated to the executive director.
        const row = await breachRow(page);
        await expect(row.textContent()).resolves.toContain(m('director.stage.deadline-breached'));
        await expect(row.textContent()).resolves.toContain(m('director.escalated.yes'));
        if (language === 'ar') expect(await row.locator('[data-calendar=islamic-umalqura]').textContent()).toMatch(/[\u0660-\u0669]/);

        // The figures: bars with a text alternative, and the same figures in a table.
        const byStage = page.getByTestId('chart-stage');
        const breachedCount = await byStage
          .getByRole('row', { name: m('director.stage.deadline-breached') })
          .getByRole('cell')
          .textContent();
        expect(Number((breachedCount ?? '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)))).toBeGreaterThanOrEqual(1);
        expect(await byStage.getByRole('img', { name: m('director.charts.byStage') }).count()).toBe(1);
        expect(
          await page
            .getByTestId('chart-window')
            .getByRole('img', { name: m('director.charts.window') })
            .count(),
        ).toBe(1);

        // The cases by stage and channel: the arranged request (by interview) is with the committee, in the
        // bar and in the table's cell; the decided one counts in the first half of the review window.
        const digits = (text: string | null) => Number((text ?? '').replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
        const cases = page.getByTestId('chart-cases-by-stage');
        await page.getByTestId('cases-channel').selectOption('interview');
        expect(await cases.getByRole('img', { name: m('director.casesByStage.chart').replace('{channel}', m('director.channel.interview')) }).count()).toBe(1);
        const withCommittee = await cases
          .getByRole('row', { name: m('director.caseStage.committee') })
          .getByRole('cell')
          .textContent();
        expect(digits(withCommittee)).toBeGreaterThanOrEqual(1);
        const cell = page.locator('[data-testid=cases-by-stage-table] tr[data-stage=committee] td[data-channel=interview]');
        expect(digits(await cell.textContent())).toBeGreaterThanOrEqual(1);
        const decisionTime = page.getByTestId('chart-decision-time');
        expect(await decisionTime.getByRole('img', { name: m('director.decisionTime.chart') }).count()).toBe(1);
        const firstHalf = await decisionTime
          .getByRole('row', { name: m('director.decisionTime.bucket.first-half') })
          .getByRole('cell')
          .textContent();
        expect(digits(firstHalf)).toBeGreaterThanOrEqual(1);
        expect(await page.getByTestId('decision-window').textContent()).toContain(language === 'ar' ? '١٤' : '14');
        await expect(page.getByTestId('decision-summary').textContent()).resolves.not.toBe(m('director.decisionTime.none'));

        // The policy in force and its approval: the board session's Hijri and Gregorian dates (Tuwaiq 6-3).
        const policy = page.getByTestId('policy');
        await expect(policy.getByTestId('policy-hijri').textContent()).resolves.toContain('1445-06-19');
        await expect(policy.getByTestId('policy-gregorian').textContent()).resolves.toContain('2024-01-01');
        expect(await policy.getByTestId('policy-effective').locator('[data-calendar=islamic-umalqura]').count()).toBe(1);
        await checkScreen(page, name('1-overview'));

        // What if the programme were for those aged 30 or over? The arranged request (aged under 30) would change.
        await page.getByTestId('threshold-age-18-or-over').fill('30');
        await page.getByRole('button', { name: m('director.whatIf.run') }).click();
        const result = page.getByTestId('what-if-result');
        await result.waitFor();
        const change = result.getByTestId('what-if-changes').getByRole('row').filter({ hasText: arranged.caseNumber });
        await expect(change.textContent()).resolves.toContain(m('director.outcome.not-eligible'));
        await expect(change.textContent()).resolves.toContain(m('director.outcome.eligible'));
        expect(
          await result
            .getByTestId('chart-what-if')
            .getByRole('img', { name: m('director.whatIf.chart') })
            .count(),
        ).toBe(1);
        await checkScreen(page, name('2-what-if'));
        expect(problems).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('runs the what-if with the keyboard alone (Arabic, desktop)', async () => {
    const { page, problems } = await signedIn(browser, ui, {
      tenantId: TENANT,
      roles: ['executive-director'],
      language: 'ar',
      viewport: 'desktop',
      path: '/director',
    });
    await page.getByTestId('policy').waitFor();
    await tabTo(page, '[data-testid="threshold-age-18-or-over"]', 120);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await page.getByTestId('what-if-result').getByText(arranged.caseNumber).waitFor();
    await checkScreen(page, 'director-ar-desktop-keyboard');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a board member the policy and the what-if but not the committee’s queue, which is not theirs', async () => {
    const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['board-member'], language: 'ar', viewport: 'phone', path: '/director' });
    await page.getByTestId('policy').waitFor();
    expect(await page.getByTestId('deadlines').count()).toBe(0);
    // The board sees the aggregates: the cases by stage and channel, the time to decision.
    await page.getByTestId('chart-cases-by-stage').waitFor();
    await page.getByTestId('chart-decision-time').waitFor();
    expect(await page.getByTestId('threshold-age-18-or-over').count()).toBe(1);
    await checkScreen(page, 'director-ar-phone-board');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
