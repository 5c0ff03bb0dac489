import type { CaseScoped } from './event';

// Satisfaction surveys and content ratings (feedback; seeds "Goals every policy states", Tuwaiq 2-2, 5-9;
// docs/adr/0041). None of these carries personal data: the survey names its case, the link only its hash.

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

/** The answer: scale answers by question id, free text by question id. No personal data of its own. */
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
