import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, screenshot, seriousViolations, tabTo } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { messagesOf, newMobile } from './public-link-steps';
import { signedIn, type Language, type SignedIn, type Viewport } from './signed-in';

// "Done when", in a real browser (Tuwaiq, partner allocation 1-4; docs/adr/0037, 0038, 0039): a partner
// association on the platform (Awj) submits a formal request to Tuwaiq and a bad field shows the API's
// reason in it; Tuwaiq's empowerment officer scores the needs study; a second partner (Quway'iyah) is
// arranged through the API and a round is scheduled through the API to close within seconds (the form
// takes minutes as its smallest step); the officer sees the ranking with each partner's explanation; the
// executive director approves it in a session (Hijri and Gregorian); Awj sees its share and why, and no
// other partner's scores; an agreement is drafted, sent, and signed by the director and by Awj. Arabic
// on a phone for the journey, English on a desktop for each side's screens; axe-core on every screen;
// the approval by keyboard alone.
jest.setTimeout(600_000);

const ALLOCATING = 'tuwaiq';
const PARTNER = 'awj';
const OTHER_PARTNER = 'quwayiyah';
const SERVICE = { id: 'partner-association-services', ar: 'خدمات الجمعيات الشريكة', en: 'Services for partner associations' };
const FACTORS = ['scope-of-work', 'targeted-beneficiaries', 'infrastructure-readiness', 'fit-with-goals-and-plans'] as const;
const HIJRI = { ar: /هـ/, en: /AH/ };

/** Waits until the element shows the text (the page updates after the API answers). */
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

