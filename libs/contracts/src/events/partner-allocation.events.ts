import type { CaseScoped } from './event';

/** A case counted toward a service's demand, which the needs study reads (Tuwaiq, partner allocation 2). */
export interface ServiceDemandRecordedV1 extends CaseScoped {
  serviceId: string;
  recordedAt: string;
}

/** Who the partner is: an association on the platform (a tenant) or an outside body staff recorded. */
export type PartnerRef = { kind: 'tenant'; tenantId: string; name: { ar: string; en: string } } | { kind: 'outside'; name: { ar: string; en: string } };

/** A Saudi administrative region and one of its governorates (libs/domain/partner-allocation's list). */
export interface PartnerRegion {
  regionId: string;
  governorateId: string;
}

/**
 * A partner association's formal request for a service of the allocating association's catalogue
 * (Tuwaiq, distributing services to partner associations, 1), stored in the allocating tenant's
 * stream (docs/adr/0038). The contact is personal data, sealed with the request's data key.
 */
export interface PartnerRequestSubmittedV1 {
  partnerRequestId: string;
  serviceId: string;
  partner: PartnerRef;
  expectedBeneficiaries: number;
  objectives: string[];
  region: PartnerRegion;
  /** The partner's licence number with the National Center for the Non-Profit Sector. */
  licenceNumber: string;
  scopeOfWork: string;
  contact: { name: string; mobile: string; email: string | null };
  /** Who submitted it: the partner's own account (its tenant) or the allocating association's staff. */
  submittedBy: { tenantId: string; userId: string; role: string };
  submittedAt: string;
  /** When the needs study is due (submission + the policy's study window). */
  studyDeadline: string;
}

/** The assessor was reminded of a needs study still open at a point of its window (percent). */
export interface NeedsStudyReminderSentV1 {
  partnerRequestId: string;
  percent: number;
  remindedAt: string;
}

/** The needs study was not done by its deadline. */
export interface NeedsStudyDeadlineBreachedV1 {
  partnerRequestId: string;
  deadline: string;
  breachedAt: string;
}

/** One factor of the policy scored in a needs study (Tuwaiq, partner allocation 2). */
export interface NeedsStudyFactorScore {
  factorId: string;
  score: number;
  maxScore: number;
  /** Document ids in the document store supporting the score. */
  evidence: string[];
  note: string | null;
}

/** The needs study of a partner request, scored factor by factor by its assessor. */
export interface NeedsStudyCompletedV1 {
  partnerRequestId: string;
  factors: NeedsStudyFactorScore[];
  total: number;
  maxTotal: number;
  assessedBy: string;
  completedAt: string;
  /** Whether it was completed after its deadline. */
  late: boolean;
}
