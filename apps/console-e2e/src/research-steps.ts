import type { Locator, Page } from 'playwright-core';
import type { MessageId } from '../../console/src/i18n/messages';

// The services officer's and social researcher's steps in the browser, shared by the journeys that pass
// through the research area (research.browser.spec.ts, committee.browser.spec.ts).

type Messages = (id: MessageId) => string;

/** Waits for the list, then asks for more pages (the list's own button) until the item shows. */
export async function findInList(page: Page, m: Messages, items: Locator, target: Locator): Promise<Locator> {
  await items.first().waitFor();
  for (let i = 0; i < 10 && (await target.count()) === 0; i += 1) {
    const more = page.getByRole('button', { name: m('common.more') });
    if ((await more.count()) === 0) break;
    await more.click();
    await page.waitForTimeout(300);
  }
  await target.waitFor({ timeout: 10_000 });
  return target;
}

/** The queue's card for one document of one case. */
export function queueCard(page: Page, m: Messages, caseId: string, documentType: MessageId): Promise<Locator> {
  const items = page.getByTestId('work-item');
  return findInList(page, m, items, items.filter({ hasText: caseId.slice(0, 8) }).filter({ hasText: m(documentType) }));
}

/** Picks a radio as a person does (its label); checks that it took. */
export async function choose(page: Page, label: string): Promise<void> {
  const radio = page.getByRole('radio', { name: label });
  await page.getByText(label, { exact: true }).click();
  if (!(await radio.isChecked())) {
    await radio.focus();
    await page.keyboard.press('Space');
  }
  if (!(await radio.isChecked())) throw new Error(`the radio "${label}" did not take`);
}

/**
 * The services officer, on the verification queue (/research), opens one document of the case, sees it,
 * verifies it by `method` and goes back to the queue. `onScreen` is called on the document and on the
 * recorded decision (screenshot + axe).
 */
export async function verifyDocument(
  page: Page,
  m: Messages,
  caseId: string,
  documentType: MessageId,
  method: MessageId,
  onScreen: (step: string) => Promise<void>,
): Promise<void> {
  const card = await queueCard(page, m, caseId, documentType);
  await card.getByRole('link', { name: m('research.open.document') }).click();
  await page.getByTestId('document-download').waitFor();
  await onScreen(`document-${documentType}`);
  await choose(page, m(method));
  await page.getByRole('button', { name: m('research.record') }).click();
  const recorded = page.getByTestId('decision-recorded');
  await recorded.waitFor();
  if (!(await recorded.innerText()).includes(m('research.recorded.verified'))) throw new Error(`${documentType} not recorded as verified`);
  await onScreen(`verified-${documentType}`);
  await recorded.getByRole('link', { name: m('research.back.queue') }).click();
}
