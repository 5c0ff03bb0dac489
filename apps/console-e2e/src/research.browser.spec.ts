import type { Browser } from 'playwright-core';
import { eventually, submitTuwaiqTraining, type PlatformUnderTest } from '../../platform-e2e/src/platform-under-test';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { checkScreen, launchChromium, screenshot, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { choose, findInList, queueCard } from './research-steps';
import { signedIn, type Language, type Viewport } from './signed-in';

// The services officer and the social researcher in a real browser (Tuwaiq 6-1 to 6-4; docs/adr/0036):
// the verification queue, a document seen and verified, another rejected (the API's refusal of a rejection
// without a reason shown in its field), a case's eligibility with each criterion's reason, an inquiry
// answered. Arabic (right to left) on a desktop and a phone, English on a desktop; axe-core on every
// screen; the verification once by keyboard alone.
jest.setTimeout(300_000);

const TENANT = 'tuwaiq';
const ARABIC = /[\u0600-\u06FF]/;

interface Arranged {
  caseId: string;
  documents: Array<{ documentId: string; documentType: string }>;
}

describe("the services officer's and social researcher's area in the browser", () => {
  const ui = ConsoleUnderTest.current();
  // submitTuwaiqTraining only needs where each service answers: this run's services
  const platform = { url: (context: Parameters<ConsoleUnderTest['serviceUrl']>[0]) => ui.serviceUrl(context) } as unknown as PlatformUnderTest;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const api = async (path: string, token: string, init: { method?: string; body?: unknown; context?: 'intake' | 'eligibility' } = {}) =>
    fetch(`${ui.serviceUrl(init.context ?? 'eligibility')}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-purpose': 'case-handling' },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });

  /** A tuwaiq training case submitted with its documents, assessed, its documents in the officer's and researcher's queues (through the APIs). */
  async function arrangeCase(): Promise<Arranged> {
    const relations = await ui.token(TENANT, ['relations-officer']);
    const submitted = await submitTuwaiqTraining(platform, relations, { qualification: 'bachelor', employmentStatus: 'employed' }, ['status-certificate']);
    const officer = await ui.token(TENANT, ['services-officer']);
    const researcher = await ui.token(TENANT, ['social-researcher']);
    const queued = async (role: string, token: string) =>
      ((await (await api(`/work-queues/${role}?status=open&limit=100`, token)).json()) as { items: Array<{ caseId: string }> }).items.filter(
        (item) => item.caseId === submitted.caseId,
      ).length;
    await eventually(async () => ((await queued('services-officer', officer)) === 4 ? true : undefined), 60_000);
    await eventually(async () => ((await queued('social-researcher', researcher)) === 1 ? true : undefined), 60_000);
    await eventually(async () => ((await api(`/cases/${submitted.caseId}`, researcher)).status === 200 ? true : undefined), 60_000);
    return submitted;
  }

  async function arrangeInquiry(question: string): Promise<void> {
    const relations = await ui.token(TENANT, ['relations-officer']);
    const opened = await api('/inquiries', relations, { method: 'POST', context: 'intake', body: { channel: 'phone', question } });
    expect(opened.status).toBe(201);
    const researcher = await ui.token(TENANT, ['social-researcher']);
    await eventually(async () => {
      const open = (await (await api('/inquiries?status=open&limit=100', researcher, { context: 'intake' })).json()) as { items: Array<{ question: string }> };
      return open.items.some((i) => i.question === question) ? true : undefined;
    }, 60_000);
  }

  const journeys: Array<[Language, Viewport]> = [
    ['ar', 'desktop'],
    ['ar', 'phone'],
    ['en', 'desktop'],
  ];
  for (const [language, viewport] of journeys) {
    it(`verifies and rejects documents, shows eligibility by criterion and answers an inquiry (${language}, ${viewport})`, async () => {
      const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
      const name = (step: string) => `research-${language}-${viewport}-${step}`;
      const arranged = await arrangeCase();
      const question = `هل يلزم العنوان الوطني؟ ${Date.now()}`;
      await arrangeInquiry(question);

      // The services officer: the queue, the document, a verification.
      const officer = await signedIn(browser, ui, { tenantId: TENANT, roles: ['services-officer'], language, viewport, path: '/research' });
      const page = officer.page;
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.getByRole('heading', { level: 2, name: new RegExp(m('research.role.services-officer')) }).waitFor();
      const card = await queueCard(page, m, arranged.caseId, 'doctype.national-id');
      expect(await card.textContent()).toContain(m('research.reason.attached'));
      expect(await card.locator('[data-calendar="islamic-umalqura"]').first().innerText()).toMatch(language === 'ar' ? /هـ/ : /AH/);
      await checkScreen(page, name('1-queue'));

      await card.getByRole('link', { name: m('research.open.document') }).click();
      await page.getByRole('heading', { level: 2, name: new RegExp(m('doctype.national-id')) }).waitFor();
      const download = page.getByTestId('document-download');
      await download.waitFor();
      expect(await download.getAttribute('href')).toMatch(/^blob:/);
      expect(await download.getAttribute('download')).toBe('national-id.pdf');
      expect(await page.getByTestId('document-view').getAttribute('type')).toBe('application/pdf');
      await checkScreen(page, name('2-document'));

      await choose(page, m('research.method.government-platform'));
      await page.getByRole('button', { name: m('research.record') }).click();
      const recorded = page.getByTestId('decision-recorded');
      await recorded.waitFor();
      expect(await recorded.innerText()).toContain(m('research.recorded.verified'));
      await checkScreen(page, name('3-verified'));

      // Another document rejected: without a reason the API refuses, and its bilingual reason is in the field.
      await recorded.getByRole('link', { name: m('research.back.queue') }).click();
      const cv = await queueCard(page, m, arranged.caseId, 'doctype.cv');
      await cv.getByRole('link', { name: m('research.open.document') }).click();
      await choose(page, m('research.decision.rejected'));
      await choose(page, m('research.method.copy-compared'));
      await page.getByRole('button', { name: m('research.record') }).click();
      const reasonField = page.getByLabel(m('research.reason'));
      await page.locator('textarea[aria-invalid="true"]').waitFor();
      const refusal = await page.locator('.mantine-InputWrapper-error').first().innerText();
      expect(refusal).toMatch(ARABIC);
      expect(refusal).toMatch(/[A-Za-z]{3}/);
      expect(await page.content()).not.toMatch(/"statusCode"|at [A-Za-z]+ \(/);
      await checkScreen(page, name('4-refused'));
      await reasonField.fill('الملف لا يحتوي على سيرة ذاتية');
      await page.getByRole('button', { name: m('research.record') }).click();
      await recorded.waitFor();
      expect(await recorded.innerText()).toContain('الملف لا يحتوي على سيرة ذاتية');
      await checkScreen(page, name('5-rejected'));
      expect(officer.problems).toEqual([]);
      await page.context().close();

      // The social researcher: the case's eligibility, criterion by criterion, then an inquiry answered.
      const researcher = await signedIn(browser, ui, { tenantId: TENANT, roles: ['social-researcher'], language, viewport, path: '/research' });
      const rpage = researcher.page;
      const certificate = await queueCard(rpage, m, arranged.caseId, 'doctype.status-certificate');
      await checkScreen(rpage, name('6-researcher-queue'));
      await certificate.getByRole('link', { name: m('research.open.eligibility') }).click();
      const outcome = rpage.getByTestId('eligibility-outcome');
      await outcome.waitFor();
      const view = (await (await api(`/cases/${arranged.caseId}`, await ui.token(TENANT, ['social-researcher']))).json()) as {
        details: { outcome: 'eligible' | 'not-eligible'; criteria: Array<{ met: boolean; reason: { ar: string; en: string } }> };
      };
      expect(await outcome.innerText()).toContain(m(`research.outcome.${view.details.outcome}`));
      const rows = rpage.getByTestId('criteria').locator('tbody tr');
      expect(await rows.count()).toBe(view.details.criteria.length);
      for (const [index, criterion] of view.details.criteria.entries()) {
        const row = (await rows.nth(index).textContent()) ?? '';
        expect(row).toContain(criterion.reason[language]);
        expect(row).toContain(m(criterion.met ? 'research.criterion.met' : 'research.criterion.notMet'));
      }
      expect(await rpage.getByRole('form', { name: m('research.override') }).count()).toBe(1);
      await checkScreen(rpage, name('7-eligibility'));

      await rpage.getByRole('link', { name: m('research.nav.inquiries') }).click();
      const inquiry = await findInList(rpage, m, rpage.getByTestId('inquiry'), rpage.getByTestId('inquiry').filter({ hasText: question }));
      await checkScreen(rpage, name('8-inquiries'));
      await inquiry.getByLabel(m('research.inquiry.answer')).fill('نعم، يلزم العنوان الوطني المختصر.');
      await inquiry.getByRole('button', { name: m('research.inquiry.send') }).click();
      await inquiry.getByText(m('research.inquiry.answered')).waitFor();
      await checkScreen(rpage, name('9-answered'));
      expect(researcher.problems).toEqual([]);
      await rpage.context().close();
    });
  }

  it('verifies a document with the keyboard alone (Arabic, desktop)', async () => {
    const m = (id: MessageId) => ar[id];
    const arranged = await arrangeCase();
    const { page, problems } = await signedIn(browser, ui, {
      tenantId: TENANT,
      roles: ['services-officer'],
      language: 'ar',
      viewport: 'desktop',
      path: '/research',
    });
    await queueCard(page, m, arranged.caseId, 'doctype.qualification');
    const key = (k: string) => page.keyboard.press(k);
    await tabTo(
      page,
      `[data-testid="work-item"]:has-text("${arranged.caseId.slice(0, 8)}"):has-text("${m('doctype.qualification')}") a:has-text("${m('research.open.document')}")`,
      120,
    );
    await key('Enter');
    await page.getByTestId('document-download').waitFor();
    await tabTo(page, 'input[value="original-sighted"]', 60);
    await key('Space');
    await tabTo(page, 'button[type=submit]', 60);
    await key('Enter');
    const recorded = page.getByTestId('decision-recorded');
    await recorded.waitFor();
    expect(await recorded.innerText()).toContain(m('research.recorded.verified'));
    await screenshot(page, 'research-ar-desktop-keyboard-verified');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
