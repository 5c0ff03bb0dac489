import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { streamId, type BoundedContext, type EligibilityAssessedV1 } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { EventWriter } from '@athar/service-kit';
import type { components } from '../../console/src/api/generated/intake';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { submitTuwaiqTraining, type PlatformUnderTest } from '../../platform-e2e/src/platform-under-test';
import { checkScreen, launchChromium, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { signedIn, type Language, type Viewport } from './signed-in';

// The auditor's journey in a real browser (ADR 0044; Tuwaiq 6-5): a case found by the number the
// applicant quotes, replayed as of an instant between its eligibility assessment and a later document
// verification (by recordedAt: the later fact is not yet known), personal fields [redacted] until a purpose
// is stated (a too-short purpose refused in its field), then shown; its decisions re-run "same"; an erased
// person's case reads [erased]. A case whose eligibility stream holds a second assessment written by a
// faulty path (an applicant recorded as employed, yet judged eligible: Tuwaiq 6-1, 6-5): its re-run differs,
// and the auditor sees the counts, the decision flagged and each differing field, recorded beside re-run.
// Arabic and English, phone and desktop; axe-core on every screen; one run by keyboard alone.
jest.setTimeout(300_000);

const TENANT = 'tuwaiq';
const PG_URL = process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar';
const PURPOSE = 'Annual compliance audit of training decisions';
type Replay = components['schemas']['CaseReplayDto'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** An instant as a `datetime-local` value, in the time zone the browser and this process share. */
const localInput = (at: Date) => {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
};

describe("the auditor's replay and decisions in the browser", () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  let kept: { caseId: string; caseNumber: string };
  let erased: { caseId: string; caseNumber: string };
  /** A case with a doctored eligibility decision beside the true one. */
  let doctored: { caseId: string; caseNumber: string; eventId: string };
  /** An instant after the eligibility assessment and before the document verification, to the second. */
  let asOf: Date;
  /** The events the platform had recorded by then (the timeline's rows). */
  let knownThen: Replay['events'];
  let verification: Replay['events'][number];

  beforeAll(async () => {
    browser = await launchChromium();
    const officer = await ui.token(TENANT, ['relations-officer']);
    const auditor = await ui.token(TENANT, ['auditor']);
    const services = { url: (context: BoundedContext) => ui.serviceUrl(context) } as unknown as PlatformUnderTest;
    const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
      const response = await fetch(`${ui.serviceUrl('intake')}${path}`, { headers: { authorization: `Bearer ${auditor}` } });
      return { status: response.status, body: (await response.json()) as T };
    };
    const full = await submitTuwaiqTraining(services, officer, { qualification: 'bachelor', employmentStatus: 'job-seeker' });
    kept = full;
    erased = await submitTuwaiqTraining(services, officer, { qualification: 'bachelor', employmentStatus: 'job-seeker' });
    // Eligibility assesses each request from intake's topic: wait until the decision is recorded.
    const assessed = async (caseId: string) => (await get<Replay>(`/audit/cases/${caseId}`)).body.events?.find((e) => e.type === 'EligibilityAssessed');
    let assessment = await assessed(kept.caseId);
    for (let i = 0; i < 120 && !assessment; i += 1) {
      await sleep(500);
      assessment = await assessed(kept.caseId);
    }
    if (!assessment) throw new Error('eligibility never assessed the arranged request');
    doctored = { ...(await submitTuwaiqTraining(services, officer, { qualification: 'bachelor', employmentStatus: 'job-seeker' })), eventId: '' };
    // A later fact, over a second after the assessment: the services officer verifies a document.
    await sleep(1_500);
    const servicesOfficer = await ui.token(TENANT, ['services-officer']);
    const verify = () =>
      fetch(`${ui.serviceUrl('eligibility')}/cases/${kept.caseId}/documents/${full.documents[0].documentId}/verification`, {
        method: 'POST',
        headers: { authorization: `Bearer ${servicesOfficer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ decision: 'verified', method: 'original-sighted' }),
      });
    for (let i = 0; i < 60 && (await verify()).status !== 200; i += 1) await sleep(500);
    const now = (await get<Replay>(`/audit/cases/${kept.caseId}`)).body;
    verification = now.events.find((e) => e.service === 'eligibility' && Date.parse(e.recordedAt) > Date.parse(assessment.recordedAt))!;
    expect(verification).toBeDefined();
    asOf = new Date(Math.ceil(Date.parse(assessment.recordedAt) / 1000) * 1000);
    expect(asOf.getTime()).toBeLessThan(Date.parse(verification.recordedAt));
    knownThen = now.events.filter((e) => Date.parse(e.recordedAt) <= asOf.getTime());
    // The second person asks for their data to be erased.
    const admin = await ui.token(TENANT, ['tenant-admin']);
    const erasure = await fetch(`${ui.serviceUrl('intake')}/cases/${erased.caseId}/personal-data/erasure`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'beneficiary-request' }),
    });
    if (erasure.status !== 200) throw new Error(`erasure refused: ${erasure.status} ${await erasure.text()}`);
    // The doctored decision: eligibility assessed the third request (eligible, as a job seeker); a faulty
    // path then appends, through the event-store port (its stream, envelope and hash chain as any append),
    // a second assessment that records the applicant as employed and still judges them eligible.
    for (let i = 0; i < 120 && !(await assessed(doctored.caseId)); i += 1) await sleep(500);
    const store = new PostgresEventStore({ connectionString: PG_URL, schema: `${ui.instance}_events` });
    try {
      const writer = new EventWriter(store, 'eligibility');
      const stream = streamId('eligibility', 'assessment', TENANT, doctored.caseId);
      const { history, revision } = await writer.load(stream);
      const genuine = history.find((e) => e.type === 'EligibilityAssessed');
      if (!genuine) throw new Error('eligibility never assessed the request to doctor');
      const data = genuine.data as EligibilityAssessedV1;
      expect(data.outcome).toBe('eligible');
      const tampered: EligibilityAssessedV1 = { ...data, inputs: { ...data.inputs, employmentStatus: 'employed' }, assessedAt: new Date().toISOString() };
      await writer.append(
        stream,
        TENANT,
        { kind: 'timer', workflow: 'faulty-reassessment', run: randomUUID() },
        [{ type: 'EligibilityAssessed', version: 1, data: tampered }],
        revision,
      );
      const appended = (await writer.load(stream)).history.at(-1)!;
      expect(appended.type).toBe('EligibilityAssessed');
      doctored.eventId = appended.eventId;
    } finally {
      await store.close();
    }
    const report = (await get<components['schemas']['DecisionsReportDto']>(`/audit/cases/${doctored.caseId}/decisions`)).body;
    expect(report.summary).toEqual({ same: 1, differs: 1, cannotReproduce: 0 });
  });
  afterAll(() => browser?.close());

  for (const language of ['ar', 'en'] as const satisfies Language[]) {
    for (const viewport of ['phone', 'desktop'] as const satisfies Viewport[]) {
      it(`replays a case as of an instant, with and without a purpose, and re-runs its decisions (${language}, ${viewport})`, async () => {
        const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
        const name = (step: string) => `audit-${language}-${viewport}-${step}`;
        const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['auditor'], language, viewport, path: '/audit' });
        expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        await page.getByRole('heading', { name: m('audit.title') }).waitFor();
        await page.getByTestId('audit-recent').waitFor();

        // A number no case has: the reason in the field.
        await page.getByTestId('audit-case').fill('TWQ-0000-999999');
        await page.getByRole('button', { name: m('audit.find.submit') }).click();
        await page.getByText(m('audit.find.notFound')).waitFor();
        await checkScreen(page, name('1-find'));

        // The case by the number the applicant quotes.
        await page.getByTestId('audit-case').fill(kept.caseNumber);
        await page.getByRole('button', { name: m('audit.find.submit') }).click();
        await page.waitForURL((url) => url.pathname === `/audit/cases/${kept.caseId}`);
        await page.getByTestId('replay').waitFor();

        // As of the instant picked: what the platform had recorded then, the later verification not yet.
        await page.getByTestId('as-of').fill(localInput(asOf));
        await page.getByRole('button', { name: m('audit.replay.submit') }).click();
        const replay = page.locator(`[data-testid=replay][data-as-of="${asOf.toISOString()}"]`);
        await replay.waitFor();
        await expect(replay.getByTestId('replay-basis').textContent()).resolves.toContain(m('audit.replay.basis'));
        const rows = replay.locator('[data-testid=timeline] tbody tr');
        expect(await rows.count()).toBe(knownThen.length);
        expect(await rows.evaluateAll((trs) => trs.map((tr) => (tr as unknown as { dataset: Record<string, string> }).dataset.event))).toEqual(
          knownThen.map((e) => e.eventId),
        );
        expect(await replay.locator(`tr[data-event="${verification.eventId}"]`).count()).toBe(0);
        const assessed = replay.locator('tr[data-type=EligibilityAssessed]');
        await expect(assessed.textContent()).resolves.toContain(m('audit.service.eligibility'));
        if (language === 'ar') expect(await assessed.locator('[data-calendar=islamic-umalqura]').textContent()).toMatch(/[\u0660-\u0669]/);
        expect(await assessed.locator('[data-calendar=gregory]').count()).toBe(1);
        // Personal fields redacted: no purpose stated.
        await expect(replay.getByTestId('replay-personal').textContent()).resolves.toBe(m('audit.replay.redacted'));
        const intakeState = replay.getByTestId('state-intake');
        await expect(intakeState.locator('[data-field="application.submitted.applicant.fullName"] dd').textContent()).resolves.toBe('[redacted]');
        expect(await replay.getByTestId('state-eligibility').locator('[data-field="decision.outcome"] dd').textContent()).toBe('eligible');
        await checkScreen(page, name('2-replay-redacted'));

        // A purpose too short: refused in its field; then a purpose: the name shown, the read logged.
        await page.getByTestId('purpose').fill('audit');
        await page.getByRole('button', { name: m('audit.replay.submit') }).click();
        await page.locator('[data-testid=purpose][aria-invalid=true]').waitFor();
        await checkScreen(page, name('3-purpose-refused'));
        await page.getByTestId('purpose').fill(PURPOSE);
        await page.getByRole('button', { name: m('audit.replay.submit') }).click();
        await page.getByTestId('replay-personal').getByText(m('audit.replay.opened')).waitFor();
        await expect(page.getByTestId('state-intake').locator('[data-field="application.submitted.applicant.fullName"] dd').textContent()).resolves.toBe(
          'Nasser Al-Ghamdi',
        );
        await checkScreen(page, name('4-replay-purpose'));

        // Every decision re-run: the eligibility assessment is the same.
        await page.getByTestId('tab-decisions').click();
        const decisions = page.getByTestId('decisions');
        await decisions.waitFor();
        const assessment = decisions.locator('tr[data-verdict]').filter({ hasText: m('audit.kind.eligibility-assessment') });
        expect(await assessment.getAttribute('data-verdict')).toBe('same');
        await expect(assessment.getByTestId('verdict').textContent()).resolves.toBe(m('audit.verdict.same'));
        await expect(page.getByTestId('decisions-summary').textContent()).resolves.toContain(language === 'ar' ? '١' : '1');
        await checkScreen(page, name('5-decisions'));

        // The erased person's case, by its id, with a purpose: the fields read [erased], the replay still works.
        await page.getByRole('link', { name: m('audit.back') }).click();
        await page.getByTestId('audit-case').fill(erased.caseId);
        await page.getByRole('button', { name: m('audit.find.submit') }).click();
        await page.waitForURL((url) => url.pathname === `/audit/cases/${erased.caseId}`);
        await page.getByTestId('purpose').fill(PURPOSE);
        await page.getByRole('button', { name: m('audit.replay.submit') }).click();
        await page.getByTestId('replay-erased').waitFor();
        await expect(page.getByTestId('state-intake').locator('[data-field="application.submitted.applicant.fullName"] dd').textContent()).resolves.toBe(
          '[erased]',
        );
        expect(await page.locator('[data-testid=timeline] tr[data-type=BeneficiaryDataErased]').count()).toBe(1);
        await checkScreen(page, name('6-erased'));
        expect(problems).toEqual([]);
        await page.context().close();
      });
    }
  }

  /** Opens a case by the number the applicant quotes, then its decisions tab. */
  async function openDecisions(page: Page, caseNumber: string, submit: string) {
    await page.getByTestId('audit-case').fill(caseNumber);
    await page.getByRole('button', { name: submit }).click();
    await page.getByTestId('replay').waitFor();
    await page.getByTestId('tab-decisions').click();
    await page.getByTestId('decisions').waitFor();
  }

  for (const language of ['ar', 'en'] as const satisfies Language[]) {
    for (const viewport of ['phone', 'desktop'] as const satisfies Viewport[]) {
      it(`shows a decision that does not follow from its recorded inputs, field by field (${language}, ${viewport})`, async () => {
        const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
        const digit = (n: number) => (language === 'ar' ? '٠١٢٣٤٥٦٧٨٩'[n] : String(n));
        const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['auditor'], language, viewport, path: '/audit' });
        expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        await page.getByTestId('audit-recent').waitFor();
        await openDecisions(page, doctored.caseNumber, m('audit.find.submit'));

        // The counts: one re-run the same, one differs, none that cannot be reproduced.
        const summary = page.getByTestId('decisions-summary');
        const counted = await summary.textContent();
        expect(counted).toContain(`${m('audit.verdict.same')}: ${digit(1)}`);
        expect(counted).toContain(`${m('audit.verdict.differs')}: ${digit(1)}`);
        expect(counted).toContain(`${m('audit.verdict.cannot-reproduce')}: ${digit(0)}`);
        await expect(page.getByTestId('decisions-differ').textContent()).resolves.toContain(m('audit.decisions.differ.body'));

        // The doctored decision flagged; the genuine one the same.
        const flagged = page.locator(`[data-testid=decisions] tr[data-event="${doctored.eventId}"]`);
        expect(await flagged.getAttribute('data-verdict')).toBe('differs');
        await expect(flagged.getByTestId('verdict').textContent()).resolves.toBe(m('audit.verdict.differs'));
        expect(
          await page
            .locator('[data-testid=decisions] tr[data-verdict=same]')
            .filter({ hasText: m('audit.kind.eligibility-assessment') })
            .count(),
        ).toBe(1);

        // The difference itself: the outcome recorded "eligible", re-run "not eligible"; the job-seeker criterion recorded met, re-run not.
        const outcome = flagged.locator('[data-testid=differences] tr[data-path=outcome]');
        await expect(outcome.getByTestId('difference-field').textContent()).resolves.toContain(m('audit.field.outcome'));
        const recorded = await outcome.getByTestId('difference-recorded').textContent();
        expect(recorded).toContain(m('audit.value.eligible'));
        expect(recorded).toContain('(eligible)');
        const rerun = await outcome.getByTestId('difference-reproduced').textContent();
        expect(rerun).toContain(m('audit.value.not-eligible'));
        expect(rerun).toContain('(not-eligible)');
        expect(await outcome.isVisible()).toBe(true);
        const met = flagged.locator('[data-testid=differences] tr[data-path$=".met"]');
        expect(await met.count()).toBe(1);
        await expect(met.getByTestId('difference-recorded').textContent()).resolves.toContain(m('audit.value.true'));
        await expect(met.getByTestId('difference-reproduced').textContent()).resolves.toContain(m('audit.value.false'));
        // the reason the re-run gives, in Arabic and in English
        const reasons = flagged.locator('[data-testid=differences] tr[data-path*=".reason."] [data-testid=difference-reproduced]');
        expect(await reasons.allTextContents()).toEqual(
          expect.arrayContaining(['البرنامج للباحثين عن عمل (طويق 6-1)', 'the programme is for job seekers (Tuwaiq 6-1)']),
        );
        await outcome.scrollIntoViewIfNeeded();
        await checkScreen(page, `audit-${language}-${viewport}-7-differs`);
        expect(problems).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('finds a case, states a purpose and opens the decisions with the keyboard alone (Arabic, desktop)', async () => {
    const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['auditor'], language: 'ar', viewport: 'desktop', path: '/audit' });
    await page.getByTestId('audit-recent').waitFor();
    await tabTo(page, '[data-testid="audit-case"]', 60);
    await page.keyboard.type(kept.caseNumber);
    await page.keyboard.press('Enter');
    await page.getByTestId('replay').waitFor();
    await tabTo(page, '[data-testid="purpose"]', 60);
    await page.keyboard.type(PURPOSE);
    await page.keyboard.press('Enter');
    await page.getByTestId('replay-personal').getByText(ar['audit.replay.opened']).waitFor();
    // Back to the tabs (before the form), then End: the last tab, the decisions (a tab list is one stop, arrows within).
    const tabFocused = () =>
      page.getByTestId('tab-replay').evaluate((el) => {
        const node = el as unknown as { ownerDocument: { activeElement: unknown } };
        return node === node.ownerDocument.activeElement;
      });
    for (let i = 0; i < 20 && !(await tabFocused()); i += 1) await page.keyboard.press('Shift+Tab');
    expect(await tabFocused()).toBe(true);
    await page.keyboard.press('End');
    await page.getByTestId('decisions').locator('tr[data-verdict=same]').first().waitFor();
    await checkScreen(page, 'audit-ar-desktop-keyboard');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the area from staff who are not auditors', async () => {
    const { page, problems } = await signedIn(browser, ui, {
      tenantId: TENANT,
      roles: ['relations-officer'],
      language: 'en',
      viewport: 'phone',
      path: `/audit/cases/${kept.caseId}`,
    });
    await page.getByText(en['guard.notAllowed']).first().waitFor();
    expect(await page.getByTestId('replay').count()).toBe(0);
    await checkScreen(page, 'audit-en-phone-not-allowed');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
