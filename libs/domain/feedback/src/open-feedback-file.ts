import type { ApplicationSubmittedV1, FeedbackFileOpenedV1 } from '@athar/contracts';

/**
 * Every direct beneficiary's case gets a feedback file at submission, so a complaint or suggestion can
 * be filed from the first day and the satisfaction survey attaches at programme end (seeds: "measure
 * satisfaction"; Tuwaiq 5-9).
 */
export function openFeedbackFile(file: { recorded: boolean }, application: ApplicationSubmittedV1, now: Date): FeedbackFileOpenedV1 | null {
  if (file.recorded) return null;
  return { caseId: application.caseId, serviceId: application.serviceId, openedAt: now.toISOString() };
}
