import { createHash } from 'node:crypto';
import { DomainError, streamId, type SurveySubject } from '@athar/contracts';
import { evolveSurvey, initialSurvey, type SurveyEvent, type SurveyState } from '@athar/domain-feedback';
import type { Aggregate } from '@athar/service-kit';

export type SurveyEventType = SurveyEvent['type'];

export const surveyStreamId = (tenantId: string, surveyId: string): string => streamId('feedback', 'satisfaction-survey', tenantId, surveyId);

export const surveyAggregate: Aggregate<SurveyState, SurveyEventType> = {
  initialState: initialSurvey(),
  evolve: (state, event) => evolveSurvey(state, { type: event.type, data: event.data } as SurveyEvent),
};

/**
 * One survey per subject and definition: its id is derived from both, so a redelivered trigger meets the
 * first survey's stream. A case's survey keeps the id it always had (the case id alone); an inquiry's names its kind.
 */
export function surveyIdFor(tenantId: string, subject: SurveySubject, definitionId: string): string {
  const about = subject.kind === 'case' ? subject.id : `${subject.kind}:${subject.id}`;
  const hex = createHash('sha256').update(`satisfaction-survey:${tenantId}:${about}:${definitionId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What a forged, unknown or malformed link answers: 404 and nothing more (no tenant, no survey, no case). */
export const linkNotFound = (): DomainError => new DomainError('survey-link-not-found', 'not-found', { ar: 'الرابط غير صالح', en: 'This link is not valid' });
