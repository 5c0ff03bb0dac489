import type { Page } from 'playwright-core';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { newNationalId } from '@athar/launcher';
import type { ConsoleUnderTest } from './console-under-test';

// The applicant's steps through the association's public link in the browser, shared by the journeys
// that start with a request (applicant.browser.spec.ts, committee.browser.spec.ts).

export const newMobile = (): string => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

export { newNationalId };

export const messagesOf =
  (language: 'ar' | 'en') =>
  (id: MessageId): string =>
    (language === 'ar' ? ar : en)[id];

/**
 * From the terms to the receipt on /apply/<tenant> (the page already open): the service named `service`
 * (its name as the terms list it, in the page's language), the code read from the SMS outbox.
 * `onScreen` is called on every screen (screenshot + axe).
 */
export async function applyInBrowser(
  page: Page,
  ui: ConsoleUnderTest,
  options: { tenantId: string; language: 'ar' | 'en'; service: string; fullName: string; mobile: string; onScreen: (step: string) => Promise<void> },
): Promise<void> {
  const m = messagesOf(options.language);
  await page.getByRole('heading', { level: 2 }).waitFor();
  await options.onScreen('apply-1-terms');
  await page.getByLabel(m('apply.terms.accept')).check();
  await page.getByRole('button', { name: m('common.next') }).click();
  await page.getByRole('combobox', { name: m('apply.service') }).click();
  await page.getByRole('option', { name: options.service }).click();
  await page.getByLabel(m('apply.fullName')).fill(options.fullName);
  await page.getByLabel(m('apply.nationalId')).fill(newNationalId());
  await page.getByLabel(m('apply.mobile')).fill(options.mobile);
  await page.mouse.move(0, 0);
  await options.onScreen('apply-2-details');
  await page.getByRole('button', { name: m('common.next') }).click();
  await page.getByLabel(m('apply.declaration.accept')).check();
  await page.getByLabel(m('apply.declaration.signedName')).fill(options.fullName);
  await options.onScreen('apply-3-declaration');
  await page.getByRole('button', { name: m('apply.send') }).click();
  await page.getByText(m('apply.code')).waitFor();
  await options.onScreen('apply-4-code');
  const code = await ui.codeTextedTo(options.tenantId, options.mobile);
  await page.locator('.mantine-PinInput-input').first().click();
  await page.keyboard.type(code);
  await page.getByRole('button', { name: m('apply.confirm') }).click();
  await page.getByTestId('receipt').waitFor();
  await options.onScreen('apply-5-receipt');
}
