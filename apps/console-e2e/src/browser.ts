import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (infra/local/browser.sh installs it); Playwright's own download cannot work here. */
export const CHROMIUM = process.env.ATHAR_CHROMIUM ?? '/usr/bin/chromium';

/** Where every screen's screenshot is kept (ignored by git; docs/runbook.md). */
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'dist', 'console-screenshots');

export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Keeps a screenshot of the page as it is (dist/console-screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** axe-core on the page: the serious and critical violations (WCAG 2.1 A/AA rules), as `rule: target` lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Presses Tab until the element is focused (keyboard-only use), failing after `max` presses. */
export async function tabTo(page: Page, selector: string | Locator, max = 40): Promise<void> {
  const target = (typeof selector === 'string' ? page.locator(selector) : selector).first();
  for (let i = 0; i < max; i += 1) {
    if (
      await target
        .evaluate(
          (el: { ownerDocument: { activeElement: unknown }; contains(other: unknown): boolean }) => el.contains(el.ownerDocument.activeElement),
          undefined,
          {
            // not yet on the page counts as not focused: Tab on, without waiting out the default timeout per press
            timeout: 1_000,
          },
        )
        .catch(() => false)
    )
      return;
    await page.keyboard.press('Tab');
  }
  await screenshot(page, `keyboard-focus-lost-${Date.now()}`);
  throw new Error(`keyboard focus never reached ${String(selector)} (screenshot in ${SCREENSHOTS})`);
}

/**
 * With a select focused, chooses its first option by keyboard: ArrowDown opens the list, and Enter is
 * pressed only once the list has marked an option (a loaded machine renders the list a moment after
 * ArrowDown; an Enter before that chooses nothing and the form later refuses to move on).
 */
export async function chooseFirstOptionByKeyboard(page: Page): Promise<void> {
  const select = page.locator('input[aria-haspopup="listbox"]:focus');
  await select.waitFor();
  await page.keyboard.press('ArrowDown');
  await page.locator('[role=option][data-combobox-selected]').first().waitFor();
  await page.keyboard.press('Enter');
  expect(await select.inputValue()).not.toBe('');
}

/** A screen as every journey checks it: the pointer out of the way, a screenshot, and no serious or critical axe violation. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await screenshot(page, name);
  expect(await seriousViolations(page)).toEqual([]);
}
