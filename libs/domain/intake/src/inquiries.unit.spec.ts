import { DomainError } from '@athar/contracts';
import { answerInquiry, evolveInquiry, type InquiryEvent } from './inquiries';

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
