import type { Browser, Page } from 'playwright-core';
import { chooseFirstOptionByKeyboard, launchChromium, screenshot, seriousViolations, tabTo, VIEWPORTS } from './browser';
import { ConsoleUnderTest } from './console-under-test';
import { applyInBrowser, messagesOf, newMobile } from './public-link-steps';
import { verifyDocument } from './research-steps';
import { backToDraft, documentForm, wayBackIn } from '../../platform-e2e/src/public-link-flow';
import type { PlatformUnderTest } from '../../platform-e2e/src/platform-under-test';
import { signedIn } from './signed-in';

// "Done when", in a real browser (Tuwaiq 5-2, 6-2, 6-3, 6-4; docs/adr/0026, 0034, 0036): a person applies
// through the public link to a service that needs documents and is kept as a draft; the draft is completed
// through the APIs (the missing details by a relations officer, the documents and the signature by the
// applicant's phone over the public draft routes: the apply page has no screen for them yet); the services
// officer signs in and verifies each document in the research area; eligibility decides; the committee's members sign in
// through Keycloak and vote with one of the tenant's reasons until the decision; the chair sees the
// tally; the applicant receives the answer by SMS, signs in with the code texted to them, sees the status
// and due date, and asks for reconsideration. Arabic (right to left, Hijri dates) and English, phone and
// desktop; axe-core on every screen; the second vote by keyboard alone.
jest.setTimeout(420_000);

const TENANT = 'tuwaiq';
// A direct service of the tenant's competent committee that needs three details the link does not ask
// and four documents (its policy file).
const SERVICE = { id: 'job-seeker-training', ar: 'برامج تأهيل الباحثين عن عمل', en: 'Job-seeker training programmes' };
const DOCUMENTS = [
  ['national-id', 'research.method.government-platform'],
  ['national-address', 'research.method.government-platform'],
  ['cv', 'research.method.copy-compared'],
  ['qualification', 'research.method.original-sighted'],
] as const;
const FULL_NAME = 'سارة عبدالله العتيبي';
const REJECT_REASON = { ar: 'الطلب غير مستوفٍ لشروط الخدمة', en: "The request does not meet the service's conditions" };
const HIJRI = { ar: /هـ/, en: /AH/ };

async function eventually<T>(probe: () => Promise<T | undefined>, what: string, tries = 120): Promise<T> {
  for (let i = 0; i < tries; i += 1) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`never: ${what}`);
}

