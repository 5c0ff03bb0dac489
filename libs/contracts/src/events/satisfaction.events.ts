import type { CaseScoped } from './event';
import type { ERASED } from './personal-fields';

// Satisfaction surveys and content ratings (feedback; seeds "Goals every policy states", Tuwaiq 2-2, 5-9;
// docs/adr/0041). The survey names its case, the link only its hash; the one personal field is the
// answer's free-text remark (it may name the person), sealed with the case's data key since v2.

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

/** An anonymous rating of a published content item by an indirect beneficiary (Tuwaiq 2-2): no person, only the item and channel. */
export interface ContentRatedV1 {
  ratingId: string;
  contentItemId: string;
  channel: string;
  rating: number;
  ratedAt: string;
}
