import type { Browser, Locator, Page } from 'playwright-core';
import { ALLOCATING, approvedShareOf, PARTNER, requestBody, SERVICE, studyBody } from '../../platform-e2e/src/partner-arrangements';
import { launchChromium, screenshot, seriousViolations } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { messagesOf } from './public-link-steps';
import { signedIn, type Language, type SignedIn, type Viewport } from './signed-in';

// "Done when", in a real browser (Tuwaiq, partner allocation 5; docs/adr/0040): an agreement with Awj
// is arranged in force through the API (drafted from an approved round's share, docs/adr/0039); Awj
// submits its first period's impact report on a phone in Arabic, a bad spending figure showing the API's
// reason in its field first; Tuwaiq's empowerment officer sees it in the report queue as submitted and
// in the agreement's tab (Arabic, desktop); once the agreement is terminated, the officer records the
// partnership's DAC evaluation. axe-core on every screen; no page errors.
jest.setTimeout(600_000);

const HIJRI = /هـ/;

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
  const ids: { agreement?: string; report?: string; period?: string } = {};
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

  beforeAll(async () => {
    // Awj's request, studied; a round approved with its share; the agreement drafted, sent and signed by both sides.
    const { partnerRequestId } = (await api(PARTNER, ['partner-applicant'], '/partner-requests', requestBody())) as { partnerRequestId: string };
    await api(ALLOCATING, ['empowerment-team'], `/partner-requests/${partnerRequestId}/needs-study`, studyBody());
    await eventually(async () => {
      const request = (await api(ALLOCATING, ['empowerment-team'], `/partner-requests/${partnerRequestId}`)) as { stage: string };
      return request.stage === 'studied' ? true : undefined;
    }, 'the request studied');
    const { roundId, share } = await approvedShareOf(
      ui.serviceUrl('partner-allocation'),
      { staff: await ui.token(ALLOCATING, ['empowerment-team']), director: await ui.token(ALLOCATING, ['executive-director']) },
      SERVICE,
      partnerRequestId,
    );
    const { agreementId } = (await api(ALLOCATING, ['empowerment-team'], '/partner-agreements', {
      partnerRequestId,
      roundId,
      allocation: { units: share, unit: 'seats' },
      startsOn: nextMonthStart(),
    })) as { agreementId: string };
    ids.agreement = agreementId;
    await api(ALLOCATING, ['empowerment-team'], `/partner-agreements/${agreementId}/sending`, {});
    await api(PARTNER, ['partner-applicant'], `/partner-agreements/${agreementId}/signatures`, {
      name: 'هدى الحربي',
      capacity: 'رئيسة مجلس الإدارة',
      allocatingTenantId: ALLOCATING,
    });
    const signed = (await api(ALLOCATING, ['executive-director'], `/partner-agreements/${agreementId}/signatures`, {
      name: 'منيرة السبيعي',
      capacity: 'المديرة التنفيذية',
    })) as { state: string; reportsDue: string[] };
    expect(signed.state).toBe('in-force');
    ids.period = signed.reportsDue[0];
    const report = await eventually(async () => {
      const page = (await api(PARTNER, ['partner-applicant'], `/impact-reports/mine?agreementId=${agreementId}`)) as {
        items: Array<{ reportId: string; period: string; status: string }>;
      };
      return page.items.find((r) => r.period === ids.period && r.status === 'due');
    }, "the first period in Awj's reports");
    ids.report = report.reportId;
  }, 400_000);

  it("Awj submits its first period's report on a phone in Arabic; a negative spending shows its reason in the field first", async () => {
    const m = messagesOf('ar');
    const { page } = await open(PARTNER, ['partner-applicant'], 'ar', 'phone', '/partner/agreements');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const card = page.locator(`li:has([data-testid=agreement][data-id="${ids.agreement}"])`);
    await card.getByRole('button', { name: m('pa.open.agreement') }).click();
    const row = card.locator(`[data-testid=impact-report][data-id="${ids.report}"]`);
    await row.waitFor();
    await shows(row.getByTestId('report-status'), m('pa.report.due'));
    await shows(row, HIJRI);
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

  it('the empowerment officer sees it in the report queue as submitted, and in the agreement tab (Arabic, desktop)', async () => {
    const m = messagesOf('ar');
    const { page } = await open(ALLOCATING, ['empowerment-team'], 'ar', 'desktop', '/empowerment/impact-reports');
    await page.getByRole('link', { name: m('empower.nav.reports') }).waitFor();
    const row = page.getByTestId('reports-submitted').locator(`[data-testid=impact-report][data-id="${ids.report}"]`);
    for (let i = 0; i < 20; i += 1) {
      const shown = await row
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
      await page.reload();
    }
    await shows(row.getByTestId('report-status'), m('pa.report.submitted'));
    await shows(row, 'جمعية');
    // the queue puts what is overdue first
    expect(await page.locator('section[data-testid^=reports-]').first().getAttribute('data-testid')).toBe('reports-overdue');
    await seen(page, 'ar-desktop-4-queue');

    await page.goto(`${ui.url}/empowerment/agreements/${ids.agreement}`);
    await page.getByTestId('impact-tab').click();
    const inTab = page.locator(`[data-testid=impact-report][data-id="${ids.report}"]`);
    await shows(inTab.getByTestId('report-status'), m('pa.report.submitted'));
    await page.getByText(m('pa.evaluation.later')).waitFor();
    await seen(page, 'ar-desktop-5-agreement-reports');
  });

  it('once the agreement is terminated, the officer records the DAC evaluation and sees its overall score', async () => {
    await api(ALLOCATING, ['executive-director'], `/partner-agreements/${ids.agreement}/termination`, {
      code: 'mutual-consent',
      reason: { ar: 'اتفق الطرفان على إنهاء الشراكة', en: 'Both sides agreed to end the partnership' },
    });
    const m = messagesOf('ar');
    const { page } = await open(ALLOCATING, ['empowerment-team'], 'ar', 'desktop', `/empowerment/agreements/${ids.agreement}`);
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
      await box.getByLabel(m('pa.evaluation.comment')).fill('حققت الشراكة أهدافها في الفترة');
    }
    await page.getByLabel(m('pa.evaluation.assessor')).fill('فهد الدوسري');
    await seen(page, 'ar-desktop-6-evaluation-form');
    await page.getByTestId('evaluate').click();
    await page.getByTestId('evaluation').waitFor();
    await shows(page.getByTestId('evaluation'), 'فهد الدوسري');
    await seen(page, 'ar-desktop-7-evaluated');
  });

  it('no page threw', () => {
    expect(opened.flatMap((s) => s.problems)).toEqual([]);
  });
});
