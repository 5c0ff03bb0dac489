import type { Browser, Page } from 'playwright-core';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { nationalIdReasons } from '../../console/src/areas/applicant/rules';
import { chooseFirstOptionByKeyboard, launchChromium, screenshot, seriousViolations, tabTo, VIEWPORTS } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { newMobile, newNationalId } from './public-link-steps';

// The applicant's journey through the association's public link, in a real browser (Tuwaiq 5-2, 5-7;
// docs/adr/0024, 0036): terms, details with live validation and the API's own field reasons, the
// declaration, the code texted to the mobile, the receipt. Arabic (right to left, Hijri dates) and
// English, on a phone and a desktop; axe-core on every screen; one run by keyboard alone.
jest.setTimeout(240_000);

const TENANT = 'tuwaiq';
const ARABIC = /[\u0600-\u06FF]/;

describe('the public link in the browser', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  async function open(language: 'ar' | 'en', viewport: keyof typeof VIEWPORTS): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: language === 'ar' ? 'ar-SA' : 'en-GB' });
    const page = await context.newPage();
    await page.addInitScript(`localStorage.setItem('athar.language', '${language}')`);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${ui.url}/apply/${TENANT}`);
    await page.getByRole('heading', { level: 2 }).waitFor();
    expect(problems).toEqual([]);
    return page;
  }

  async function checkScreen(page: Page, name: string): Promise<void> {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
  }

  for (const language of ['ar', 'en'] as const) {
    for (const viewport of ['phone', 'desktop'] as const) {
      it(`takes a request from the terms to the receipt (${language}, ${viewport})`, async () => {
        const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
        const name = (step: string) => `applicant-${language}-${viewport}-${step}`;
        const page = await open(language, viewport);
        expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        expect(await page.locator('html').getAttribute('lang')).toBe(language);
        await checkScreen(page, name('1-terms'));

        await page.getByLabel(m('apply.terms.accept')).check();
        await page.getByRole('button', { name: m('common.next') }).click();

        // Live validation: a wrong national ID is refused as it is typed, in the page's language.
        await page.getByLabel(m('apply.nationalId')).fill('1234567890');
        // the intake domain's own reason, word for word as the API gives it
        await page
          .getByText(nationalIdReasons('1234567890')[0]?.[language] ?? 'no reason')
          .first()
          .waitFor();
        await page.getByRole('combobox', { name: m('apply.service') }).click();
        await page.getByRole('option').first().click();
        await page.getByLabel(m('apply.fullName')).fill('سارة عبدالله العتيبي');
        await page.getByLabel(m('apply.nationalId')).fill(newNationalId());
        const mobile = newMobile();
        await page.getByLabel(m('apply.mobile')).fill(mobile);
        // Email as the channel but no address: the API refuses, and its reason shows in the form.
        await page.getByRole('radio', { name: m('apply.channel.email'), exact: true }).check();
        await page.mouse.move(0, 0);
        await checkScreen(page, name('2-details'));
        await page.getByRole('button', { name: m('common.next') }).click();
        await page.mouse.move(0, 0);

        await page.getByLabel(m('apply.declaration.accept')).check();
        await page.getByLabel(m('apply.declaration.signedName')).fill('سارة عبدالله العتيبي');
        await page.getByRole('button', { name: m('apply.send') }).click();
        const refused = page.locator('[aria-invalid="true"]');
        await refused.first().waitFor();
        const reason = await page.locator('.mantine-InputWrapper-error, .mantine-RadioGroup-error').first().innerText();
        expect(reason).toMatch(ARABIC);
        expect(reason).toMatch(/[A-Za-z]{3}/);
        expect(await page.content()).not.toMatch(/"statusCode"|at [A-Za-z]+ \(/);
        await checkScreen(page, name('3-api-reasons'));

        await page.getByRole('radio', { name: m('apply.channel.sms'), exact: true }).check();
        await page.getByRole('button', { name: m('common.next') }).click();
        await page.getByRole('button', { name: m('apply.send') }).click();
        await page.getByText(m('apply.code')).waitFor();
        await checkScreen(page, name('4-code'));

        const code = await ui.codeTextedTo(TENANT, mobile);
        await page.locator('input[data-testid], .mantine-PinInput-input').first().click();
        await page.keyboard.type(code);
        await page.getByRole('button', { name: m('apply.confirm') }).click();
        const receipt = page.getByTestId('receipt');
        await receipt.waitFor();
        const hijri = await receipt.locator('[data-calendar="islamic-umalqura"]').innerText();
        expect(hijri).toMatch(language === 'ar' ? /[٠-٩]+/ : /\d+/);
        expect(hijri).toMatch(language === 'ar' ? /هـ/ : /AH/);
        await checkScreen(page, name('5-receipt'));
        await page.context().close();
      });
    }
  }

  it('can be done with the keyboard alone (Arabic, phone)', async () => {
    const m = (id: MessageId) => ar[id];
    const page = await open('ar', 'phone');
    const key = (k: string) => page.keyboard.press(k);
    await tabTo(page, `input[type=checkbox]`);
    await key('Space');
    await tabTo(page, `button:has-text("${m('common.next')}")`);
    await key('Enter');
    await tabTo(page, `input[aria-haspopup="listbox"]`);
    await chooseFirstOptionByKeyboard(page);
    await key('Tab');
    await page.keyboard.type('سارة عبدالله العتيبي');
    await key('Tab');
    await page.keyboard.type(newNationalId());
    await key('Tab');
    const mobile = newMobile();
    await page.keyboard.type(mobile);
    await tabTo(page, `button[type=submit]`);
    await key('Enter');
    await page.getByText(m('apply.declaration.accept')).waitFor();
    await tabTo(page, `input[type=checkbox]`);
    await key('Space');
    await key('Tab');
    await page.keyboard.type('سارة عبدالله العتيبي');
    await tabTo(page, `button[type=submit]`);
    await key('Enter');
    await page.getByText(m('apply.code')).waitFor();
    const code = await ui.codeTextedTo(TENANT, mobile);
    await tabTo(page, '.mantine-PinInput-input');
    await page.keyboard.type(code);
    await tabTo(page, `button[type=submit]`);
    await key('Enter');
    await page.getByTestId('receipt').waitFor();
    await screenshot(page, 'applicant-ar-phone-keyboard-receipt');
    await page.context().close();
  });
});
