import type { CaseScoped } from './event';
import type { ERASED } from './personal-fields';

// Satisfaction surveys and content ratings (feedback; seeds "Goals every policy states", Tuwaiq 2-2, 5-9;
// docs/adr/0041). The survey names its subject (since v2: the case, or the inquiry it follows), the link
// only its hash; the one personal field is the answer's free-text remark (it may name the person), sealed
// with the subject's data key (`case:<id>` or `inquiry:<id>`).

/**
 * Whom a survey is about, and whose data key seals its remark: a case (programme end) or an inquiry
 * (after its answer). Erasing that subject erases the remark; the scores stay.
 */
export interface SurveySubject {
  kind: 'case' | 'inquiry';
  id: string;
}

/** The data key a survey's personal fields are sealed with: the subject's (`case:<id>`, `inquiry:<id>`). */
export const surveySubjectKeyId = (subject: SurveySubject): string => `${subject.kind}:${subject.id}`;

/**
 * v1 → v2 of Sent, LinkIssued, Reminded, Expired (v2 → v3 of Answered): the case id becomes the subject
 * (a v1 survey was always about a case). Stored events stay as written; readers see the new version.
 */
export function upcastSurveyCaseToSubject(data: unknown): unknown {
  const { caseId, ...rest } = data as CaseScoped & Record<string, unknown>;
  return { ...rest, subject: { kind: 'case', id: caseId } satisfies SurveySubject };
}

/** A survey opened for a case (its programme ended): what it concerns, and its reminder and closing instants. */
export interface SatisfactionSurveySentV1 extends CaseScoped {
  surveyId: string;
  /** The survey definition in the tenant's policy, and the policy version it was taken from. */
  definitionId: string;
  policyVersion: number;
  trigger: 'service-delivery-ended' | 'complaint-closed' | 'inquiry-answered';
  serviceId: string;
  department: string;
  /** The channel the case came through (the dashboards' channel dimension). */
  channel: string;
  /** The staff member the survey's staff questions are about, when one is known; null otherwise. */
  staffId: string | null;
  sentAt: string;
  remindAt: string;
  closesAt: string;
}

/** A link to the survey went to the applicant: only the SHA-256 of its random token is kept. */
export interface SatisfactionSurveyLinkIssuedV1 extends CaseScoped {
  surveyId: string;
  tokenHash: string;
  purpose: 'invitation' | 'reminder';
  channel: 'sms' | 'email';
  issuedAt: string;
}

/** The one reminder went (unanswered at remindAt). */
export interface SatisfactionSurveyRemindedV1 extends CaseScoped {
  surveyId: string;
  remindedAt: string;
}

/**
 * The answer as first released (v1): scale answers and free text by question id, the text in clear.
 * Read as v2 (upcastSurveyAnsweredV1).
 */
export interface SatisfactionSurveyAnsweredV1 extends CaseScoped {
  surveyId: string;
  definitionId: string;
  serviceId: string;
  department: string;
  channel: string;
  staffId: string | null;
  scores: Record<string, number>;
  texts: Record<string, string>;
  answeredAt: string;
}

/**
 * The answer (v2): scale answers by question id; the free-text remarks by question id are personal data
 * (a remark may name the person) sealed with the case's data key (personal-fields.ts): once the case is
 * erased they read "[erased]" while the scores stay. `remarkIds` (clear) says which questions had one.
 * `remarks` is absent when no free text was given.
 */
export interface SatisfactionSurveyAnsweredV2 extends CaseScoped {
  surveyId: string;
  definitionId: string;
  serviceId: string;
  department: string;
  channel: string;
  staffId: string | null;
  scores: Record<string, number>;
  remarkIds: string[];
  remarks?: Record<string, string> | typeof ERASED;
  answeredAt: string;
}

/** v1 → v2: the clear texts become the remarks (stored v1 events stay as written; readers see v2). */
export function upcastSurveyAnsweredV1(data: unknown): unknown {
  const { texts, ...rest } = data as SatisfactionSurveyAnsweredV1;
  const remarkIds = Object.keys(texts ?? {});
  return { ...rest, remarkIds, ...(remarkIds.length > 0 ? { remarks: texts } : {}) };
}

/** Closed unanswered at closesAt: its links answer 410 from then on. */
export interface SatisfactionSurveyExpiredV1 extends CaseScoped {
  surveyId: string;
  expiredAt: string;
}

/** v2: the survey names its subject (a case or an inquiry) in place of the case (upcastSurveyCaseToSubject). */
export type SatisfactionSurveySentV2 = Omit<SatisfactionSurveySentV1, 'caseId'> & { subject: SurveySubject };
export type SatisfactionSurveyLinkIssuedV2 = Omit<SatisfactionSurveyLinkIssuedV1, 'caseId'> & { subject: SurveySubject };
export type SatisfactionSurveyRemindedV2 = Omit<SatisfactionSurveyRemindedV1, 'caseId'> & { subject: SurveySubject };
export type SatisfactionSurveyExpiredV2 = Omit<SatisfactionSurveyExpiredV1, 'caseId'> & { subject: SurveySubject };
/** v3: the answer names the survey's subject in place of the case; its remarks are sealed with the subject's key. */
export type SatisfactionSurveyAnsweredV3 = Omit<SatisfactionSurveyAnsweredV2, 'caseId'> & { subject: SurveySubject };

/** An anonymous rating of a published content item by an indirect beneficiary (Tuwaiq 2-2): no person, only the item and channel. */
export interface ContentRatedV1 {
  ratingId: string;
  contentItemId: string;
  channel: string;
  rating: number;
  ratedAt: string;
}
