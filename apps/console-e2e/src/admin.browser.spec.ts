import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { BoundedContext } from '@athar/contracts';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { newNationalId, submitTuwaiqTraining, type PlatformUnderTest } from '../../platform-e2e/src/platform-under-test';
import { checkScreen, launchChromium, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { signedIn, type Language, type Viewport } from './signed-in';

// The association administrator in a real browser (docs/adr/0034, 0013, 0036): invites a staff member with
// a role, sees them in the list, changes the role, disables the account; erases a person's data after
// typing the ID number again, and sees what the service erased. The API's refusals show in their fields,
// in Arabic with English beside them. Arabic and English, phone and desktop; axe-core on every screen; one
// run by keyboard alone.
jest.setTimeout(300_000);

const TENANT = 'tuwaiq';
const ARABIC = /[\u0600-\u06FF]/;

describe("the association administrator's page in the browser", () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** A person with one Tuwaiq request, recorded by a relations officer through the API. */
  async function personWithARequest(): Promise<{ nationalId: string; caseId: string }> {
    const officer = await ui.token(TENANT, ['relations-officer']);
    const services = { url: (context: BoundedContext) => ui.serviceUrl(context) } as unknown as PlatformUnderTest;
    const nationalId = newNationalId();
    const { caseId } = await submitTuwaiqTraining(services, officer, { nationalId, qualification: 'bachelor', employmentStatus: 'job-seeker' });
    return { nationalId, caseId };
  }

  const staffRow = (page: Page, email: string) => page.locator(`[data-testid=staff] tr[data-email="${email}"]`);

  for (const language of ['ar', 'en'] as const satisfies Language[]) {
    for (const viewport of ['phone', 'desktop'] as const satisfies Viewport[]) {
      it(`invites a staff member, changes their role, disables them, and erases a person (${language}, ${viewport})`, async () => {
        const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
        const name = (step: string) => `admin-${language}-${viewport}-${step}`;
        const person = await personWithARequest();
        const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['tenant-admin'], language, viewport, path: '/admin' });
        expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        await page.getByRole('heading', { name: m('admin.staff.title') }).waitFor();
        await checkScreen(page, name('1-staff'));

        // The API's refusal of a malformed email shows in the email field, in Arabic.
        const invite = page.locator('form[aria-labelledby=admin-invite]');
        await invite.getByLabel(m('admin.staff.email')).fill('not-an-email');
        await invite.getByLabel(m('admin.staff.firstName')).fill('نورة');
        await invite.getByLabel(m('admin.staff.lastName')).fill('القحطاني');
        await invite.getByRole('checkbox', { name: m('role.social-researcher') }).check();
        await invite.getByRole('button', { name: m('admin.staff.send') }).click();
        const emailError = invite.locator('.mantine-TextInput-error').first();
        await emailError.waitFor();
        expect(await emailError.textContent()).toMatch(ARABIC);
        await checkScreen(page, name('2-refused'));

        const email = `staff-${randomBytes(4).toString('hex')}@tuwaiq.test`;
        await invite.getByLabel(m('admin.staff.email')).fill(email);
        await invite.getByRole('button', { name: m('admin.staff.send') }).click();
        await page.getByTestId('invited').waitFor();
        const row = staffRow(page, email);
        await row.waitFor();
        await expect(row.getByTestId('roles').textContent()).resolves.toBe(m('role.social-researcher'));
        await checkScreen(page, name('3-invited'));

        // Another role: services officer instead of social researcher.
        await row.getByRole('button', { name: m('admin.staff.changeRoles.short') }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('checkbox', { name: m('role.social-researcher') }).uncheck();
        await dialog.getByRole('checkbox', { name: m('role.services-officer') }).check();
        await checkScreen(page, name('4-roles'));
        await dialog.getByRole('button', { name: m('admin.staff.save') }).click();
        await dialog.waitFor({ state: 'detached' });
        await row.locator(`[data-testid=roles]:text-is("${m('role.services-officer')}")`).waitFor();

        // Disabled: the row says so and offers no more actions.
        await row.getByRole('button', { name: m('admin.staff.disable') }).click();
        await checkScreen(page, name('5-disable'));
        await page
          .getByRole('dialog')
          .getByRole('button', { name: m('admin.staff.disable.confirm') })
          .click();
        await row.getByText(m('admin.staff.disabled')).waitFor();
        expect(await row.getByRole('button').count()).toBe(0);

        // Erasure: a malformed ID is refused by the API in its field, in Arabic.
        const erasure = page.locator('section[aria-labelledby=admin-erasure]');
        await erasure.getByLabel(m('admin.erasure.nationalId')).fill('12345');
        await erasure.getByRole('combobox', { name: m('admin.erasure.reason') }).click();
        await page.getByRole('option', { name: m('admin.erasure.reason.beneficiary-request') }).click();
        await erasure.getByRole('button', { name: m('admin.erasure.start') }).click();
        await page.getByRole('dialog').getByLabel(m('admin.erasure.confirm.field')).fill('12345');
        await page
          .getByRole('dialog')
          .getByRole('button', { name: m('admin.erasure.confirm.go') })
          .click();
        const idError = erasure.locator('.mantine-TextInput-error').first();
        await idError.waitFor();
        expect(await idError.textContent()).toMatch(ARABIC);

        // The person's real ID: the confirmation wants it typed again, and refuses another number.
        await erasure.getByLabel(m('admin.erasure.nationalId')).fill(person.nationalId);
        await erasure.getByRole('button', { name: m('admin.erasure.start') }).click();
        const confirm = page.getByRole('dialog');
        await confirm.getByLabel(m('admin.erasure.confirm.field')).fill('1000000008');
        await confirm.getByText(m('admin.erasure.confirm.mismatch')).waitFor();
        expect(await confirm.getByRole('button', { name: m('admin.erasure.confirm.go') }).isDisabled()).toBe(true);
        await confirm.getByLabel(m('admin.erasure.confirm.field')).fill(person.nationalId);
        await checkScreen(page, name('6-confirm'));
        await confirm.getByRole('button', { name: m('admin.erasure.confirm.go') }).click();
        const erased = page.getByTestId('erased');
        await erased.waitFor();
        await expect(erased.textContent()).resolves.toContain(person.caseId.slice(0, 8));
        await expect(erased.textContent()).resolves.toContain(m('admin.erasure.reason.beneficiary-request'));
        await checkScreen(page, name('7-erased'));
        expect(problems).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('invites a staff member with the keyboard alone (Arabic, phone)', async () => {
    const { page, problems } = await signedIn(browser, ui, { tenantId: TENANT, roles: ['tenant-admin'], language: 'ar', viewport: 'phone', path: '/admin' });
    await page.getByRole('heading', { name: ar['admin.staff.title'] }).waitFor();
    const email = `keys-${randomBytes(4).toString('hex')}@tuwaiq.test`;
    await tabTo(page, 'form[aria-labelledby=admin-invite] input >> nth=0', 60);
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('سلمان');
    await page.keyboard.press('Tab');
    await page.keyboard.type('الشهري');
    await tabTo(page, `input[type=checkbox][value=auditor]`);
    await page.keyboard.press('Space');
    await tabTo(page, `form[aria-labelledby=admin-invite] button[type=submit]`);
    await page.keyboard.press('Enter');
    await staffRow(page, email).waitFor();
    await expect(staffRow(page, email).getByTestId('roles').textContent()).resolves.toBe(ar['role.auditor']);
    await checkScreen(page, 'admin-ar-phone-keyboard');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
