import type { Bilingual } from '../errors';
import type { PartnerRef } from './partner-allocation.events';

// An allocation round (Tuwaiq, distributing services to partner associations, 3): a service's capacity
// shared among the studied partner requests when the round closes, by the method of ADR 0037. Its
// events stay in partner-allocation (internal, ADR 0032): the service reads them from its store.

/** What the round's capacity counts: seats on a programme, sessions, or money in halalas (1 SAR = 100). */
export type RoundUnit = 'seat' | 'session' | 'halala';

/** The empowerment team set a round up: its service, capacity and the instants it opens and closes. */
export interface AllocationRoundScheduledV1 {
  roundId: string;
  serviceId: string;
  unit: RoundUnit;
  /** Whole units of `unit`. */
  capacity: number;
  /** Units a request asks per expected beneficiary (a request asks expectedBeneficiaries × this). */
  unitsPerBeneficiary: number;
  opensAt: string;
  closesAt: string;
  scheduledBy: string;
  scheduledAt: string;
}

export interface AllocationRoundOpenedV1 {
  roundId: string;
  openedAt: string;
}

export interface AllocationRoundClosedV1 {
  roundId: string;
  closedAt: string;
}

/** A studied request the round left out, and why (e.g. the partner's other request is in the round). */
export interface RoundExclusion {
  partnerRequestId: string;
  reason: Bilingual;
}

/**
 * The allocation computed from the studied requests (at close, or recomputed by the team while a
 * proposal): `input` is the method's whole input and `allocation` its whole output with every
 * request's explanation (libs/domain/partner-allocation AllocationRoundInput / RoundAllocation), kept
 * as recorded so the proposal reads the same after the method or policy change.
 */
export interface AllocationProposedV1 {
  roundId: string;
  input: Record<string, unknown>;
  allocation: Record<string, unknown>;
  /** Who each request's partner is, by request id (the allocation names partners by id only). */
  partners: Array<{ partnerRequestId: string; partner: PartnerRef }>;
  excluded: RoundExclusion[];
  /** null when computed at the round's close; the user id when recomputed. */
  proposedBy: string | null;
  proposedAt: string;
}

/** The board session that approved a result, dated in both calendars (as the eligibility policies record approval). */
export interface RoundApproval {
  session: string;
  gregorianDate: string;
  hijriDate: string;
}

/** The executive director or the board approved the proposal: from now on the round's result is final. */
export interface AllocationRoundApprovedV1 {
  roundId: string;
  approval: RoundApproval;
  approvedBy: { userId: string; role: 'executive-director' | 'board-member' };
  approvedAt: string;
}
