import type { Channel } from '../envelope';
import type { CaseScoped, DomainEvent } from './event';

/** v1, released with the walking skeleton. Never edit; add v2 plus an upcaster instead. */
export interface ApplicationSubmittedV1 extends CaseScoped {
  serviceId: string;
  channel: Channel;
  beneficiaryType: 'direct' | 'indirect';
  applicant: { fullName: string; nationalId: string; mobile: string };
  submittedAt: string;
  /** The tenant policy version the case was started under; the case stays on it. */
  policyVersion: number;
  /** The review window promised to the applicant at submission. */
  reviewWindow: { days: number; counting: 'calendar' | 'working' };
  expectedResponseBy: string;
}
export type ApplicationSubmitted = DomainEvent<'ApplicationSubmitted', ApplicationSubmittedV1, 1>;
