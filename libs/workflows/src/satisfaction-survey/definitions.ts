// Names shared by the satisfaction survey's workflow, its worker (apps/feedback) and the code that starts
// or signals it (docs/adr/0041). Free of Node built-ins: the workflow bundle imports this file.
import { defineSignal } from '@temporalio/workflow';
import type { SurveySubject } from '@athar/contracts';

// The feedback service's task queue (feedbackTaskQueue) is named with the complaint workflow's definitions.

export interface SatisfactionSurveyInput {
  tenantId: string;
  surveyId: string;
  /** The survey's case or inquiry (since SatisfactionSurveySent v2; the workflow itself reads neither). */
  subject?: SurveySubject;
  /** Workflows started before the subject was named carry the case id; nothing reads it. */
  caseId?: string;
  /** ISO instants from SatisfactionSurveySent. */
  remindAt: string;
  closesAt: string;
}

export type SurveyStanding = 'open' | 'answered' | 'closed';

export interface SatisfactionSurveyActivities {
  /** Issues a fresh link (only its hash is kept) and sends it on the applicant's channel; 'open' unless answered or closed. */
  sendSurveyInvitation(input: { tenantId: string; surveyId: string }): Promise<SurveyStanding>;
  /** At remindAt: appends SatisfactionSurveyReminded and sends a fresh link, unless answered or closed. */
  remindSurvey(input: { tenantId: string; surveyId: string; firedAt: string }): Promise<SurveyStanding>;
  /** At closesAt: appends SatisfactionSurveyExpired unless answered. */
  closeSurvey(input: { tenantId: string; surveyId: string; firedAt: string }): Promise<SurveyStanding>;
}

/** The survey was answered: nothing is left to remind of. */
export const surveyAnsweredSignal = defineSignal('surveyAnswered');

/** One workflow per survey: starting it twice is refused by Temporal. */
export function satisfactionSurveyWorkflowId(tenantId: string, surveyId: string): string {
  return `satisfaction-survey/${tenantId}/${surveyId}`;
}