describe('committee: from the public link to the decision and the applicant’s follow-up', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  // public-link-flow's helpers only need where intake answers: this run's
  const platform = { url: (context: Parameters<ConsoleUnderTest['serviceUrl']>[0]) => ui.serviceUrl(context) } as unknown as PlatformUnderTest;

  /**
   * Arranged through the APIs: the draft the public link kept is completed and submitted. The details the
   * link does not ask for are added by a relations officer; the documents and the signature come from the
   * applicant's phone with the request number and return code texted to it (the public draft routes).
   */
  async function draftCompleted(mobile: string): Promise<string> {
    const sms = await eventually(async () => (await ui.textsTo(TENANT, mobile)).find((text) => text.includes('saved as a draft')), 'the draft by SMS');
    const { caseNumber, returnCode } = wayBackIn(sms);
    const relations = await ui.token(TENANT, ['relations-officer']);
    const intake = ui.serviceUrl('intake');
    const caseId = await eventually(async () => {
      const r = await fetch(`${intake}/applications?serviceId=${SERVICE.id}&status=draft&sort=newest&limit=100`, {
        headers: { authorization: `Bearer ${relations}` },
      });
      return ((await r.json()) as { items: Array<{ caseId: string; caseNumber: string | null }> }).items.find((i) => i.caseNumber === caseNumber)?.caseId;
    }, 'the draft in intake');
    const opened = await fetch(`${intake}/applications/${caseId}`, { headers: { authorization: `Bearer ${relations}`, 'x-purpose': 'case-handling' } });
    const patched = await fetch(`${intake}/applications/${caseId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${relations}`, 'content-type': 'application/json', 'if-match': opened.headers.get('etag') ?? '' },
      body: JSON.stringify({
        applicant: {
          birthDate: { calendar: 'gregorian', date: '1998-04-12' },
          idExpiry: { calendar: 'gregorian', date: '2031-01-01' },
          nationalAddress: { shortAddress: 'DDMA1234', buildingNumber: '1234', postalCode: '32241', city: 'الدمام', district: 'الفيصلية' },
          qualification: 'bachelor',
          employmentStatus: 'job-seeker',
        },
      }),
    });
    if (patched.status !== 200) throw new Error(`details refused: ${patched.status} ${await patched.text()}`);
    for (const [documentType] of DOCUMENTS) {
      const attached = await backToDraft(platform, TENANT, caseNumber, returnCode, '/documents', { body: documentForm(documentType) });
      if (attached.status !== 201) throw new Error(`${documentType} refused: ${attached.status} ${await attached.text()}`);
    }
    const draft = (await (await backToDraft(platform, TENANT, caseNumber, returnCode, '')).json()) as { declaration: { version: number } };
    const submitted = await backToDraft(platform, TENANT, caseNumber, returnCode, '/submit', {
      body: JSON.stringify({ declaration: { accepted: true, signedName: FULL_NAME, declarationVersion: draft.declaration.version } }),
    });
    if (submitted.status !== 200) throw new Error(`submission refused: ${submitted.status} ${await submitted.text()}`);
    return caseId;
  }

  /** The case's four documents in the services officer's verification queue. */
  async function documentsQueued(caseId: string): Promise<void> {
    const officer = await ui.token(TENANT, ['services-officer']);
    await eventually(async () => {
      const r = await fetch(`${ui.serviceUrl('eligibility')}/work-queues/services-officer?status=open&limit=100`, {
        headers: { authorization: `Bearer ${officer}`, 'x-purpose': 'case-handling' },
      });
      const items = ((await r.json()) as { items: Array<{ caseId: string }> }).items;
      return items.filter((i) => i.caseId === caseId).length === DOCUMENTS.length ? true : undefined;
    }, 'the documents in the verification queue');
  }

  /** Arranged through the API: the case reaches the committee's queue with eligibility's decision. */
  async function queuedWithEligibility(caseId: string): Promise<void> {
    const chair = await ui.token(TENANT, ['committee-chair']);
    await eventually(async () => {
      const r = await fetch(`${ui.serviceUrl('committee-review')}/committee/queue?limit=200`, { headers: { authorization: `Bearer ${chair}` } });
      const items = ((await r.json()) as { items: Array<{ caseId: string; eligibility: { outcome: string | null } | null }> }).items;
      return items.find((i) => i.caseId === caseId && i.eligibility?.outcome) ? true : undefined;
    }, 'the case in the committee queue with its eligibility');
  }

  const variants = [
    { language: 'ar', viewport: 'desktop', keyboard: true },
    { language: 'ar', viewport: 'phone', keyboard: false },
    { language: 'en', viewport: 'desktop', keyboard: false },
  ] as const;

  for (const { language, viewport, keyboard } of variants) {
    it(`takes a request from the public link to the committee's refusal and the applicant's reconsideration (${language}, ${viewport}${keyboard ? ', second vote by keyboard' : ''})`, async () => {
      const m = messagesOf(language);
      const check = async (page: Page, step: string) => {
        await screenshot(page, `committee-${language}-${viewport}-${step}`);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      };
      const hijriIn = async (page: Page, scope: string) => {
        const hijri = await page.locator(`${scope} [data-calendar="islamic-umalqura"]`).first().innerText();
        expect(hijri).toMatch(HIJRI[language]);
        expect(hijri).toMatch(language === 'ar' ? /[٠-٩]/ : /\d/);
      };

      // 1. The person applies through the association's public link.
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: language === 'ar' ? 'ar-SA' : 'en-GB' });
      const applicant = await context.newPage();
      const applicantProblems: string[] = [];
      applicant.on('pageerror', (error) => applicantProblems.push(error.message));
      await applicant.addInitScript(`localStorage.setItem('athar.language', '${language}')`);
      await applicant.goto(`${ui.url}/apply/${TENANT}`);
      const mobile = newMobile();
      await applyInBrowser(applicant, ui, {
        tenantId: TENANT,
        language,
        service: SERVICE[language],
        fullName: FULL_NAME,
        mobile,
        onScreen: (step) => check(applicant, step),
      });

      // 2. The draft is completed and submitted (arranged through the APIs, see draftCompleted).
      const caseId = await draftCompleted(mobile);
      await documentsQueued(caseId);

      // 3. The services officer signs in and verifies each document on its screen; eligibility then decides.
      const officer = await signedIn(browser, ui, { tenantId: TENANT, roles: ['services-officer'], language, viewport, path: '/research' });
      for (const [documentType, method] of DOCUMENTS)
        await verifyDocument(officer.page, m, caseId, `doctype.${documentType}`, method, (step) => check(officer.page, `officer-${step}`));
      expect(officer.problems).toEqual([]);
      await officer.page.context().close();
      await queuedWithEligibility(caseId);

      // 4. The first member signs in, finds the case in the queue by deadline, reads it, votes to refuse.
      const first = await signedIn(browser, ui, {
        tenantId: TENANT,
        roles: ['committee-member'],
        userId: 'tuwaiq-member-1',
        language,
        viewport,
        path: '/committee',
      });
      const row = first.page.locator(`[data-testid="queue-row"][data-case="${caseId}"]`);
      await row.waitFor();
      await hijriIn(first.page, `[data-case="${caseId}"]`);
      await check(first.page, 'member-1-queue');
      await row.getByRole('link').click();
      await first.page.getByTestId('eligibility').waitFor();
      expect(await first.page.getByTestId('criterion').count()).toBeGreaterThan(0);
      expect(await first.page.getByTestId('review-status').innerText()).toBe(m('committee.status.open'));
      await check(first.page, 'member-1-case');
      await first.page.getByRole('radio', { name: m('committee.vote.reject'), exact: true }).check();
      await first.page.getByRole('combobox', { name: m('committee.vote.reason') }).click();
      await first.page.getByRole('option', { name: REJECT_REASON[language] }).click();
      await first.page.getByLabel(m('committee.vote.note')).fill('لم أجد ما يثبت الحاجة');
      await first.page.mouse.move(0, 0);
      await check(first.page, 'member-1-vote');
      await first.page.getByRole('button', { name: m('committee.vote.submit') }).click();
      await first.page.getByTestId('voted').waitFor();
      expect(await first.page.getByTestId('voted').innerText()).toContain(m('committee.vote.reject'));
      await check(first.page, 'member-1-voted');
      expect(first.problems).toEqual([]);
      await first.page.context().close();

      // 5. The second member's vote decides (once by keyboard alone).
      const second = await signedIn(browser, ui, {
        tenantId: TENANT,
        roles: ['committee-member'],
        userId: 'tuwaiq-member-2',
        language,
        viewport,
        path: `/committee/cases/${caseId}`,
      });
      await second.page.getByTestId('eligibility').waitFor();
      if (keyboard) {
        const key = (k: string) => second.page.keyboard.press(k);
        await tabTo(second.page, 'input[type=radio][value=accept]');
        await key('ArrowDown'); // the group's next choice: reject
        expect(await second.page.locator('input[type=radio][value=reject]').isChecked()).toBe(true);
        await tabTo(second.page, 'input[aria-haspopup="listbox"]');
        await chooseFirstOptionByKeyboard(second.page);
        await tabTo(second.page, `button[type=submit]:has-text("${m('committee.vote.submit')}")`);
        await key('Enter');
      } else {
        await second.page.getByRole('radio', { name: m('committee.vote.reject'), exact: true }).check();
        await second.page.getByRole('combobox', { name: m('committee.vote.reason') }).click();
        await second.page.getByRole('option', { name: REJECT_REASON[language] }).click();
        await second.page.getByRole('button', { name: m('committee.vote.submit') }).click();
      }
      const decision = second.page.getByTestId('decision');
      await decision.waitFor();
      expect(await decision.innerText()).toContain(m('committee.decision.rejected'));
      await hijriIn(second.page, '[data-testid="decision"]');
      await check(second.page, 'member-2-decided');
      expect(second.problems).toEqual([]);
      await second.page.context().close();

      // 6. The chair sees the tally.
      const chair = await signedIn(browser, ui, {
        tenantId: TENANT,
        roles: ['committee-chair'],
        userId: 'tuwaiq-chair',
        language,
        viewport,
        path: `/committee/cases/${caseId}`,
      });
      const tally = chair.page.getByTestId('tally');
      await tally.waitFor();
      expect(await chair.page.getByTestId('tally-vote').count()).toBe(2);
      expect(await chair.page.getByTestId('tally-reject').innerText()).toMatch(language === 'ar' ? /٢/ : /2/);
      expect(await chair.page.getByTestId('tally-accept').innerText()).toMatch(language === 'ar' ? /٠/ : /0/);
      expect(await tally.innerText()).toContain(REJECT_REASON[language]);
      await check(chair.page, 'chair-tally');
      expect(chair.problems).toEqual([]);
      await chair.page.context().close();

      // 7. The applicant's phone: the refusal with its reason and the reconsideration period.
      const told = await eventually(async () => (await ui.textsTo(TENANT, mobile)).find((text) => text.includes('رفض طلبك')), 'the refusal by SMS');
      expect(told).toContain(REJECT_REASON.ar);
      expect(told).toMatch(/يمكنك طلب إعادة النظر حتى[\s\S]*You may ask for reconsideration until/);

      // 8. The applicant signs in with the code texted to them, follows the request and asks for reconsideration.
      await applicant.goto(`${ui.url}/apply/${TENANT}/follow-up`);
      await applicant.getByLabel(m('apply.mobile')).fill(mobile);
      await check(applicant, 'follow-1-sign-in');
      await applicant.getByRole('button', { name: m('follow.signIn.send'), exact: true }).click();
      await applicant.getByText(m('follow.signIn.code')).waitFor();
      await check(applicant, 'follow-2-code');
      const code = await eventually(async () => {
        const found = (await ui.textsTo(TENANT, mobile)).find((text) => /رمز دخولك|sign-in code/.test(text));
        return found ? /: (\d{6})\./.exec(found)?.[1] : undefined;
      }, 'the sign-in code by SMS');
      await applicant.locator('.mantine-PinInput-input').first().click();
      await applicant.keyboard.type(code);
      await applicant.getByRole('button', { name: m('follow.signIn.verify'), exact: true }).click();
      const mine = applicant.getByTestId('my-request');
      await mine.waitFor();
      // The decision itself, as the committee gave it: refused, when, the reason, until when to ask again.
      expect(await applicant.getByTestId('my-request-status').innerText()).toContain(m('follow.status.rejected'));
      const decided = applicant.getByTestId('my-request-decision');
      expect(await decided.getAttribute('data-outcome')).toBe('rejected');
      expect(await decided.innerText()).toContain(m('follow.decision.rejected'));
      expect(await applicant.getByTestId('my-request-reasons').innerText()).toContain(REJECT_REASON[language]);
      await hijriIn(applicant, '[data-testid="my-request-decision"]');
      expect(await applicant.getByTestId('my-request-reconsider-until').innerText()).toContain(m('follow.reconsider.until'));
      await hijriIn(applicant, '[data-testid="my-request-reconsider-until"]');
      expect(await applicant.getByTestId('my-request-due').count()).toBe(0);
      // the applicant's token is the tab's alone, not the staff's Keycloak store
      expect(
        await applicant.evaluate(() =>
          Object.keys((globalThis as unknown as { sessionStorage: Record<string, string> }).sessionStorage).some((k) => k.startsWith('athar.applicant.')),
        ),
      ).toBe(true);
      expect(
        await applicant.evaluate(() =>
          Object.keys((globalThis as unknown as { localStorage: Record<string, string> }).localStorage).some((k) => k.startsWith('athar.applicant.')),
        ),
      ).toBe(false);
      await check(applicant, 'follow-3-status');
      await applicant.getByLabel(m('follow.reconsider.grounds')).fill('أرفقت ما يثبت حاجة الجمعية الشريكة');
      await applicant.getByRole('button', { name: m('follow.reconsider.send') }).click();
      const sent = applicant.getByTestId('reconsideration-sent');
      await sent.waitFor();
      expect(await sent.innerText()).toMatch(language === 'ar' ? /٢/ : /2/);
      await hijriIn(applicant, '[data-testid="reconsideration-sent"]');
      await check(applicant, 'follow-4-reconsideration');
      expect(applicantProblems).toEqual([]);
      await context.close();
    });
  }
});
