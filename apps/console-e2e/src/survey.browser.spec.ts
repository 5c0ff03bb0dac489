import type { Browser } from 'playwright-core';
import { ar, en } from '../../console/src/i18n/messages';
import { applicationBody, newNationalId } from '../../platform-e2e/src/platform-under-test';
import { VIEWPORTS, checkScreen, launchChromium } from './browser';
import { ConsoleUnderTest, DELIVERY_DAY_MS } from './console-under-test';

// The satisfaction survey answered in a real browser (every policy: measure satisfaction to improve the
// service; Tuwaiq 2-2: direct beneficiaries at the programme's end; docs/adr/0041). Arranged through the
// APIs: a request accepted by the committee; its programme ends (the browser platform's programme day is
// DELIVERY_DAY_MS). The journey: the applicant opens the link the SMS outbox holds for their mobile (no
// sign-in), answers the questions in Arabic or in English on a phone, is thanked, and the same link,
// opened again, says it was already answered. axe-core on every screen.
jest.setTimeout(420_000);

const TENANT = 'general-assembly-002';
const MEMBERS = [`${TENANT}-member-1`, `${TENANT}-member-2`];
const LINK = /(https?:\/\/\S+\/survey\/[A-Za-z0-9_-]{43})(?:\s|$)/;

describe('the satisfaction survey in the browser', () => {
  const ui = ConsoleUnderTest.current();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** Arranging: a request submitted at intake and accepted by the committee's two members; its programme runs 90 × DELIVERY_DAY_MS. */
  async function acceptedCase(mobile: string): Promise<string> {
    const officer = await ui.token(TENANT, ['relations-officer']);
    const body = applicationBody('member-service', 'interview');
    const created = await fetch(`${ui.serviceUrl('intake')}/applications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, applicant: { ...body.applicant, nationalId: newNationalId(), mobile } }),
    });
    expect(created.status).toBe(201);
    const { caseId } = (await created.json()) as { caseId: string };
    for (const member of MEMBERS) {
      const token = await ui.token(TENANT, ['committee-member'], member);
      let status = 0;
      for (let i = 0; i < 240 && status !== 201; i += 1) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, 500));
        const voted = await fetch(`${ui.serviceUrl('committee-review')}/reviews/${caseId}/votes`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ vote: 'accept', reasonId: 'meets-conditions' }),
        });
        status = voted.status;
      }
      expect(status).toBe(201);
    }
    return caseId;
  }

  /** The survey link as the applicant's phone shows it (the SMS outbox), once the programme has ended. */
  async function linkTextedTo(mobile: string): Promise<string> {
    const deadline = Date.now() + 90 * DELIVERY_DAY_MS + 180_000;
    while (Date.now() < deadline) {
      const link = (await ui.textsTo(TENANT, mobile)).map((body) => LINK.exec(body)?.[1]).find((found) => found !== undefined);
      if (link) return link;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    throw new Error(`no survey link reached ${mobile}`);
  }

  const newMobile = () => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const journeys = [
    { language: 'ar', mobile: newMobile(), scores: [5, 9, 2], remark: 'شكرًا على حسن التنظيم' },
    { language: 'en', mobile: newMobile(), scores: [4, 8, 3], remark: 'Well organised, thank you' },
  ] as const;
  const links = new Map<string, Promise<string>>();

  it('the programmes of two applicants end and each receives a survey link by SMS to the console’s public page', async () => {
    // one after the other: both sign in the same committee members, whom the realm creates on first use
    for (const j of journeys) await acceptedCase(j.mobile);
    for (const j of journeys) links.set(j.language, linkTextedTo(j.mobile));
    for (const j of journeys) expect(await links.get(j.language)).toMatch(new RegExp(`^${ui.url}/survey/`));
  });

  for (const journey of journeys) {
    const { language } = journey;
    const messages = language === 'ar' ? ar : en;
    it(`the applicant answers the survey from the SMS link, with no sign-in (${language}, phone)`, async () => {
      const link = await links.get(language)!;
      const token = link.slice(link.lastIndexOf('/') + 1);
      // The questions as the service gives them (read only: a link answers until it is answered).
      const survey = (await (await fetch(`${ui.serviceUrl('feedback')}/public/surveys/${token}`)).json()) as {
        questions: Array<{ id: string; scale: string; text: { ar: string; en: string }; optional: boolean }>;
      };
      const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: language === 'ar' ? 'ar-SA' : 'en-GB' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(`localStorage.setItem('athar.language', '${language}')`);
      const name = (step: string) => `survey-${language}-phone-${step}`;

      // 1. The link opens the questions in the person's language, right to left in Arabic.
      await page.goto(link);
      await page.getByRole('button', { name: messages['feedback.survey.send'] }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      for (const q of survey.questions) await page.getByText(q.text[language], { exact: false }).first().waitFor();
      await checkScreen(page, name('01-questions'));

      // 2. The scales: CSAT, NPS, effort in the policy's order; the remark in the free-text field.
      const nf = new Intl.NumberFormat(language === 'ar' ? 'ar-SA' : 'en');
      const scaled = survey.questions.filter((q) => q.scale !== 'free-text');
      for (const [i, q] of scaled.entries()) {
        const value = journey.scores[i];
        if (value === undefined) continue;
        // the group is named by its question (aria-labelledby); the question's text is outside the group's element
        const group = page.getByRole('radiogroup', { name: q.text[language] });
        await group.getByRole('radio', { name: nf.format(value), exact: true }).check();
      }
      const comment = survey.questions.find((q) => q.scale === 'free-text');
      if (comment) await page.getByLabel(comment.text[language], { exact: false }).fill(journey.remark);
      await checkScreen(page, name('02-answered'));

      // 3. Sent: thanked in their language.
      await page.getByRole('button', { name: messages['feedback.survey.send'] }).click();
      await page.getByTestId('survey-answered').waitFor();
      expect(await page.getByTestId('survey-answered').textContent()).toContain(messages['feedback.survey.done']);
      await checkScreen(page, name('03-thanks'));

      // 4. The link is single use: opened again, it says so in both languages.
      await page.goto(link);
      await page.locator('[data-testid="survey-notice"][data-status="409"]').waitFor();
      const notice = await page.getByTestId('survey-notice').textContent();
      expect(notice).toContain(ar['feedback.survey.answered']);
      expect(notice).toContain(en['feedback.survey.answered']);
      await checkScreen(page, name('04-used'));
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
