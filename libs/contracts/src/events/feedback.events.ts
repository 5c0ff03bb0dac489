import type { CaseScoped } from './event';

/** A case's feedback file: where its survey, complaints and suggestions will attach. */
export interface FeedbackFileOpenedV1 extends CaseScoped {
  serviceId: string;
  openedAt: string;
}
