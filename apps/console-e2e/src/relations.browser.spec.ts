import type { Browser, Page } from 'playwright-core';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { applicationBody, newNationalId } from '../../platform-e2e/src/platform-under-test';
import { checkScreen, chooseFirstOptionByKeyboard, launchChromium, screenshot, tabTo, type VIEWPORTS } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { signedIn } from './signed-in';

// The relations officer's journey in a real browser (common process steps 1-4 and 6; Tuwaiq 2-2, 5-3, 6-2;
// docs/adr/0036): a phone request recorded, found in the queue by a filter, its checklist completed and the
// request submitted, an inquiry passed to the social researcher, reach figures read. Arabic (right to left,
// Hijri dates) and English; phone and desktop; axe-core on every screen; the main part once by keyboard.
jest.setTimeout(300_000);

const TENANT = 'tuwaiq';
const TRAINING = 'job-seeker-training';
const ARABIC = /[\u0600-\u06FF]/;
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
const newMobile = () => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('the relations officer in the browser', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Arranging through the API (not the journey under test): a reach figure the officer will read. */
  async function arrangeReach(contentItemId: string, count: number): Promise<void> {
    const token = await ui.token(TENANT, ['relations-officer']);
    const answer = await fetch(`${ui.serviceUrl('intake')}/reach`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        contentItemId,
        serviceId: 'published-content',
        channel: 'social-media',
        count,
        periodStart: '2026-10-01T00:00:00Z',
        periodEnd: '2026-10-08T00:00:00Z',
      }),
    });
    expect(answer.status).toBe(201);
  }

  for (const [language, viewport] of [
    ['ar', 'desktop'],
    ['ar', 'phone'],
    ['en', 'desktop'],
  ] as Array<['ar' | 'en', keyof typeof VIEWPORTS]>) {
    it(`records a phone request, finds it, completes and submits it, asks the researcher, reads reach (${language}, ${viewport})`, async () => {
      const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
      const name = (step: string) => `relations-${language}-${viewport}-${step}`;
      const contentItemId = `guide-${language}-${viewport}-${Date.now()}`;
      await arrangeReach(contentItemId, 1234);
      // and a draft that came by interview, which the phone filter must leave out
      const officer = await ui.token(TENANT, ['relations-officer']);
      const interview = await fetch(`${ui.serviceUrl('intake')}/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
        body: JSON.stringify(applicationBody(TRAINING, 'interview', 'بدر ناصر الدوسري')),
      });
      expect(interview.status).toBe(201);
      const interviewCase = ((await interview.json()) as { caseNumber: string }).caseNumber;
      const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['relations-officer'], language, viewport, path: '/relations' });
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.getByRole('heading', { name: m('relations.queue.title') }).waitFor();
      await checkScreen(page, name('1-queue'));

      // 1. Record a request that came by phone: live validation as it is typed.
      await page
        .getByRole('navigation', { name: m('relations.nav') })
        .getByRole('link', { name: m('relations.nav.new') })
        .click();
      await page.getByRole('heading', { name: m('relations.new.title') }).waitFor();
      await page.getByLabel(m('relations.new.nationalId')).fill('1234567890');
      await page.getByText(m('relations.validation.nationalId')).waitFor();
      await choose(page, m('relations.new.service'), language === 'ar' ? 'برامج تأهيل الباحثين عن عمل' : 'Job-seeker training programmes');
      await choose(page, m('relations.new.channel'), m('channel.phone'));
      const fullName = 'يوسف سعد الشهري';
      await page.getByLabel(m('relations.new.fullName')).fill(fullName);
      await page.getByLabel(m('relations.new.nationalId')).fill(newNationalId());
      await page.getByLabel(m('relations.new.mobile')).fill(newMobile());
      await page.getByLabel(m('relations.new.declaration')).check();
      await page.getByLabel(m('relations.new.signedName')).fill(fullName);
      await checkScreen(page, name('2-record'));
      await page.getByRole('button', { name: m('relations.new.save') }).click();

      // The draft's checklist, as the API states it.
      const checklist = page.getByTestId('checklist');
      await checklist.waitFor();
      const title = await page.getByRole('heading', { level: 2 }).innerText();
      const caseNumber = /[A-Z]+-\d{4}-\d+/.exec(title)?.[0] ?? '';
      expect(caseNumber).not.toBe('');
      expect(await checklist.locator('[data-done="false"]').count()).toBe(7);

      // 2. Find it in the queue with a filter: drafts that came by phone.
      await page
        .getByRole('navigation', { name: m('relations.nav') })
        .getByRole('link', { name: m('relations.nav.queue') })
        .click();
      await choose(page, m('relations.filter.status'), m('relations.status.draft'));
      await choose(page, m('relations.filter.channel'), m('channel.phone'));
      const row = page.locator(`[data-case-number="${caseNumber}"]`);
      await row.waitFor();
      expect(await row.innerText()).toContain(m('channel.phone'));
      expect(await page.locator(`[data-case-number="${interviewCase}"]`).count()).toBe(0);
      // every row the filter leaves came by phone
      for (const channel of await page.locator('[data-case-number] td:nth-child(3)').allInnerTexts()) expect(channel).toBe(m('channel.phone'));
      const hijri = await row.locator('[data-calendar="islamic-umalqura"]').innerText();
      expect(hijri).toMatch(language === 'ar' ? /هـ/ : /AH/);
      await checkScreen(page, name('3-queue-filtered'));

      // 3. Open its checklist, complete the details and the documents, submit it.
      await row.getByRole('link', { name: caseNumber }).click();
      await checklist.waitFor();
      await checkScreen(page, name('4-checklist'));
      await page.getByLabel(m('relations.case.birthDate')).fill('1995-03-10');
      await page.getByLabel(m('relations.case.idExpiry')).fill('2031-05-01');
      await page.getByLabel(m('relations.case.shortAddress')).fill('DDMA1234');
      await page.getByLabel(m('relations.case.buildingNumber')).fill('1234');
      await page.getByLabel(m('relations.case.postalCode')).fill('32241');
      await page.getByLabel(m('relations.case.city')).fill('الدمام');
      await page.getByLabel(m('relations.case.district')).fill('الفيصلية');
      await page.getByRole('button', { name: m('relations.case.saveFields') }).click();
      await page.getByRole('button', { name: m('relations.case.saveFields') }).waitFor({ state: 'detached' });
      expect(await checklist.locator('[data-item^="field:"][data-done="false"]').count()).toBe(0);
      for (let left = 4; left > 0; left -= 1) {
        const files = page.locator('input[type=file]');
        expect(await files.count()).toBe(left);
        await files.first().setInputFiles({ name: `document-${left}.pdf`, mimeType: 'application/pdf', buffer: PDF });
        await page.waitForFunction(`document.querySelectorAll('input[type=file]').length === ${left - 1}`);
      }
      await page.getByText(m('relations.case.complete')).waitFor();
      await checkScreen(page, name('5-complete'));
      await page.getByLabel(m('relations.new.declaration')).check();
      await page.getByLabel(m('relations.new.signedName')).fill(fullName);
      await page.getByRole('button', { name: m('relations.case.submit') }).click();
      const submitted = page.getByTestId('submitted');
      await submitted.waitFor();
      expect(await submitted.locator('[data-calendar="islamic-umalqura"]').count()).toBe(1);
      await page.getByTestId('case-status').getByText(m('relations.status.submitted')).waitFor();
      await checkScreen(page, name('6-submitted'));

      // 4. An inquiry to the social researcher.
      await page
        .getByRole('navigation', { name: m('relations.nav') })
        .getByRole('link', { name: m('relations.nav.inquiries') })
        .click();
      const question = `${language === 'ar' ? 'هل يقبل البرنامج حملة الدبلوم؟' : 'Does the programme take diploma holders?'} ${Date.now()}`;
      await choose(page, m('relations.inquiries.channel'), m('channel.phone'));
      await page.getByLabel(m('relations.inquiries.question')).fill(question);
      await page.getByRole('button', { name: m('relations.inquiries.send') }).click();
      // the queue lists it once its read model has it (a moment after the command)
      await page.getByRole('link', { name: question }).waitFor();
      await checkScreen(page, name('7-inquiries'));
      await page.getByTestId('sent-inquiry').click();
      await page.getByText(question).waitFor();
      await page.getByTestId('inquiry-status').getByText(m('relations.inquiry.open')).waitFor();
      await checkScreen(page, name('8-inquiry'));

      // 5. Reach figures.
      await page
        .getByRole('navigation', { name: m('relations.nav') })
        .getByRole('link', { name: m('relations.nav.reach') })
        .click();
      const figure = page.locator(`[data-item="${contentItemId}"]`);
      await figure.waitFor();
      expect(await figure.innerText()).toContain(language === 'ar' ? '١٬٢٣٤' : '1,234');
      await checkScreen(page, name('9-reach'));

      expect(await page.content()).not.toMatch(/"statusCode"|at [A-Za-z]+ \(/);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it("shows the API's Arabic reason in the field it concerns: a second open request for the same person and service", async () => {
    const m = (id: MessageId) => ar[id];
    // Arranged through the API: the person already has an open training request (a rule only the API knows).
    const token = await ui.token(TENANT, ['relations-officer']);
    const body = applicationBody(TRAINING, 'phone', 'هند خالد المطيري');
    const first = await fetch(`${ui.serviceUrl('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(first.status).toBe(201);
    const { caseNumber } = (await first.json()) as { caseNumber: string };

    const { page, problems } = await signedIn(browser, ui, {
      tenantId: TENANT,
      roles: ['relations-officer'],
      language: 'ar',
      viewport: 'desktop',
      path: '/relations/new',
    });
    await page.getByRole('heading', { name: m('relations.new.title') }).waitFor();
    await choose(page, m('relations.new.service'), 'برامج تأهيل الباحثين عن عمل');
    await choose(page, m('relations.new.channel'), m('channel.phone'));
    await page.getByLabel(m('relations.new.fullName')).fill(body.applicant.fullName);
    await page.getByLabel(m('relations.new.nationalId')).fill(body.applicant.nationalId);
    await page.getByLabel(m('relations.new.mobile')).fill(newMobile());
    await page.getByLabel(m('relations.new.declaration')).check();
    await page.getByLabel(m('relations.new.signedName')).fill(body.applicant.fullName);
    await page.getByRole('button', { name: m('relations.new.save') }).click();
    // the service field carries the API's reason (Arabic, English beside it), naming the open case
    const service = page.getByRole('combobox', { name: m('relations.new.service') });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await service.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await service.getAttribute('aria-describedby')) ?? '';
    const reason = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`).innerText();
    expect(reason).toMatch(ARABIC);
    expect(reason).toContain(caseNumber);
    expect(reason).toMatch(/open request/);
    await checkScreen(page, 'relations-ar-desktop-api-reason');
    expect(await page.content()).not.toMatch(/"statusCode"|at [A-Za-z]+ \(/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('records a request with the keyboard alone (Arabic, desktop)', async () => {
    const m = (id: MessageId) => ar[id];
    const { page, problems } = await signedIn(browser, ui, {
      tenantId: TENANT,
      roles: ['relations-officer'],
      language: 'ar',
      viewport: 'desktop',
      path: '/relations',
    });
    const key = (k: string) => page.keyboard.press(k);
    await page.getByRole('heading', { name: m('relations.queue.title') }).waitFor();
    await tabTo(page, `nav[aria-label="${m('relations.nav')}"] a[href="/relations/new"]`);
    await key('Enter');
    await page.getByRole('heading', { name: m('relations.new.title') }).waitFor();
    await tabTo(page, 'input[aria-haspopup="listbox"]');
    await chooseFirstOptionByKeyboard(page);
    await key('Tab');
    await chooseFirstOptionByKeyboard(page);
    await key('Tab');
    const fullName = 'ريم عبدالعزيز القحطاني';
    await page.keyboard.type(fullName);
    await key('Tab');
    await page.keyboard.type(newNationalId());
    await key('Tab');
    await page.keyboard.type(newMobile());
    await tabTo(page, 'input[type=checkbox]');
    await key('Space');
    await key('Tab');
    await page.keyboard.type(fullName);
    await tabTo(page, 'button[type=submit]');
    await key('Enter');
    await page.getByTestId('checklist').waitFor();
    const caseNumber = /[A-Z]+-\d{4}-\d+/.exec(await page.getByRole('heading', { level: 2 }).innerText())?.[0] ?? '';
    await tabTo(page, `nav[aria-label="${m('relations.nav')}"] a[href="/relations"]`);
    await key('Enter');
    const link = page.locator(`[data-case-number="${caseNumber}"] a`);
    await link.waitFor();
    await tabTo(page, `[data-case-number="${caseNumber}"] a`, 80);
    await key('Enter');
    await page.getByTestId('checklist').waitFor();
    await screenshot(page, 'relations-ar-desktop-keyboard-checklist');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
