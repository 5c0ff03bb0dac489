import { DomainError } from '@athar/contracts';
import { answerInquiry, evolveInquiry, inquiryAnswerMessage, inquiryReplyRoute, openInquiry, type InquiryEvent } from './inquiries';

const opened: InquiryEvent = {
  type: 'InquiryOpened',
  data: { inquiryId: 'i-1', channel: 'phone', question: 'ما المستندات المطلوبة؟', contact: { name: null, mobile: null }, openedAt: '2026-11-22T07:00:00.000Z' },
};
const replay = (events: InquiryEvent[]) => events.reduce(evolveInquiry, { status: 'none' as const });
const now = new Date('2026-11-22T08:00:00Z');

describe('answerInquiry (000/001/002 step 3: the social-research officer explains the procedure)', () => {
  it('answers an open inquiry', () => {
    expect(answerInquiry(replay([opened]), 'i-1', '  الهوية والعنوان الوطني  ', 'researcher-1', now)).toEqual({
      inquiryId: 'i-1',
      answer: 'الهوية والعنوان الوطني',
      answeredBy: 'researcher-1',
      answeredAt: now.toISOString(),
    });
  });

  it('refuses a second answer as a conflict, and an unknown inquiry as not found', () => {
    const answered = replay([opened, { type: 'InquiryAnswered', data: answerInquiry(replay([opened]), 'i-1', 'a', 'r', now) }]);
    expect(() => answerInquiry(answered, 'i-1', 'b', 'r', now)).toThrow(expect.objectContaining({ kind: 'conflict' }) as DomainError);
    expect(() => answerInquiry(replay([]), 'i-1', 'b', 'r', now)).toThrow(expect.objectContaining({ kind: 'not-found' }) as DomainError);
  });
});

describe('openInquiry (on a channel the association offers) and where its answer goes', () => {
  const offered = ['phone', 'website', 'email'];

  it('refuses a channel the association does not offer, naming the field, in Arabic and English', () => {
    let refused: DomainError | undefined;
    try {
      openInquiry({ inquiryId: 'i-2', channel: 'email', question: 'سؤال' }, ['phone', 'website'], now);
    } catch (error) {
      refused = error as DomainError;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused?.kind).toBe('invalid');
    expect(refused?.fields).toEqual([{ field: 'channel', reasons: [{ ar: 'القناة لا تقدمها الجمعية', en: expect.stringContaining('channel not offered') }] }]);
  });

  it('keeps the mobile in E.164 and the email in lower case', () => {
    expect(
      openInquiry(
        { inquiryId: 'i-2', channel: 'email', question: ' سؤال ', contact: { name: ' ريم ', mobile: '0512345678', email: 'Reem@Example.org' } },
        offered,
        now,
      ),
    ).toEqual({
      inquiryId: 'i-2',
      channel: 'email',
      question: 'سؤال',
      contact: { name: 'ريم', mobile: '+966512345678', email: 'reem@example.org' },
      openedAt: now.toISOString(),
    });
  });

  it('answers by email when the inquiry came by email with an address, else by SMS to the mobile, and not at all without a contact', () => {
    const base = opened.data;
    expect(inquiryReplyRoute({ ...base, channel: 'email', contact: { name: null, mobile: '+966512345678', email: 'a@b.sa' } }, '[erased]')).toEqual({
      channel: 'email',
      to: 'a@b.sa',
    });
    expect(inquiryReplyRoute({ ...base, channel: 'phone', contact: { name: null, mobile: '0512345678', email: 'a@b.sa' } }, '[erased]')).toEqual({
      channel: 'sms',
      to: '+966512345678',
    });
    // No SMTP server: an email inquiry with a mobile is answered by SMS; with only an address, not at all (nothing to retry forever).
    expect(inquiryReplyRoute({ ...base, channel: 'email', contact: { name: null, mobile: '0512345678', email: 'a@b.sa' } }, '[erased]', false)).toEqual({
      channel: 'sms',
      to: '+966512345678',
    });
    expect(inquiryReplyRoute({ ...base, channel: 'email', contact: { name: null, mobile: null, email: 'a@b.sa' } }, '[erased]', false)).toBeNull();
    expect(inquiryReplyRoute({ ...base, channel: 'website', contact: { name: null, mobile: null, email: 'a@b.sa' } }, '[erased]')).toEqual({
      channel: 'email',
      to: 'a@b.sa',
    });
    expect(inquiryReplyRoute({ ...base, contact: { name: 'x', mobile: null } }, '[erased]')).toBeNull();
    expect(inquiryReplyRoute({ ...base, channel: 'email', contact: { name: '[erased]', mobile: '[erased]', email: '[erased]' } }, '[erased]')).toBeNull();
  });

  it('tells the question and the answer, in Arabic with English beside it', () => {
    const message = inquiryAnswerMessage({ ar: 'جمعية أوج', en: 'Awj' }, 'ما المستندات؟', 'الهوية');
    expect(message.body.ar).toContain('جمعية أوج');
    expect(message.body.ar).toContain('الهوية');
    expect(message.body.en).toContain('Awj');
  });
});
