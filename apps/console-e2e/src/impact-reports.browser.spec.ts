import type { Browser, Locator, Page } from 'playwright-core';
import { ALLOCATING, approvedShareOf, requestBody, SERVICE, studyBody } from '../../platform-e2e/src/partner-arrangements';
import { launchChromium, screenshot, seriousViolations, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { messagesOf } from './public-link-steps';
import { signedIn, type Language, type SignedIn, type Viewport } from './signed-in';

// "Done when", in a real browser (Tuwaiq, partner allocation 5; docs/adr/0040): two agreements are
// arranged in force through the API (drafted from an approved round's share, docs/adr/0039), one with the
// Madinah environment association and one with general assembly 002 — partners no other browser spec
// uses (a partner allocated in an approved round is "served before", and an allocated request is left out
// of later rounds, on the browser tier's one platform). Madinah submits its first period's impact report
// on a phone in Arabic, a bad spending figure showing the API's reason in its field first; the second
// partner submits in English on a desktop by keyboard alone. Tuwaiq's empowerment officer sees both in
// the report queue as submitted (Arabic desktop, English phone) and in the agreement's tab; once an
// agreement is terminated, the officer records the partnership's DAC evaluation (Arabic desktop, English
// phone). axe-core on every screen; no page errors.
jest.setTimeout(600_000);

const HIJRI = { ar: /هـ/, en: /AH/ };
/** The partners of this spec: on a phone in Arabic, and on a desktop in English by keyboard. */
const MADINAH = 'environment-madinah';
const GA = 'general-assembly-002';

async function shows(locator: Locator, text: string | RegExp, options: { timeout?: number } = {}): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor(options);
}

async function eventually<T>(probe: () => Promise<T | undefined>, what: string, tries = 240): Promise<T> {
  for (let i = 0; i < tries; i += 1) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`never: ${what}`);
}

/** The first day of next month (UTC): a term not yet started, so every period is still due. */
const nextMonthStart = (): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
};

