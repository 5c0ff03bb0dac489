import type { Bilingual } from '../errors';

// A memorandum of understanding / implementation agreement between the allocating association and a
// partner (Tuwaiq, distributing services to partner associations, 4): both parties' responsibilities,
// the allocation, the reporting schedule and the term. Its events stay in partner-allocation (internal).

/** Who the partner is: another association on the platform (its tenant) or an outside body staff recorded. */
export type AgreementPartner = { kind: 'tenant'; tenantId: string; name: Bilingual } | { kind: 'outside'; name: Bilingual; licenceNumber: string };

/** What the round allocated to the partner, in the round's integer unit (money in halalas). */
export interface AgreementAllocation {
  serviceId: string;
  units: number;
  unit: 'seats' | 'sessions' | 'halalas';
}

/** How often the partner reports its impact (Tuwaiq, partner allocation 5), and how long after a period ends a report is due. */
export interface ReportingSchedule {
  every: 'month' | 'quarter' | 'half-year' | 'year';
  dueDaysAfterPeriod: number;
}

export interface PartnerAgreementDraftedV1 {
  agreementId: string;
  /** The partner request and the allocation round the agreement carries out. */
  requestId: string;
  roundId: string;
  partner: AgreementPartner;
  allocation: AgreementAllocation;
  responsibilities: { allocator: Bilingual[]; partner: Bilingual[] };
  reporting: ReportingSchedule;
  /** The term, as calendar dates (YYYY-MM-DD, Riyadh). */
  term: { startsOn: string; endsOn: string };
  /** The tenant's template it was drafted from. */
  template: { id: string; version: number };
  draftedBy: string;
  draftedAt: string;
}

export interface PartnerAgreementSentV1 {
  agreementId: string;
  sentBy: string;
  sentAt: string;
  /** Both signatures are due by this instant; after it the agreement lapses (terminated, signature-deadline-passed). */
  signBy: string;
}

/** Who signed for one side, and in what capacity (e.g. chair of the board, executive director). */
export interface Signatory {
  userId: string | null;
  name: string;
  capacity: string;
}

export interface PartnerAgreementSignedV1 {
  agreementId: string;
  party: 'allocator' | 'partner';
  signatory: Signatory;
  signedAt: string;
}

/** Both parties signed: the agreement is in force, and its impact reports are due on these dates. */
export interface PartnerAgreementTookEffectV1 {
  agreementId: string;
  inForceFrom: string;
  reportsDue: string[];
}

/** The term ran out. */
export interface PartnerAgreementEndedV1 {
  agreementId: string;
  endsOn: string;
  endedAt: string;
}

export type AgreementTerminationCode = 'signature-deadline-passed' | 'partner-withdrew' | 'breach-of-terms' | 'mutual-consent';

export interface PartnerAgreementTerminatedV1 {
  agreementId: string;
  code: AgreementTerminationCode;
  reason: Bilingual;
  /** The user who ended it; null when the signature deadline did. */
  by: string | null;
  terminatedAt: string;
}
