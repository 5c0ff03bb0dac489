import { DomainError, type Bilingual, type Channel, type DomainEvent, type InquiryAnsweredV1, type InquiryOpenedV1 } from '@athar/contracts';
import { normalizeSaudiMobile, Problems } from './validation';

export type InquiryEvent = Extract<DomainEvent, { type: 'InquiryOpened' | 'InquiryAnswered' }>;

export interface InquiryState {
  status: 'none' | 'open' | 'answered';
}

export const initialInquiryState: InquiryState = { status: 'none' };

export function evolveInquiry(state: InquiryState, event: InquiryEvent): InquiryState {
  return event.type === 'InquiryOpened' ? { status: 'open' } : { status: 'answered' };
}

export interface OpenInquiry {
  inquiryId: string;
  channel: Channel;
  question: string;
  contact?: { name?: string | null; mobile?: string | null; email?: string | null };
}

/**
 * A person finds the procedure unclear and asks (000/001/002 step 3), on one of the channels the
 * association offers: a channel it does not offer is refused, with the field named, and nothing is
 * recorded. The mobile is kept in its E.164 form, so the answer reaches it.
 */
export function openInquiry(command: OpenInquiry, offeredChannels: readonly string[], now: Date): InquiryOpenedV1 {
  const problems = new Problems();
  if (!offeredChannels.includes(command.channel)) {
    problems.add('channel', 'القناة لا تقدمها الجمعية', `channel not offered by this association (it offers: ${offeredChannels.join(', ')})`);
  }
  const mobile = command.contact?.mobile ? normalizeSaudiMobile(command.contact.mobile, 'contact.mobile', problems) : null;
  const email = command.contact?.email ? command.contact.email.trim().toLowerCase() : null;
  if (!problems.empty) throw new DomainError('inquiry-refused', 'invalid', { ar: 'تعذر تسجيل الاستفسار', en: 'The inquiry cannot be recorded' }, problems.list);
  return {
    inquiryId: command.inquiryId,
    channel: command.channel,
    question: command.question.trim(),
    contact: { name: command.contact?.name?.trim() || null, mobile, email },
    openedAt: now.toISOString(),
  };
}

/**
 * Where the answer goes: by email when the inquiry came by email and left an address; otherwise by SMS
 * to the mobile left; an address alone (no mobile) still gets it by email. Null when the person left no
 * way to reach them, or their contact was erased.
 */
export function inquiryReplyRoute(opened: InquiryOpenedV1, erased: string, emailDeliverable = true): { channel: 'email' | 'sms'; to: string } | null {
  const usable = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '' && value !== erased;
  const { mobile } = opened.contact;
  // Without an SMTP server an address cannot be written to: the mobile, if one was left, gets the answer.
  const email = emailDeliverable ? opened.contact.email : null;
  if (opened.channel === 'email' && usable(email)) return { channel: 'email', to: email };
  if (usable(mobile)) {
    const normalized = normalizeSaudiMobile(mobile, 'contact.mobile', new Problems()); // recorded before it was normalized
    if (normalized) return { channel: 'sms', to: normalized };
  }
  if (usable(email)) return { channel: 'email', to: email };
  return null;
}

/** The answer as the person reads it: who answers, their question, the answer; Arabic with English beside it. */
export function inquiryAnswerMessage(association: Bilingual, question: string, answer: string): { subject: Bilingual; body: Bilingual } {
  return {
    subject: { ar: `إجابة استفسارك من ${association.ar}`, en: `The answer to your inquiry, from ${association.en}` },
    body: {
      ar: `سألتَ ${association.ar}: «${question}»\nالإجابة: ${answer}`,
      en: `You asked ${association.en}: "${question}"\nThe answer: ${answer}`,
    },
  };
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
