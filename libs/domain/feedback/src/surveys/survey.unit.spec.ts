import fc from 'fast-check';
import { DomainError, type SatisfactionSurveySentV2 } from '@athar/contracts';
import { answerSurvey, evolveSurvey, expireSurvey, initialSurvey, inquirySurveyCell, remindSurvey, type SurveyQuestionRule, type SurveyState } from './survey';

const questions: SurveyQuestionRule[] = [
  { id: 'overall', scale: 'csat', optional: false },
  { id: 'recommend', scale: 'nps', optional: false },
  { id: 'staff-courtesy', scale: 'csat', optional: true },
  { id: 'comment', scale: 'free-text', optional: true },
];
const sent: SatisfactionSurveySentV2 = {
  surveyId: 's1',
  subject: { kind: 'case', id: 'c1' },
  definitionId: 'programme-end',
  policyVersion: 1,
  trigger: 'service-delivery-ended',
  serviceId: 'member-service',
  department: 'member-services',
  channel: 'website',
  staffId: null,
  sentAt: '2026-12-01T00:00:00.000Z',
  remindAt: '2026-12-04T00:00:00.000Z',
  closesAt: '2026-12-15T00:00:00.000Z',
};
const open = (): SurveyState => evolveSurvey(initialSurvey(), { type: 'SatisfactionSurveySent', data: sent });
const at = (iso: string): Date => new Date(iso);
const refusal = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('not refused');
};

describe('a satisfaction survey (Tuwaiq 2-2; docs/adr/0041)', () => {
  it('takes one answer, then refuses the link with 409 survey-already-answered', () => {
    const answered = answerSurvey(open(), questions, { scores: { overall: 5, recommend: 9 }, texts: { comment: ' <b>good</b> ' } }, at('2026-12-02T00:00:00Z'));
    expect(answered).toMatchObject({ remarkIds: ['comment'], remarks: { comment: 'good' } });
    const after = evolveSurvey(open(), { type: 'SatisfactionSurveyAnswered', data: answered });
    const error = refusal(() => answerSurvey(after, questions, { scores: { overall: 1, recommend: 0 }, texts: {} }, at('2026-12-03T00:00:00Z')));
    expect([error.code, error.kind]).toEqual(['survey-already-answered', 'conflict']);
  });

  it('closes at closesAt: answering then is 410 survey-closed, and expiry is recorded once', () => {
    const error = refusal(() => answerSurvey(open(), questions, { scores: { overall: 5, recommend: 9 }, texts: {} }, at(sent.closesAt)));
    expect([error.code, error.kind]).toEqual(['survey-closed', 'gone']);
    expect(expireSurvey(open(), at('2026-12-14T23:59:59Z'))).toBeNull();
    const expired = expireSurvey(open(), at(sent.closesAt))!;
    expect(expireSurvey(evolveSurvey(open(), { type: 'SatisfactionSurveyExpired', data: expired }), at('2026-12-20T00:00:00Z'))).toBeNull();
  });

  it('reminds once, from remindAt, and never an answered survey', () => {
    expect(remindSurvey(open(), at('2026-12-03T23:59:59Z'))).toBeNull();
    const reminded = remindSurvey(open(), at(sent.remindAt))!;
    expect(remindSurvey(evolveSurvey(open(), { type: 'SatisfactionSurveyReminded', data: reminded }), at('2026-12-05T00:00:00Z'))).toBeNull();
    const answered = answerSurvey(open(), questions, { scores: { overall: 4, recommend: 7 }, texts: {} }, at('2026-12-02T00:00:00Z'));
    expect(remindSurvey(evolveSurvey(open(), { type: 'SatisfactionSurveyAnswered', data: answered }), at(sent.remindAt))).toBeNull();
  });

  it('refuses every out-of-scale score, unknown question and missing required answer with the field named', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -50, max: 0 }), fc.integer({ min: 6, max: 50 }), fc.double({ min: 1.01, max: 4.99, noInteger: true })), (bad) => {
        const error = refusal(() => answerSurvey(open(), questions, { scores: { overall: bad, recommend: 5 }, texts: {} }, at('2026-12-02T00:00:00Z')));
        expect(error.kind).toBe('invalid');
        expect(error.fields.map((f) => f.field)).toEqual(['scores.overall']);
      }),
    );
    const error = refusal(() => answerSurvey(open(), questions, { scores: { nope: 3 }, texts: { comment: 'x'.repeat(2001) } }, at('2026-12-02T00:00:00Z')));
    expect(error.fields.map((f) => f.field).sort()).toEqual(['scores.nope', 'scores.overall', 'scores.recommend', 'texts.comment']);
  });

  it('carries its subject into every fact: an inquiry survey reminds, answers and expires about the inquiry', () => {
    const inquiry = { kind: 'inquiry' as const, id: 'q1' };
    const state = evolveSurvey(initialSurvey(), { type: 'SatisfactionSurveySent', data: { ...sent, subject: inquiry, trigger: 'inquiry-answered' } });
    expect(remindSurvey(state, at(sent.remindAt))?.subject).toEqual(inquiry);
    expect(expireSurvey(state, at(sent.closesAt))?.subject).toEqual(inquiry);
    expect(answerSurvey(state, questions, { scores: { overall: 4, recommend: 7 }, texts: {} }, at('2026-12-02T00:00:00Z')).subject).toEqual(inquiry);
  });
});

describe("an inquiry survey's cell (docs/adr/0041)", () => {
  it("counts under the fixed inquiry service, the definition's department and the channel the inquiry came through", () => {
    expect(inquirySurveyCell({ department: 'customer-care' }, 'phone')).toEqual({ serviceId: 'inquiry', department: 'customer-care', channel: 'phone' });
  });

  it('counts an inquiry whose opening was never seen under the unknown channel, as a case without one does', () => {
    expect(inquirySurveyCell({ department: 'customer-care' }, null)).toEqual({ serviceId: 'inquiry', department: 'customer-care', channel: 'unknown' });
  });
});
