import type { CaseScoped, DomainEvent } from './event';

export interface ReviewOpenedV1 extends CaseScoped {
  serviceId: string;
  submittedAt: string;
  openedAt: string;
  /** Submission plus the tenant's review window (000/001/002 step 5). */
  deadline: string;
  reviewWindow: { days: number; counting: 'calendar' | 'working' };
}
export type ReviewOpened = DomainEvent<'ReviewOpened', ReviewOpenedV1, 1>;

export interface ReviewDeadlineBreachedV1 extends CaseScoped {
  deadline: string;
  breachedAt: string;
}
export type ReviewDeadlineBreached = DomainEvent<'ReviewDeadlineBreached', ReviewDeadlineBreachedV1, 1>;
