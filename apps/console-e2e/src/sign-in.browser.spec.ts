import type { Browser } from 'playwright-core';
import { ar, en, type MessageId } from '../../console/src/i18n/messages';
import { launchChromium, screenshot, seriousViolations } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { signedIn } from './signed-in';

// Staff sign in through Keycloak's own form (authorization code with PKCE, docs/adr/0033, 0036): the console
// never sees the password, and a staff page asked for while signed out comes back after sign-in.
jest.setTimeout(120_000);

describe('signing in to the console', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  for (const language of ['ar', 'en'] as const) {
    it(`signs a committee member in through Keycloak and out again (${language})`, async () => {
      const m = (id: MessageId) => (language === 'ar' ? ar : en)[id];
      const { page, problems } = await signedIn(browser, ui, { tenantId: 'tuwaiq', roles: ['committee-member'], language, viewport: 'desktop' });
      expect(new URL(page.url()).origin).toBe(new URL(ui.url).origin);
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      await page.getByRole('heading', { name: m('home.title') }).waitFor();
      await screenshot(page, `sign-in-${language}-home`);
      expect(await seriousViolations(page)).toEqual([]);
      // the token stays in the tab's session storage, not in local storage where other tabs and scripts persist it
      expect(
        await page.evaluate(() =>
          Object.keys((globalThis as unknown as { localStorage: Record<string, string> }).localStorage).filter((k) => k.startsWith('oidc.')),
        ),
      ).toEqual([]);
      await page.getByTestId('sign-out').click();
      await page.getByTestId('sign-in').waitFor();
      expect(
        await page.evaluate(() =>
          Object.keys((globalThis as unknown as { sessionStorage: Record<string, string> }).sessionStorage).filter((k) => k.startsWith('oidc.user')),
        ),
      ).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
