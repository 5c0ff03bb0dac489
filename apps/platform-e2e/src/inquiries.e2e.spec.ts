import { eventually, newNationalId, outboxSearch, PlatformUnderTest, SURVEY_DAY_MS } from './platform-under-test';

jest.setTimeout(90_000);

// This file alone uses the tenant "general-assembly-002" (and environment-madinah for the one association offering email).
describe('inquiries to the social-research officer (000/001/002 step 3)', () => {
  const platform = PlatformUnderTest.current();
  const tenant = 'general-assembly-002';
  let staff: string;
  let researcher: string;

  const call = (method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${platform.url('intake')}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const openInquiry = async (): Promise<string> => {
    const response = await call('POST', '/inquiries', staff, {
      channel: 'phone',
      question: 'ما المستندات المطلوبة؟',
      contact: { name: 'خالد', mobile: '0500000001' },
    });
    expect(response.status).toBe(201);
    const { inquiryId } = (await response.json()) as { inquiryId: string };
    await eventually(async () => ((await call('GET', `/inquiries/${inquiryId}`, researcher)).status === 200 ? true : undefined));
    return inquiryId;
  };

  beforeAll(async () => {
    staff = await platform.token(tenant, ['relations-officer']);
    researcher = await platform.token(tenant, ['social-researcher']);
  });

  it('puts the inquiry in the officer queue, and the officer answers it once', async () => {
    const inquiryId = await openInquiry();
    const queue = (await (await call('GET', '/inquiries?status=open', researcher)).json()) as { items: Array<{ inquiryId: string }> };
    expect(queue.items.map((i) => i.inquiryId)).toContain(inquiryId);
    const read = await call('GET', `/inquiries/${inquiryId}`, researcher);
    expect(read.headers.get('etag')).toBe('"0"');

    const answered = await call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer: 'الهوية الوطنية والعنوان الوطني.' }, { 'if-match': '"0"' });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ inquiryId, status: 'answered', revision: 1 });
    const again = await call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer: 'مرة أخرى' }, { 'if-match': '"1"' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('inquiry-already-answered');
  });

  it('lets exactly one of two officers answering the same revision win (optimistic concurrency)', async () => {
    const inquiryId = await openInquiry();
    const both = await Promise.all(
      ['الجواب الأول', 'الجواب الثاني'].map((answer) => call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer }, { 'if-match': '"0"' })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('requires If-Match, the officer role, and the same tenant', async () => {
    const inquiryId = await openInquiry();
    expect((await call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer: 'x' })).status).toBe(422);
    expect((await call('POST', `/inquiries/${inquiryId}/answer`, staff, { answer: 'x' }, { 'if-match': '0' })).status).toBe(403);
    const other = await platform.token('awj', ['social-researcher']);
    expect((await call('GET', `/inquiries/${inquiryId}`, other)).status).toBe(404);
    expect((await call('POST', `/inquiries/${inquiryId}/answer`, other, { answer: 'x' }, { 'if-match': '0' })).status).toBe(404);
  });

  describe('the answer reaches the person who asked', () => {
    const randomMobile = () => `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const e164 = (mobile: string) => `+966${mobile.slice(1)}`;
    interface Sent {
      items: Array<{ channel: string; recipient: string; body: string }>;
    }

    const answer = async (inquiryId: string, text: string, token: string) => {
      const answered = await call('POST', `/inquiries/${inquiryId}/answer`, token, { answer: text }, { 'if-match': '"0"' });
      expect(answered.status).toBe(200);
    };

    it('sends the answer by SMS to the mobile the person left, with their question', async () => {
      const mobile = randomMobile();
      const question = `هل يلزم العنوان الوطني؟ (${Date.now()})`;
      const opened = await call('POST', '/inquiries', staff, { channel: 'phone', question, contact: { name: 'نوف', mobile } });
      expect(opened.status).toBe(201);
      const { inquiryId } = (await opened.json()) as { inquiryId: string };
      await answer(inquiryId, 'نعم، يلزم العنوان الوطني المختصر.', researcher);

      // the answer itself (the satisfaction survey's link follows it to the same phone: docs/adr/0041)
      const { value: received } = await eventually(async () => {
        const sent = (await (await outboxSearch(platform, staff, e164(mobile))).json()) as Sent;
        const answers = sent.items.filter((m) => m.body.includes(question));
        return answers.length > 0 ? answers : undefined;
      });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ channel: 'sms', recipient: e164(mobile) });
      expect(received[0].body).toContain('نعم، يلزم العنوان الوطني المختصر.');
      expect(received[0].body).toContain(question);
    });

    it('sends the answer by email when the inquiry came by email with an address, and not by SMS', async () => {
      const madinah = await platform.token('environment-madinah', ['relations-officer']);
      const madinahResearcher = await platform.token('environment-madinah', ['social-researcher']);
      const address = `inquirer-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
      const mobile = randomMobile();
      const opened = await call('POST', '/inquiries', madinah, {
        channel: 'email',
        question: 'متى تبدأ حملة التشجير؟',
        contact: { name: 'لمى', mobile, email: address },
      });
      expect(opened.status).toBe(201);
      const { inquiryId } = (await opened.json()) as { inquiryId: string };
      await answer(inquiryId, 'تبدأ الحملة في الأسبوع الأول من الشهر القادم.', madinahResearcher);

      // the answer itself (the satisfaction survey's link follows it by email: docs/adr/0041)
      const { value: mails } = await eventually(async () => {
        const inbox = (await platform.mailTo(address)).filter((m) => m.subject.includes('إجابة استفسارك'));
        return inbox.length > 0 ? inbox : undefined;
      });
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toContain('إجابة استفسارك');
      expect(mails[0].text).toContain('تبدأ الحملة في الأسبوع الأول من الشهر القادم.');
      expect(mails[0].text).toContain('متى تبدأ حملة التشجير؟');
      const sms = (await (await outboxSearch(platform, madinah, e164(mobile))).json()) as Sent;
      expect(sms.items).toEqual([]);
    });

    it('shows the researcher who asked only for a stated purpose, and logs the read for the auditor', async () => {
      const mobile = randomMobile();
      const opened = await call('POST', '/inquiries', staff, { channel: 'website', question: 'كيف أحدّث بياناتي؟', contact: { name: 'هيفاء', mobile } });
      const { inquiryId, hasContact } = (await opened.json()) as { inquiryId: string; hasContact: boolean };
      expect(hasContact).toBe(true);
      const withoutPurpose = await call('GET', `/inquiries/${inquiryId}/contact`, researcher);
      expect(withoutPurpose.status).toBe(422);
      expect(((await withoutPurpose.json()) as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual(['X-Purpose']);

      const read = await call('GET', `/inquiries/${inquiryId}/contact`, researcher, undefined, { 'x-purpose': 'case-handling' });
      expect(read.status).toBe(200);
      expect(await read.json()).toEqual({ inquiryId, name: 'هيفاء', mobile: e164(mobile), email: null, replyChannel: 'sms', personalDataErasedAt: null });
      // Reading who asked does not change the inquiry: it is answered with the revision read before.
      await answer(inquiryId, 'من بوابة الجمعية، قسم بياناتي.', researcher);

      const auditor = await platform.token(tenant, ['auditor']);
      const log = (await (await call('GET', `/inquiries/${inquiryId}/contact-reads`, auditor)).json()) as { items: Array<Record<string, string>> };
      expect(log.items).toEqual([{ readBy: expect.any(String), role: 'social-researcher', purpose: 'case-handling', readAt: expect.any(String) }]);
      expect((await call('GET', `/inquiries/${inquiryId}/contact`, auditor, undefined, { 'x-purpose': 'audit' })).status).toBe(403);
      const stranger = await platform.token('awj', ['auditor']);
      expect((await call('GET', `/inquiries/${inquiryId}/contact-reads`, stranger)).status).toBe(404);
    });

    it('refuses a channel the association does not offer, naming the field, and records nothing', async () => {
      const question = `سؤال عبر البريد ${Date.now()}`;
      const refused = await call('POST', '/inquiries', staff, { channel: 'email', question, contact: { email: 'someone@example.org' } });
      expect(refused.status).toBe(422);
      const body = (await refused.json()) as { fields: Array<{ field: string; reasons: Array<{ ar: string; en: string }> }> };
      expect(body.fields).toEqual([{ field: 'channel', reasons: [{ ar: 'القناة لا تقدمها الجمعية', en: expect.stringContaining('channel not offered') }] }]);
      // A later inquiry is in the queue, the refused one never is.
      const later = await openInquiry();
      const queue = (await (await call('GET', '/inquiries?limit=100', researcher)).json()) as { items: Array<{ inquiryId: string; question: string }> };
      expect(queue.items.map((i) => i.inquiryId)).toContain(later);
      expect(queue.items.map((i) => i.question)).not.toContain(question);
    });

    it('erasing the person erases the answer sent to them too (sealed with the inquiry key)', async () => {
      const mobile = randomMobile();
      const opened = await call('POST', '/inquiries', staff, { channel: 'phone', question: 'هل البرنامج مجاني؟', contact: { name: 'أروى', mobile } });
      const { inquiryId } = (await opened.json()) as { inquiryId: string };
      await answer(inquiryId, 'نعم، البرنامج مجاني.', researcher);
      await eventually(async () => (((await (await outboxSearch(platform, staff, e164(mobile))).json()) as Sent).items.length > 0 ? true : undefined));
      await eventually(async () => ((await call('GET', `/inquiries/${inquiryId}`, researcher)).status === 200 ? true : undefined));

      const admin = await platform.token(tenant, ['tenant-admin']);
      const erased = await call('POST', '/beneficiaries/personal-data/erasure', admin, { nationalId: newNationalId(), mobile, reason: 'beneficiary-request' });
      expect(erased.status).toBe(200);
      expect(((await erased.json()) as { inquiries: Array<{ keyId: string }> }).inquiries.map((i) => i.keyId)).toEqual([`inquiry:${inquiryId}`]);
      const sent = (await (await outboxSearch(platform, staff, e164(mobile))).json()) as Sent;
      // the answer, and the satisfaction survey's link if it left before the erasure (sealed with the same key)
      expect(sent.items.length).toBeGreaterThanOrEqual(1);
      expect(sent.items).toEqual(sent.items.map(() => expect.objectContaining({ recipient: '[erased]', body: '[erased]' })));
      const contact = (await (await call('GET', `/inquiries/${inquiryId}/contact`, researcher, undefined, { 'x-purpose': 'case-handling' })).json()) as Record<
        string,
        unknown
      >;
      expect(contact).toMatchObject({ name: '[erased]', mobile: '[erased]', replyChannel: null });
    });
  });

  describe('a satisfaction survey after the answer (docs/adr/0041)', () => {
    const SURVEY_LINK = /\/([A-Za-z0-9_-]{43})(?:\s|$)/;
    const feedback = (path: string, body?: unknown) =>
      fetch(`${platform.url('feedback')}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    it("reaches the inquirer's phone by SMS with a single-use link and one reminder; the answer is taken once, the link refused after (409)", async () => {
      const mobile = `05${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const opened = await call('POST', '/inquiries', staff, { channel: 'phone', question: 'هل الدورات مجانية؟', contact: { name: 'مها', mobile } });
      expect(opened.status).toBe(201);
      const { inquiryId } = (await opened.json()) as { inquiryId: string };
      await eventually(async () => ((await call('GET', `/inquiries/${inquiryId}`, researcher)).status === 200 ? true : undefined));
      const answered = await call('POST', `/inquiries/${inquiryId}/answer`, researcher, { answer: 'نعم، كلها مجانية.' }, { 'if-match': '"0"' });
      expect(answered.status).toBe(200);

      // What the inquirer's phone receives: the answer, the survey's invitation, and two survey days later one reminder, each with its own link.
      const { value: surveys } = await eventually(
        async () => {
          const sent = (await (await outboxSearch(platform, staff, `+966${mobile.slice(1)}`)).json()) as { items: Array<{ body: string }> };
          const links = sent.items.map((m) => m.body).filter((b) => SURVEY_LINK.test(b));
          return links.length >= 2 ? links : undefined;
        },
        2 * SURVEY_DAY_MS + 120_000,
      );
      const invitation = surveys.find((b) => b.includes('نرجو تقييم الخدمة'))!;
      const reminder = surveys.find((b) => b.includes('تذكير'))!;
      const [first, second] = [SURVEY_LINK.exec(invitation)![1]!, SURVEY_LINK.exec(reminder)![1]!];
      expect(first).not.toBe(second);

      // The public page, no login: the inquiry survey's questions, nothing about the inquiry or the person.
      const page = await feedback(`/public/surveys/${first}`);
      expect(page.status).toBe(200);
      const survey = (await page.json()) as { title: { en: string }; questions: Array<{ id: string }> };
      expect(survey.title.en).toBe('Satisfaction with the answer to an inquiry');
      expect(survey.questions.map((q) => q.id)).toEqual(['overall', 'comment']);
      expect(JSON.stringify(survey)).not.toMatch(new RegExp(`${inquiryId}|${mobile.slice(1)}`));

      const answer = await feedback(`/public/surveys/${first}/answer`, { scores: { overall: 5 }, texts: { comment: 'رد سريع وواضح' } });
      expect(answer.status).toBe(201);
      // One answer per survey: the same link again, or the reminder's, is refused.
      for (const token of [first, second]) {
        const again = await feedback(`/public/surveys/${token}/answer`, { scores: { overall: 1 } });
        expect(again.status).toBe(409);
        expect(((await again.json()) as { code: string }).code).toBe('survey-already-answered');
      }
    }, 300_000);
  });
});
