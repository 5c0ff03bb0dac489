import {
  DomainError,
  type Bilingual,
  type DomainEvent,
  type FieldProblem,
  type SatisfactionSurveyAnsweredV3,
  type SatisfactionSurveySentV2,
  type SurveySubject,
} from '@athar/contracts';

// A satisfaction survey's life (seeds "Goals every policy states"; Tuwaiq 2-2, 5-9; docs/adr/0041): sent
// at the programme's end (about the case) or after an inquiry's answer (about the inquiry), one reminder,
// one answer, closed at its closing instant. One life for both: only the subject and the cell differ.

/** The service an inquiry survey's answers count under: an inquiry names no service of the policy. */
export const INQUIRY_SERVICE_ID = 'inquiry';

/** A survey's dashboard cell apart from the month (service × department × channel; docs/adr/0041). */
export interface SurveyCell {
  serviceId: string;
  department: string;
  channel: string;
}

/**
 * The cell of a survey after an inquiry's answer: the fixed `inquiry` service, the definition's department,
 * and the channel the inquiry came through (from InquiryOpened). The k-threshold rules apply unchanged.
 */
export function inquirySurveyCell(definition: { department: string }, inquiryChannel: string | null): SurveyCell {
  return { serviceId: INQUIRY_SERVICE_ID, department: definition.department, channel: inquiryChannel ?? 'unknown' };
}

export type SurveyEvent = Extract<
  DomainEvent,
  {
    type: 'SatisfactionSurveySent' | 'SatisfactionSurveyLinkIssued' | 'SatisfactionSurveyReminded' | 'SatisfactionSurveyAnswered' | 'SatisfactionSurveyExpired';
  }
>;

/** The part of a survey definition (the tenant's policy) the domain needs: its questions' ids and scales. */
export interface SurveyQuestionRule {
  id: string;
  scale: 'csat' | 'nps' | 'effort' | 'free-text';
  optional: boolean;
}

export const SCALE_RANGE = { csat: [1, 5], nps: [0, 10], effort: [1, 7] } as const;
/** Free text is kept to this many characters (a remark, not a document). */
export const MAX_TEXT_LENGTH = 2000;

export interface SurveyState {
  sent: SatisfactionSurveySentV2 | null;
  tokenHashes: string[];
  reminded: boolean;
  answeredAt: string | null;
  expiredAt: string | null;
}

export const initialSurvey = (): SurveyState => ({ sent: null, tokenHashes: [], reminded: false, answeredAt: null, expiredAt: null });

export function evolveSurvey(state: SurveyState, event: SurveyEvent): SurveyState {
  switch (event.type) {
    case 'SatisfactionSurveySent':
      return { ...state, sent: event.data };
    case 'SatisfactionSurveyLinkIssued':
      return { ...state, tokenHashes: [...state.tokenHashes, event.data.tokenHash] };
    case 'SatisfactionSurveyReminded':
      return { ...state, reminded: true };
    case 'SatisfactionSurveyAnswered':
      return { ...state, answeredAt: event.data.answeredAt };
    case 'SatisfactionSurveyExpired':
      return { ...state, expiredAt: event.data.expiredAt };
  }
}

export type SurveyStanding = 'open' | 'answered' | 'closed';

export function standingOf(state: SurveyState): SurveyStanding {
  if (state.answeredAt) return 'answered';
  if (state.expiredAt) return 'closed';
  return 'open';
}

const text = (ar: string, en: string): Bilingual => ({ ar, en });

/** Why a link no longer takes an answer: 409 answered (one answer per survey), 410 closed. */
export function linkRefusal(state: SurveyState, now: Date): DomainError | null {
  if (state.answeredAt) {
    return new DomainError(
      'survey-already-answered',
      'conflict',
      text('أُجيب عن هذا الاستبيان من قبل، ولكل استبيان إجابة واحدة', 'This survey was already answered; a survey takes one answer'),
    );
  }
  if (state.expiredAt || (state.sent && now.getTime() >= Date.parse(state.sent.closesAt))) {
    return new DomainError('survey-closed', 'gone', text('انتهت مدة هذا الاستبيان', 'This survey has closed'));
  }
  return null;
}

