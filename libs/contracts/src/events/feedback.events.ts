import type { CaseScoped, DomainEvent } from './event';

/** A case's feedback file: where its survey, complaints and suggestions will attach. */
export interface FeedbackFileOpenedV1 extends CaseScoped {
  serviceId: string;
  openedAt: string;
}
export type FeedbackFileOpened = DomainEvent<'FeedbackFileOpened', FeedbackFileOpenedV1, 1>;