describe('partner allocation: from a partner request to a signed agreement, in the browser', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  const opened: SignedIn[] = [];
  const ids: { awj?: string; other?: string; round?: string; agreement?: string } = {};
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const api = async (tenantId: string, roles: Parameters<ConsoleUnderTest['token']>[1], path: string, init: { method?: string; body?: unknown } = {}) => {
    const token = await ui.token(tenantId, roles);
    const response = await fetch(`${ui.serviceUrl('partner-allocation')}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> };
  };
  const open = async (tenantId: string, roles: Parameters<ConsoleUnderTest['token']>[1], language: Language, viewport: Viewport, path: string) => {
    const session = await signedIn(browser, ui, { tenantId, roles, language, viewport, path });
    opened.push(session);
    return session;
  };
  const seen = async (page: Page, name: string) => {
    await screenshot(page, `partner-allocation-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
  };
  const pick = async (page: Page, label: string, option: string) => {
    await page.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  it('Awj submits a request to Tuwaiq on a phone in Arabic; a bad licence number shows its reason in the field', async () => {
    const m = messagesOf('ar');
    const { page } = await open(PARTNER, ['partner-applicant'], 'ar', 'phone', '/partner/new');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: m('partner.new.title') }).waitFor();
    await seen(page, 'ar-phone-1-new-request');
    await pick(page, m('pa.service'), SERVICE.ar);
    await page.getByLabel(m('partner.new.beneficiaries')).fill('120');
    await page.getByLabel(m('pa.objectives')).fill('تأهيل 120 من الباحثين عن عمل في عنيزة\nتدريب عشرة مدربين');
    await pick(page, m('pa.region'), 'منطقة القصيم');
    await pick(page, m('partner.new.governorate'), 'عنيزة');
    await page.getByLabel(m('pa.licence')).fill('12345678');
    await page.getByLabel(m('pa.scope')).fill('التدريب والتطوير والاستشارات لأعضاء الجمعية في منطقة القصيم');
    await page.getByLabel(m('partner.new.contactName')).fill('هدى الحربي');
    await page.getByLabel(m('partner.new.mobile')).fill(newMobile());
    await page.getByTestId('submit-request').click();
    const licence = page.getByLabel(m('pa.licence'));
    const reasonBox = page.locator(`#${await licence.getAttribute('id')}-error`);
    await reasonBox.waitFor();
    expect(await licence.getAttribute('aria-invalid')).toBe('true');
    const reason = await reasonBox.innerText();
    expect(reason).toMatch(/[\u0600-\u06FF]/);
    expect(reason).toMatch(/[A-Za-z]/);
    await seen(page, 'ar-phone-2-licence-reason');
    const before = (await api(PARTNER, ['partner-applicant'], '/partner-requests/mine?limit=100')).body as { items: Array<{ partnerRequestId: string }> };
    await licence.fill('452');
    await page.getByTestId('submit-request').click();
    await page.getByTestId('receipt').waitFor();
    await shows(page.getByTestId('receipt'), HIJRI.ar);
    await seen(page, 'ar-phone-3-receipt');
    ids.awj = await eventually(async () => {
      const after = (await api(PARTNER, ['partner-applicant'], '/partner-requests/mine?limit=100')).body as { items: Array<{ partnerRequestId: string }> };
      return after.items.map((i) => i.partnerRequestId).find((id) => !before.items.some((b) => b.partnerRequestId === id));
    }, 'the new request in my requests');
    await page
      .getByRole('link', { name: m('partner.nav.requests'), exact: true })
      .first()
      .click();
    const row = page.locator(`[data-testid=my-request][data-id="${ids.awj}"]`);
    await row.waitFor();
    await shows(row, m('pa.stage.study-pending'));
    await seen(page, 'ar-phone-4-my-requests');
  });

  it("Tuwaiq's empowerment officer finds it in the queue and scores the needs study, factor by factor", async () => {
    const m = messagesOf('ar');
    const { page } = await open(ALLOCATING, ['empowerment-team'], 'ar', 'desktop', '/empowerment');
    for (let i = 0; i < 20; i += 1) {
      const shown = await page
        .locator(`[data-testid=partner-request][data-id="${ids.awj}"]`)
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
      await page.reload();
    }
    await seen(page, 'ar-desktop-5-queue');
    await page.locator(`[data-testid=partner-request][data-id="${ids.awj}"]`).getByRole('link').click();
    await page.getByTestId('request-details').waitFor();
    // the factors as Tuwaiq's policy names them (GET /needs-studies/factors), not a copy in the console
    await shows(page.getByTestId('factor-fit-with-goals-and-plans'), 'التوافق مع أهداف الجمعية وخططها التشغيلية المعتمدة');
    for (const [i, factor] of FACTORS.entries()) {
      const box = page.getByTestId(`factor-${factor}`);
      await box.getByLabel(m('empower.study.score')).fill(String(4 - (i % 2)));
      await box.getByLabel(m('empower.study.evidence')).fill(randomUUID());
    }
    await seen(page, 'ar-desktop-6-study-form');
    await page.getByTestId('record-study').click();
    await page.getByTestId('study-view').waitFor();
    await shows(page.getByTestId('study-view'), HIJRI.ar);
    await seen(page, 'ar-desktop-7-study-done');
  });

  it('a second partner is arranged and a round closes within seconds; the officer sees the ranking and each explanation', async () => {
    const submitted = await api(OTHER_PARTNER, ['partner-applicant'], '/partner-requests', {
      method: 'POST',
      body: {
        allocatingTenantId: ALLOCATING,
        serviceId: SERVICE.id,
        expectedBeneficiaries: 60,
        objectives: ['تأهيل ستين من أعضاء الجمعية'],
        region: { regionId: 'riyadh', governorateId: 'al-quwayiyah' },
        licenceNumber: '731',
        scopeOfWork: 'التدريب في محافظة القويعية',
        contact: { name: 'سالم القحطاني', mobile: newMobile() },
      },
    });
    expect(submitted.status).toBe(201);
    ids.other = submitted.body.partnerRequestId as string;
    const study = await api(ALLOCATING, ['empowerment-team'], `/partner-requests/${ids.other}/needs-study`, {
      method: 'POST',
      body: { scores: FACTORS.map((factorId) => ({ factorId, score: 5, evidence: [randomUUID()] })) },
    });
    expect(study.status).toBe(201);
    await eventually(async () => {
      const page = (await api(ALLOCATING, ['empowerment-team'], `/partner-requests?stage=studied&serviceId=${SERVICE.id}&limit=100`)).body as {
        items: Array<{ partnerRequestId: string }>;
      };
      return [ids.awj, ids.other].every((id) => page.items.some((i) => i.partnerRequestId === id)) ? true : undefined;
    }, 'both requests studied');
    const round = await api(ALLOCATING, ['empowerment-team'], '/allocation-rounds', {
      method: 'POST',
      body: {
        serviceId: SERVICE.id,
        unit: 'seat',
        capacity: 100,
        opensAt: new Date(Date.now() - 1000).toISOString(),
        closesAt: new Date(Date.now() + 6000).toISOString(),
      },
    });
    expect(round.status).toBe(201);
    ids.round = round.body.roundId as string;

    const m = messagesOf('ar');
    const { page } = await open(ALLOCATING, ['empowerment-team'], 'ar', 'phone', `/empowerment/rounds/${ids.round}`);
    const awj = page.locator(`[data-testid=ranked][data-id="${ids.awj}"]`);
    await awj.waitFor({ timeout: 180_000 });
    await page.locator(`[data-testid=ranked][data-id="${ids.other}"]`).waitFor();
    await shows(awj.getByTestId('factors'), m('pa.weightCol'));
    await awj.getByTestId('reasons').locator('li').first().waitFor();
    await seen(page, 'ar-phone-8-round-ranking');
    await page.getByTestId('recompute').click();
    await page.getByText(m('empower.recompute.done')).waitFor();
    await seen(page, 'ar-phone-9-recomputed');
  });

  it('the executive director tries other weights, then approves the round by keyboard alone; the session day shows in Hijri', async () => {
    const m = messagesOf('ar');
    const { page } = await open(ALLOCATING, ['executive-director'], 'ar', 'phone', `/allocation/rounds/${ids.round}`);
    await page.locator(`[data-testid=ranked][data-id="${ids.awj}"]`).waitFor();
    await page.getByLabel(m('pa.weight.greatestImpact')).fill('0');
    await page.getByTestId('what-if').click();
    await page
      .getByTestId('what-if-differences')
      .or(page.getByText(m('pa.whatIf.same')))
      .first()
      .waitFor();
    await seen(page, 'ar-phone-10-what-if');
    await shows(page.getByTestId('approval-day'), HIJRI.ar);
    const session = page.getByLabel(m('pa.approve.session'), { exact: true });
    await tabTo(page, `#${await session.getAttribute('id')}`, 200);
    await page.keyboard.type('الجلسة السابعة لمجلس الإدارة');
    await tabTo(page, '[data-testid=approve]', 20);
    await page.keyboard.press('Enter');
    await page.getByTestId('approval').waitFor();
    await shows(page.getByTestId('approval'), HIJRI.ar);
    await shows(page.getByTestId('approval'), 'الجلسة السابعة لمجلس الإدارة');
    await seen(page, 'ar-phone-11-approved');
  });

  for (const [language, viewport] of [
    ['ar', 'phone'],
    ['en', 'desktop'],
  ] as const) {
    it(`Awj sees its share and why, and no other partner's scores (${language}, ${viewport})`, async () => {
      const m = messagesOf(language);
      const { page } = await open(PARTNER, ['partner-applicant'], language, viewport, `/partner/allocation/${ALLOCATING}/${ids.round}`);
      const mine = page.getByTestId('my-allocation');
      await mine.getByTestId('share').waitFor();
      await mine.getByTestId('reasons').locator('li').first().waitFor();
      await shows(mine, HIJRI[language]);
      const text = await page.locator('main').innerText();
      expect(text).not.toContain('القويعية');
      expect(text).not.toContain("Quway'iyah");
      expect(text).not.toContain(m('pa.weightCol'));
      expect(await page.locator('[data-testid=factors]').count()).toBe(0);
      await seen(page, `${language}-${viewport}-12-my-allocation`);
    });
  }

  it('the officer drafts the agreement from the share and sends it; the director signs for Tuwaiq', async () => {
    const m = messagesOf('ar');
    const officer = await open(ALLOCATING, ['empowerment-team'], 'ar', 'desktop', `/empowerment/rounds/${ids.round}`);
    await officer.page.locator(`[data-testid=ranked][data-id="${ids.awj}"]`).getByTestId('draft-link').click();
    await officer.page.getByLabel(m('empower.draft.startsOn')).fill('2027-01-01');
    await seen(officer.page, 'ar-desktop-13-draft');
    await officer.page.getByTestId('draft').click();
    await officer.page.getByTestId('agreement-body').waitFor();
    ids.agreement = officer.page.url().split('/').pop();
    await officer.page.getByTestId('impact-tab').waitFor();
    await seen(officer.page, 'ar-desktop-14-agreement-draft');
    await officer.page.getByTestId('send').click();
    await officer.page.getByText(m('pa.agreement.sent')).first().waitFor();
    await seen(officer.page, 'ar-desktop-15-agreement-sent');

    const director = await open(ALLOCATING, ['executive-director'], 'ar', 'phone', `/allocation/agreements/${ids.agreement}`);
    await director.page.getByLabel(m('pa.sign.name')).fill('منيرة السبيعي');
    await director.page.getByLabel(m('pa.sign.capacity')).fill('المديرة التنفيذية');
    await director.page.getByTestId('sign').click();
    await shows(director.page.getByTestId('signature-allocator'), 'منيرة السبيعي');
    await seen(director.page, 'ar-phone-16-allocator-signed');
  });

  it('Awj reads the agreement and signs it for the partner; it is in force', async () => {
    const m = messagesOf('ar');
    const { page } = await open(PARTNER, ['partner-applicant'], 'ar', 'phone', '/partner/agreements');
    const card = page.locator(`li:has([data-testid=agreement][data-id="${ids.agreement}"])`);
    await card.getByRole('button', { name: m('pa.open.agreement') }).click();
    await seen(page, 'ar-phone-17-my-agreement');
    await card.getByLabel(m('pa.sign.name')).fill('هدى الحربي');
    await card.getByLabel(m('pa.sign.capacity')).fill('رئيسة مجلس الإدارة');
    await card.getByTestId('sign').click();
    await shows(card.getByTestId('agreement'), m('pa.agreement.in-force'), { timeout: 30_000 });
    await seen(page, 'ar-phone-18-in-force');
  });

  it('the same screens in English on a desktop: the queue, the round, the agreement', async () => {
    const m = messagesOf('en');
    const officer = await open(ALLOCATING, ['empowerment-team'], 'en', 'desktop', `/empowerment/rounds/${ids.round}`);
    expect(await officer.page.locator('html').getAttribute('dir')).toBe('ltr');
    await officer.page.locator(`[data-testid=ranked][data-id="${ids.awj}"]`).waitFor();
    await shows(officer.page.getByTestId('approval'), HIJRI.en);
    await seen(officer.page, 'en-desktop-19-round');
    await officer.page.goto(`${ui.url}/empowerment/agreements/${ids.agreement}`);
    await shows(officer.page.getByTestId('agreement-body'), m('pa.signature.partner'));
    await seen(officer.page, 'en-desktop-20-agreement');
    const partner = await open(PARTNER, ['partner-applicant'], 'en', 'desktop', '/partner');
    await partner.page.locator(`[data-testid=my-request][data-id="${ids.awj}"]`).waitFor();
    await seen(partner.page, 'en-desktop-21-my-requests');
  });

  it('no page threw', () => {
    expect(opened.flatMap((s) => s.problems)).toEqual([]);
  });
});
