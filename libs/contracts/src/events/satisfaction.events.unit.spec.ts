import { dataKeyIdFor } from './personal-fields';
import { eventUpcasting } from './registry';

// docs/adr/0041: since these versions a survey names its subject (a case or an inquiry) in place of the
// case; a survey written before always concerned a case, and reads so.
describe('survey events name their subject', () => {
  const caseSubject = { kind: 'case', id: 'case-1' };

  it.each([
    ['SatisfactionSurveySent', { surveyId: 's', caseId: 'case-1', definitionId: 'programme-end', remindAt: 'r', closesAt: 'c' }],
    ['SatisfactionSurveyLinkIssued', { surveyId: 's', caseId: 'case-1', tokenHash: 'h', purpose: 'invitation', channel: 'sms', issuedAt: 'i' }],
    ['SatisfactionSurveyReminded', { surveyId: 's', caseId: 'case-1', remindedAt: 'r' }],
    ['SatisfactionSurveyExpired', { surveyId: 's', caseId: 'case-1', expiredAt: 'e' }],
  ])('a v1 %s reads as v2 with the case as its subject', (type, data) => {
    const { caseId, ...rest } = data;
    expect(caseId).toBe('case-1');
    expect(eventUpcasting.upcast({ type, version: 1, data })).toEqual({ type, version: 2, data: { ...rest, subject: caseSubject } });
  });

  it('a v1 answer reads as v3: its texts become sealed remarks and its case the subject', () => {
    const v1 = { surveyId: 's', caseId: 'case-1', scores: { overall: 4 }, texts: { comment: 'شكرًا' }, answeredAt: 'a' };
    expect(eventUpcasting.upcast({ type: 'SatisfactionSurveyAnswered', version: 1, data: v1 }).data).toEqual({
      surveyId: 's',
      subject: caseSubject,
      scores: { overall: 4 },
      remarkIds: ['comment'],
      remarks: { comment: 'شكرًا' },
      answeredAt: 'a',
    });
  });

  it('a v2 answer reads as v3 with the case as its subject; a v3 one is left as it is', () => {
    const v2 = { surveyId: 's', caseId: 'case-1', scores: { overall: 4 }, remarkIds: [], answeredAt: 'a' };
    expect(eventUpcasting.upcast({ type: 'SatisfactionSurveyAnswered', version: 2, data: v2 }).data).toEqual({
      surveyId: 's',
      subject: caseSubject,
      scores: { overall: 4 },
      remarkIds: [],
      answeredAt: 'a',
    });
    const v3 = { type: 'SatisfactionSurveyAnswered', version: 3, data: { surveyId: 's', subject: { kind: 'inquiry', id: 'q-1' } } };
    expect(eventUpcasting.upcast(v3)).toEqual(v3);
  });

  it("seals an answer's remarks with its subject's key: the case's or the inquiry's", () => {
    expect(dataKeyIdFor('SatisfactionSurveyAnswered', { subject: caseSubject })).toBe('case:case-1');
    expect(dataKeyIdFor('SatisfactionSurveyAnswered', { subject: { kind: 'inquiry', id: 'q-1' } })).toBe('inquiry:q-1');
  });

  it('names no key for an answer without a known subject (the writer then refuses to store its remarks)', () => {
    expect(dataKeyIdFor('SatisfactionSurveyAnswered', { caseId: 'case-1' })).toBeNull();
    expect(dataKeyIdFor('SatisfactionSurveyAnswered', { subject: { kind: 'complaint', id: 'x' } })).toBeNull();
    expect(dataKeyIdFor('SatisfactionSurveyAnswered', { subject: { kind: 'inquiry', id: '' } })).toBeNull();
  });
});