describe('impact reports: the partner submits a period in the browser, the officer sees it submitted and evaluates the partnership', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  const opened: SignedIn[] = [];
  type Arranged = { agreement: string; report: string; period: string };
  const ids: Record<string, Arranged> = {};
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const api = async (tenantId: string, roles: Parameters<ConsoleUnderTest['token']>[1], path: string, body?: unknown) => {
    const token = await ui.token(tenantId, roles);
    const response = await fetch(`${ui.serviceUrl('partner-allocation')}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => null)) as Record<string, unknown>;
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  const open = async (tenantId: string, roles: Parameters<ConsoleUnderTest['token']>[1], language: Language, viewport: Viewport, path: string) => {
    const session = await signedIn(browser, ui, { tenantId, roles, language, viewport, path });
    opened.push(session);
    return session;
  };
  const seen = async (page: Page, name: string) => {
    await screenshot(page, `impact-reports-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
  };

  /** A request of the partner, studied by Tuwaiq's empowerment team. */
  const studied = async (partner: string): Promise<string> => {
    const { partnerRequestId } = (await api(partner, ['partner-applicant'], '/partner-requests', requestBody())) as { partnerRequestId: string };
    await api(ALLOCATING, ['empowerment-team'], `/partner-requests/${partnerRequestId}/needs-study`, studyBody());
    await eventually(async () => {
      const request = (await api(ALLOCATING, ['empowerment-team'], `/partner-requests/${partnerRequestId}`)) as { stage: string };
      return request.stage === 'studied' ? true : undefined;
    }, 'the request studied');
    return partnerRequestId;
  };
  /** The agreement drafted from the round's share, sent, signed by the partner and by Tuwaiq's director; its first period as the partner sees it. */
  const inForce = async (partner: string, partnerRequestId: string, roundId: string, share: number): Promise<Arranged> => {
    const { agreementId } = (await api(ALLOCATING, ['empowerment-team'], '/partner-agreements', {
      partnerRequestId,
      roundId,
      allocation: { units: share, unit: 'seats' },
      startsOn: nextMonthStart(),
    })) as { agreementId: string };
    await api(ALLOCATING, ['empowerment-team'], `/partner-agreements/${agreementId}/sending`, {});
    await api(partner, ['partner-applicant'], `/partner-agreements/${agreementId}/signatures`, {
      name: 'هدى الحربي',
      capacity: 'رئيسة مجلس الإدارة',
      allocatingTenantId: ALLOCATING,
    });
    const signed = (await api(ALLOCATING, ['executive-director'], `/partner-agreements/${agreementId}/signatures`, {
      name: 'منيرة السبيعي',
      capacity: 'المديرة التنفيذية',
    })) as { state: string; reportsDue: string[] };
    expect(signed.state).toBe('in-force');
    const period = signed.reportsDue[0]!;
    const report = await eventually(async () => {
      const page = (await api(partner, ['partner-applicant'], `/impact-reports/mine?agreementId=${agreementId}`)) as {
        items: Array<{ reportId: string; period: string; status: string }>;
      };
      return page.items.find((r) => r.period === period && r.status === 'due');
    }, "the first period in the partner's reports");
    return { agreement: agreementId, report: report.reportId, period };
  };

  beforeAll(async () => {
    // Both requests studied before the round, so one approved round gives both their shares (a second round only if it did not).
    const requests = { [MADINAH]: await studied(MADINAH), [GA]: await studied(GA) };
    const tokens = { staff: await ui.token(ALLOCATING, ['empowerment-team']), director: await ui.token(ALLOCATING, ['executive-director']) };
    const first = await approvedShareOf(ui.serviceUrl('partner-allocation'), tokens, SERVICE, requests[MADINAH]);
    const round = (await api(ALLOCATING, ['empowerment-team'], `/allocation-rounds/${first.roundId}`)) as {
      proposal: { ranking: Array<{ partnerRequestId: string; share: number }> };
    };
    const gaShare = round.proposal.ranking.find((r) => r.partnerRequestId === requests[GA])?.share ?? 0;
    const second =
      gaShare > 0 ? { roundId: first.roundId, share: gaShare } : await approvedShareOf(ui.serviceUrl('partner-allocation'), tokens, SERVICE, requests[GA]);
    ids[MADINAH] = await inForce(MADINAH, requests[MADINAH], first.roundId, first.share);
    ids[GA] = await inForce(GA, requests[GA], second.roundId, second.share);
  }, 500_000);

  /** The partner's agreement card on "my agreements", opened, and the period's row in it. */
  const owedRow = async (page: Page, language: Language, arranged: Arranged) => {
    const m = messagesOf(language);
    const card = page.locator(`li:has([data-testid=agreement][data-id="${arranged.agreement}"])`);
    await card.getByRole('button', { name: m('pa.open.agreement') }).click();
    const row = card.locator(`[data-testid=impact-report][data-id="${arranged.report}"]`);
    await row.waitFor();
    await shows(row.getByTestId('report-status'), m('pa.report.due'));
    await shows(row, HIJRI[language]);
    return { card, row };
  };

  it("Madinah submits its first period's report on a phone in Arabic; a negative spending shows its reason in the field first", async () => {
    const m = messagesOf('ar');
    const { page } = await open(MADINAH, ['partner-applicant'], 'ar', 'phone', '/partner/agreements');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const { card, row } = await owedRow(page, 'ar', ids[MADINAH]!);
    await seen(page, 'ar-phone-1-reports-owed');
    await row.getByTestId('open-report-form').click();
    const form = card.getByTestId('report-form');
    await form.getByLabel(m('pa.report.direct')).fill('40');
    await form.getByLabel(m('pa.report.indirect')).fill('120');
    await form.getByLabel(m('pa.report.activities')).fill('ورشة تدريبية لأربعين متدربًا\nزيارة ميدانية لمقر الجمعية');
    const spent = form.getByLabel(m('pa.report.spentSar'));
    await spent.fill('-5');
    await form.getByTestId('submit-report').click();
    const reasonBox = page.locator(`#${await spent.getAttribute('id')}-error`);
    await reasonBox.waitFor();
    expect(await spent.getAttribute('aria-invalid')).toBe('true');
    const reason = await reasonBox.innerText();
    expect(reason).toMatch(/[\u0600-\u06FF]/);
    expect(reason).toMatch(/[A-Za-z]/);
    await seen(page, 'ar-phone-2-spending-reason');
    await spent.fill('2500.5');
    await form.getByTestId('submit-report').click();
    await shows(row.getByTestId('report-status'), m('pa.report.submitted'));
    await shows(row, /40|٤٠/);
    await seen(page, 'ar-phone-3-submitted');
  });

  it('general assembly 002 submits its report in English on a desktop by keyboard alone', async () => {
    const m = messagesOf('en');
    const { page } = await open(GA, ['partner-applicant'], 'en', 'desktop', '/partner/agreements');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    const card = page.locator(`li:has([data-testid=agreement][data-id="${ids[GA]!.agreement}"])`);
    await card.getByRole('button', { name: m('pa.open.agreement') }).waitFor();
    await tabTo(page, `li:has([data-testid=agreement][data-id="${ids[GA]!.agreement}"]) button:has-text("${m('pa.open.agreement')}")`, 200);
    await page.keyboard.press('Enter');
    const row = card.locator(`[data-testid=impact-report][data-id="${ids[GA]!.report}"]`);
    await row.waitFor();
    await shows(row.getByTestId('report-status'), m('pa.report.due'));
    await shows(row, HIJRI.en);
    // the allocating association and its service by name, not by id
    await shows(card.getByTestId('agreement'), 'Agreement with Tuwaiq Association for Building Human Cadres');
    await shows(card.getByTestId('agreement-body'), 'Services for partner associations');
    await seen(page, 'en-desktop-1-reports-owed');
    await tabTo(page, `[data-testid=impact-report][data-id="${ids[GA]!.report}"] [data-testid=open-report-form]`, 200);
    await page.keyboard.press('Enter');
    const form = card.getByTestId('report-form');
    await form.waitFor();
    for (const [label, value] of [
      [m('pa.report.direct'), '25'],
      [m('pa.report.indirect'), '75'],
      [m('pa.report.activities'), 'A training workshop for 25 trainees'],
      [m('pa.report.spentSar'), '1200'],
    ] as const) {
      await tabTo(page, `#${await form.getByLabel(label, { exact: true }).getAttribute('id')}`, 20);
      await page.keyboard.type(value);
    }
    await seen(page, 'en-desktop-2-report-form');
    await tabTo(page, '[data-testid=submit-report]', 20);
    await page.keyboard.press('Enter');
    await shows(row.getByTestId('report-status'), m('pa.report.submitted'));
    await shows(row, '25');
    await seen(page, 'en-desktop-3-submitted');
  });

  /** The queue's row for the report, reloading while the read model catches up. */
  const inQueue = async (page: Page, arranged: Arranged) => {
    const row = page.getByTestId('reports-submitted').locator(`[data-testid=impact-report][data-id="${arranged.report}"]`);
    for (let i = 0; i < 20; i += 1) {
      const shown = await row
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
      await page.reload();
    }
    return row;
  };

  for (const [language, viewport, partner, partnerName] of [
    ['ar', 'desktop', MADINAH, 'جمعية البيئة بالمدينة المنورة'],
    ['en', 'phone', GA, 'Association (name not given in the text)'],
  ] as const) {
    it(`the empowerment officer sees the report in the queue as submitted, and in the agreement's tab (${language}, ${viewport})`, async () => {
      const m = messagesOf(language);
      const { page } = await open(ALLOCATING, ['empowerment-team'], language, viewport, '/empowerment/impact-reports');
      await page.getByRole('heading', { name: m('pa.reports.queue') }).waitFor();
      const row = await inQueue(page, ids[partner]!);
      await shows(row.getByTestId('report-status'), m('pa.report.submitted'));
      await shows(row, partnerName);
      await shows(row, HIJRI[language]);
      // the queue puts what is overdue first
      expect(await page.locator('section[data-testid^=reports-]').first().getAttribute('data-testid')).toBe('reports-overdue');
      await seen(page, `${language}-${viewport}-4-queue`);

      await page.goto(`${ui.url}/empowerment/agreements/${ids[partner]!.agreement}`);
      await page.getByTestId('impact-tab').click();
      const inTab = page.locator(`[data-testid=impact-report][data-id="${ids[partner]!.report}"]`);
      await shows(inTab.getByTestId('report-status'), m('pa.report.submitted'));
      await page.getByText(m('pa.evaluation.later')).waitFor();
      await seen(page, `${language}-${viewport}-5-agreement-reports`);
    });
  }

  for (const [language, viewport, partner, assessor] of [
    ['ar', 'desktop', MADINAH, 'فهد الدوسري'],
    ['en', 'phone', GA, 'Fahad Al-Dosari'],
  ] as const) {
    it(`once the agreement is terminated, the officer records the DAC evaluation and sees it (${language}, ${viewport})`, async () => {
      await api(ALLOCATING, ['executive-director'], `/partner-agreements/${ids[partner]!.agreement}/termination`, {
        code: 'mutual-consent',
        reason: { ar: 'اتفق الطرفان على إنهاء الشراكة', en: 'Both sides agreed to end the partnership' },
      });
      const m = messagesOf(language);
      const { page } = await open(ALLOCATING, ['empowerment-team'], language, viewport, `/empowerment/agreements/${ids[partner]!.agreement}`);
      // the agreement's view catches up with the termination a moment later
      for (let i = 0; i < 20; i += 1) {
        await page.getByTestId('impact-tab').click();
        const shown = await page
          .getByTestId('criterion-relevance')
          .waitFor({ timeout: 3000 })
          .then(() => true)
          .catch(() => false);
        if (shown) break;
        await page.reload();
      }
      for (const criterion of ['relevance', 'coherence', 'effectiveness', 'efficiency', 'impact', 'sustainability']) {
        const box = page.getByTestId(`criterion-${criterion}`);
        await box.getByRole('combobox', { name: m('pa.evaluation.score') }).click();
        await page.getByRole('option', { name: m('pa.dac.score.4'), exact: true }).click();
        await box
          .getByLabel(m('pa.evaluation.comment'))
          .fill(language === 'ar' ? 'حققت الشراكة أهدافها في الفترة' : 'The partnership met its aims in the period');
      }
      await page.getByLabel(m('pa.evaluation.assessor')).fill(assessor);
      await seen(page, `${language}-${viewport}-6-evaluation-form`);
      await page.getByTestId('evaluate').click();
      await page.getByTestId('evaluation').waitFor();
      await shows(page.getByTestId('evaluation'), assessor);
      await seen(page, `${language}-${viewport}-7-evaluated`);
    });
  }

  it('no page threw', () => {
    expect(opened.flatMap((s) => s.problems)).toEqual([]);
  });
});
