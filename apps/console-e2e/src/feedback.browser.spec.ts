import type { Browser, Page } from 'playwright-core';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { VIEWPORTS, checkScreen, launchChromium, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { signedIn } from './signed-in';

// Complaints and satisfaction in a real browser (Tuwaiq 2-2, 5-9; docs/adr/0041, 0042): a person files a
// complaint about a member of staff on the association's public link and keeps the reference and code; the
// executive director (a complaint about staff is routed to them alone, libs/domain/feedback visibility)
// finds it in the queue, assigns, investigates and resolves it with a bilingual answer; the person rates it
// with the code; the board records the solution of a general issue on its agenda and is shown no staff
// results; the director sees the figures with the remarks about staff; a survey link the service never
// issued is answered with a clear notice. Arabic (right to left) on a phone and English on a desktop;
// axe-core on every screen; the rating once by keyboard only.
jest.setTimeout(300_000);

const TENANT = 'tuwaiq';
const SERVICE = 'job-seeker-training';

describe('complaints and satisfaction in the browser', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  async function publicPage(language: 'ar' | 'en', viewport: keyof typeof VIEWPORTS, path: string): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: language === 'ar' ? 'ar-SA' : 'en-GB' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(`localStorage.setItem('athar.language', '${language}')`);
    await page.goto(`${ui.url}${path}`);
    return { page, problems };
  }

  async function eventually(what: string, done: () => Promise<boolean>): Promise<void> {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      if (await done()) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(what);
  }

  /**
   * Arranging (not the journey under test): similar complaints recorded by the officer until the board's agenda
   * has their issue. One call after another, each in the officer's queue before the next, as calls come in: the
   * service counts the similar complaints from its read model.
   */
  async function arrangeGeneralIssue(categoryId: string): Promise<void> {
    const officer = await ui.token(TENANT, ['relations-officer']);
    for (let i = 0; i < 3; i += 1) {
      const answer = await fetch(`${ui.serviceUrl('feedback')}/complaints`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          categoryId,
          concerns: { kind: 'service', id: SERVICE },
          serviceId: SERVICE,
          text: `ملاحظة متكررة رقم ${i + 1}`,
          anonymous: true,
          channel: 'phone',
        }),
      });
      expect(answer.status).toBe(201);
      const { complaintId } = (await answer.json()) as { complaintId: string };
      await eventually(`complaint ${complaintId} not in the queue`, async () => {
        const seen = await fetch(`${ui.serviceUrl('feedback')}/complaints/${complaintId}`, { headers: { authorization: `Bearer ${officer}` } });
        return seen.status === 200;
      });
    }
    const board = await ui.token(TENANT, ['board-member']);
    await eventually(`no general issue of ${categoryId} on the board's agenda`, async () => {
      const agenda = (await (
        await fetch(`${ui.serviceUrl('feedback')}/board-agenda?status=on-agenda`, { headers: { authorization: `Bearer ${board}` } })
      ).json()) as {
        items: Array<{ categoryId: string }>;
      };
      return agenda.items.some((issue) => issue.categoryId === categoryId);
    });
  }

  for (const [language, viewport, category] of [
    ['ar', 'phone', 'delay'],
    ['en', 'desktop', 'service-quality'],
  ] as Array<['ar' | 'en', keyof typeof VIEWPORTS, string]>) {
    it(`a complaint about staff filed, resolved, rated; the board's agenda; the figures (${language}, ${viewport})`, async () => {
      const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
      const name = (step: string) => `feedback-${language}-${viewport}-${step}`;
      const staffId = `tuwaiq-trainer-${language}-${Date.now().toString(36)}`;

      // 1. the person, on the association's public link, no sign-in
      const person = await publicPage(language, viewport, `/feedback/${TENANT}`);
      expect(await person.page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await person.page.getByRole('heading', { name: m('feedback.file.title') }).waitFor();
      await person.page.getByLabel(m('feedback.file.category')).selectOption('staff-conduct');
      await person.page.getByLabel(m('feedback.concerns.kind')).selectOption('staff');
      await person.page.getByLabel(m('feedback.concerns.id')).fill(staffId);
      await person.page.getByLabel(m('feedback.file.text')).fill('تعامل الموظف معي بطريقة غير لائقة عند مراجعتي');
      await person.page.getByLabel(m('feedback.file.mobile')).fill(`05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`);
      await checkScreen(person.page, name('1-file'));
      await person.page.getByRole('button', { name: m('feedback.file.send') }).click();
      await person.page.getByTestId('complaint-receipt').waitFor();
      const reference = (await person.page.getByTestId('complaint-reference').textContent())?.trim() ?? '';
      const code = (await person.page.getByTestId('rating-code').textContent())?.trim() ?? '';
      expect(reference).toMatch(/-C-/);
      expect(code.length).toBeGreaterThan(10);
      await expect(person.page.getByText(m('feedback.receipt.keep')).isVisible()).resolves.toBe(true);
      if (language === 'ar') expect(await person.page.locator('[data-calendar="islamic-umalqura"]').first().textContent()).toMatch(/هـ/);
      await checkScreen(person.page, name('2-receipt'));

      // 2. the executive director finds it in the queue, assigns, investigates and resolves it
      const director = await signedIn(browser, ui, { tenantId: TENANT, roles: ['executive-director'], language, viewport, path: '/complaints' });
      await director.page.getByRole('heading', { name: m('feedback.desk.title') }).waitFor();
      const row = director.page.locator(`[data-reference="${reference}"]`);
      await row.waitFor();
      await checkScreen(director.page, name('3-queue'));
      await row.getByRole('link', { name: reference }).click();
      await director.page.getByTestId('complaint-status').waitFor();
      expect(await director.page.getByTestId('complaint-status').getAttribute('data-status')).toBe('acknowledged');
      await director.page.locator('[data-testid="dual-date"]:visible').first().waitFor();
      await checkScreen(director.page, name('4-complaint'));
      await director.page.getByLabel(m('feedback.action.assignee')).fill(director.username);
      await director.page.getByRole('button', { name: m('feedback.action.assign') }).click();
      await director.page.locator('[data-testid="complaint-status"][data-status="assigned"]').waitFor();
      await director.page.getByRole('button', { name: m('feedback.action.investigate') }).click();
      await director.page.locator('[data-testid="complaint-status"][data-status="under-investigation"]').waitFor();
      await director.page.getByLabel(m('feedback.action.responseAr')).fill('تم التحقق ومعالجة الملاحظة مع الموظف');
      await director.page.getByLabel(m('feedback.action.responseEn')).fill('We looked into it and addressed it with the staff member');
      await director.page.getByRole('button', { name: m('feedback.action.resolve') }).click();
      await director.page.locator('[data-testid="complaint-status"][data-status="resolved"]').waitFor();
      await director.page.getByTestId('complaint-response').waitFor();
      await checkScreen(director.page, name('5-resolved'));

      // 3. the person rates it with the reference and the code (keyboard only)
      const rater = await publicPage(language, viewport, `/feedback/${TENANT}/rating`);
      await rater.page.getByRole('heading', { name: m('feedback.rate.title') }).waitFor();
      await checkScreen(rater.page, name('6-rate'));
      await tabTo(rater.page, 'form input');
      await rater.page.keyboard.type(reference);
      await rater.page.keyboard.press('Tab');
      await rater.page.keyboard.type(code);
      await rater.page.keyboard.press('Tab');
      await rater.page.keyboard.press('ArrowRight');
      await rater.page.keyboard.press('ArrowRight');
      await rater.page.keyboard.press('ArrowRight');
      await rater.page.keyboard.press('Space');
      await tabTo(rater.page, 'button[type="submit"]');
      await rater.page.keyboard.press('Enter');
      await rater.page.getByTestId('rated').waitFor();
      await checkScreen(rater.page, name('7-rated'));

      // 4. the board: a general issue on the agenda, its solution recorded; no staff results
      await arrangeGeneralIssue(category);
      const board = await signedIn(browser, ui, { tenantId: TENANT, roles: ['board-member'], language, viewport, path: '/feedback-oversight' });
      await board.page.getByRole('heading', { name: m('feedback.agenda.title') }).waitFor();
      const issue = board.page
        .locator('[data-testid="agenda-issue"][data-status="on-agenda"]')
        .filter({ hasText: m(`feedback.category.${category}` as MessageId) })
        .first();
      await issue.waitFor();
      await board.page.getByTestId('figures-total').waitFor();
      await checkScreen(board.page, name('8-board'));
      expect(await board.page.getByTestId('chart-staff-remarks').count()).toBe(0);
      expect(await board.page.getByRole('heading', { name: m('feedback.staff.title') }).count()).toBe(0);
      await issue.getByLabel(m('feedback.agenda.discussion')).fill('ناقش المجلس تكرار التأخر وأسبابه');
      await issue.getByLabel(m('feedback.agenda.solutionAr')).fill('تخصيص موظف إضافي لمتابعة الطلبات');
      await issue.getByLabel(m('feedback.agenda.solutionEn')).fill('An additional officer follows up requests');
      await issue.getByLabel(m('feedback.agenda.meetingDate')).fill(new Date().toISOString().slice(0, 10));
      await issue.getByRole('button', { name: m('feedback.agenda.record') }).click();
      await board.page
        .getByTestId('agenda-solution')
        .filter({ hasText: language === 'ar' ? 'تخصيص موظف إضافي' : 'An additional officer' })
        .first()
        .waitFor();
      await checkScreen(board.page, name('9-board-solved'));

      // 5. the director's figures: the remark about the staff member shows to them alone
      await director.page.goto(`${ui.url}/feedback-oversight`);
      await director.page.getByTestId('figures-total').waitFor();
      await director.page.getByTestId('chart-staff-remarks').waitFor();
      expect(await director.page.getByTestId('chart-staff-remarks-table').textContent()).toContain(staffId);
      await director.page.getByRole('heading', { name: m('feedback.staff.title') }).waitFor();
      await checkScreen(director.page, name('10-director'));

      // 6. a survey link the service never issued: a clear bilingual notice, not an error page
      const survey = await publicPage(language, viewport, `/survey/${'Q'.repeat(43)}`);
      await survey.page.locator('[data-testid="survey-notice"][data-status="404"]').waitFor();
      expect(await survey.page.getByTestId('survey-notice').textContent()).toContain(ar['feedback.survey.notFound']);
      expect(await survey.page.getByTestId('survey-notice').textContent()).toContain(en['feedback.survey.notFound']);
      await checkScreen(survey.page, name('11-survey-unknown'));

      for (const p of [person, director, rater, board, survey]) expect(p.problems).toEqual([]);
    });
  }
});
