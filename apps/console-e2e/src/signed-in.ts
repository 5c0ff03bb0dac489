import type { Browser, Page } from 'playwright-core';
import type { Role } from '@athar/identity';
import { VIEWPORTS } from './browser';
import type { ConsoleUnderTest } from './console-under-test';

export type Language = 'ar' | 'en';
export type Viewport = keyof typeof VIEWPORTS;

export interface SignedIn {
  page: Page;
  /** Errors the page threw (a journey ends with none). */
  problems: string[];
  username: string;
}

/**
 * A person of the tenant with these roles signed in the way staff sign in: the console's "sign in" button,
 * Keycloak's own login form (the run's realm, authorization code with PKCE; docs/adr/0033, 0036), and back
 * to the console on `path`. Nothing is put into the browser's storage by hand.
 */
export async function signedIn(
  browser: Browser,
  ui: ConsoleUnderTest,
  options: { tenantId: string; roles: Role[]; language: Language; viewport: Viewport; path?: string; userId?: string },
): Promise<SignedIn> {
  const { username, password } = await ui.account(options.tenantId, options.roles, options.userId);
  const context = await browser.newContext({ viewport: VIEWPORTS[options.viewport], locale: options.language === 'ar' ? 'ar-SA' : 'en-GB' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // every frame runs it; a frame without storage (a PDF shown inline from a blob) is left alone
  await page.addInitScript(`if (window.localStorage) localStorage.setItem('athar.language', '${options.language}')`);
  await page.goto(`${ui.url}${options.path ?? '/'}`);
  await page.getByTestId('sign-in').click();
  await page.waitForURL((url) => url.pathname.includes('/protocol/openid-connect/auth'));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === new URL(ui.url).origin && !url.pathname.startsWith('/signin-callback'));
  await page.getByTestId('sign-out').waitFor();
  return { page, problems, username };
}
