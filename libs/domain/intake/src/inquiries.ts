import { DomainError, type InquiryAnsweredV1, type InquiryOpenedV1 } from '@athar/contracts';

export type InquiryEvent = { type: 'InquiryOpened'; data: InquiryOpenedV1 } | { type: 'InquiryAnswered'; data: InquiryAnsweredV1 };

export interface InquiryState {
  status: 'none' | 'open' | 'answered';
}

export function evolveInquiry(state: InquiryState, event: InquiryEvent): InquiryState {
  return event.type === 'InquiryOpened' ? { status: 'open' } : { status: 'answered' };
}

/**
 * The social-research officer answers an open inquiry once (000/001/002 step 3: the officer explains
 * the organisational side). A second answer is a conflict, not an overwrite: the first one was told.
 */
export function answerInquiry(state: InquiryState, inquiryId: string, answer: string, answeredBy: string, now: Date): InquiryAnsweredV1 {
  if (state.status === 'none') {
    throw new DomainError('inquiry-not-found', 'not-found', { ar: 'الاستفسار غير موجود', en: 'Inquiry not found' });
  }
  if (state.status === 'answered') {
    throw new DomainError('inquiry-already-answered', 'conflict', { ar: 'تمت الإجابة عن هذا الاستفسار من قبل', en: 'This inquiry has already been answered' });
  }
  return { inquiryId, answer: answer.trim(), answeredBy, answeredAt: now.toISOString() };
}