/** The one reminder, at or after remindAt, unless answered or closed. */
export function remindSurvey(state: SurveyState, now: Date): { surveyId: string; subject: SurveySubject; remindedAt: string } | null {
  if (!state.sent || state.reminded || standingOf(state) !== 'open') return null;
  if (now.getTime() < Date.parse(state.sent.remindAt) || now.getTime() >= Date.parse(state.sent.closesAt)) return null;
  return { surveyId: state.sent.surveyId, subject: state.sent.subject, remindedAt: now.toISOString() };
}

/** Closed at closesAt, unless answered. */
export function expireSurvey(state: SurveyState, now: Date): { surveyId: string; subject: SurveySubject; expiredAt: string } | null {
  if (!state.sent || standingOf(state) !== 'open' || now.getTime() < Date.parse(state.sent.closesAt)) return null;
  return { surveyId: state.sent.surveyId, subject: state.sent.subject, expiredAt: now.toISOString() };
}

export interface SurveyAnswerInput {
  scores: Record<string, unknown>;
  texts: Record<string, unknown>;
}

/** Checks an answer against the survey's questions: every reason per field, in Arabic and English. */
export function answerProblems(questions: readonly SurveyQuestionRule[], input: SurveyAnswerInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(input.scores)) {
    const question = byId.get(id);
    if (!question || question.scale === 'free-text') {
      problems.push({ field: `scores.${id}`, reasons: [text('ليس سؤالًا بمقياس في هذا الاستبيان', 'not a scale question of this survey')] });
      continue;
    }
    const [min, max] = SCALE_RANGE[question.scale];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      problems.push({ field: `scores.${id}`, reasons: [text(`عدد صحيح من ${min} إلى ${max}`, `a whole number from ${min} to ${max}`)] });
    }
  }
  for (const [id, value] of Object.entries(input.texts)) {
    const question = byId.get(id);
    if (!question || question.scale !== 'free-text') {
      problems.push({ field: `texts.${id}`, reasons: [text('ليس سؤالًا نصيًا في هذا الاستبيان', 'not a free-text question of this survey')] });
      continue;
    }
    if (typeof value !== 'string') problems.push({ field: `texts.${id}`, reasons: [text('نص', 'text')] });
    else if (value.length > MAX_TEXT_LENGTH) {
      problems.push({ field: `texts.${id}`, reasons: [text(`لا يزيد على ${MAX_TEXT_LENGTH} حرف`, `at most ${MAX_TEXT_LENGTH} characters`)] });
    }
  }
  for (const question of questions) {
    if (question.optional) continue;
    const given = question.scale === 'free-text' ? input.texts[question.id] : input.scores[question.id];
    if (given === undefined || given === null)
      problems.push({ field: `${question.scale === 'free-text' ? 'texts' : 'scores'}.${question.id}`, reasons: [text('مطلوب', 'required')] });
  }
  return problems;
}

/** Free text as kept: control characters and markup removed (it is shown to staff), trimmed. */
export function cleanText(value: string): string {
  return value
    .replace(/<[^>]*>/g, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** The answer, once: refused when answered or closed, or when a field is wrong. */
export function answerSurvey(state: SurveyState, questions: readonly SurveyQuestionRule[], input: SurveyAnswerInput, now: Date): SatisfactionSurveyAnsweredV3 {
  const sent = state.sent;
  if (!sent) throw new DomainError('survey-not-found', 'not-found', text('الرابط غير صالح', 'This link is not valid'));
  const refusal = linkRefusal(state, now);
  if (refusal) throw refusal;
  const problems = answerProblems(questions, input);
  if (problems.length > 0)
    throw new DomainError('invalid-survey-answer', 'invalid', text('الإجابة غير مكتملة أو غير صحيحة', 'The answer is incomplete or invalid'), problems);
  // The remarks are personal data (a remark may name the person): the event writer seals them with the subject's key.
  const remarks: Record<string, string> = {};
  for (const [id, value] of Object.entries(input.texts)) {
    const cleaned = cleanText(value as string);
    if (cleaned) remarks[id] = cleaned;
  }
  const remarkIds = Object.keys(remarks);
  return {
    surveyId: sent.surveyId,
    subject: sent.subject,
    definitionId: sent.definitionId,
    serviceId: sent.serviceId,
    department: sent.department,
    channel: sent.channel,
    staffId: sent.staffId,
    scores: input.scores as Record<string, number>,
    remarkIds,
    ...(remarkIds.length > 0 ? { remarks } : {}),
    answeredAt: now.toISOString(),
  };
}
