import type { Bilingual } from '../errors';
import type { CaseScoped } from './event';

export interface ReviewOpenedV1 extends CaseScoped {
  serviceId: string;
  submittedAt: string;
  openedAt: string;
  /** Submission plus the tenant's review window (000/001/002 step 5). */
  deadline: string;
  reviewWindow: { days: number; counting: 'calendar' | 'working' };
}

export interface ReviewDeadlineBreachedV1 extends CaseScoped {
  /** The instant the committee had to answer by: the breach is a fact about this instant (ADR 0016). */
  deadline: string;
  /** When the timeline recorded it (the deadline itself, unless its worker or the store was down). */
  breachedAt: string;
  /**
   * Optional, absent in breaches recorded before the decision: set when the breach is recorded after a
   * decision that came after the deadline (the timeline could not run at the deadline). Readers keep
   * the case decided and do not tell the applicant the answer is late (they already have it).
   */
  decidedLate?: { decision: 'accepted' | 'rejected'; decidedAt: string };
}

// ---- The committee's votes and decision, reconsideration, the timeline's reminders and
// escalation, and the service-delivery record that acceptance opens. ----

export type Vote = 'accept' | 'reject';
/** A member's role on the committee (tenant policy): the chair breaks ties; the secretary does not vote. */
export type CommitteeRole = 'chair' | 'member' | 'secretary';

/** A reason a member gives, from the tenant's list, told to the applicant in Arabic and English. */
export interface DecisionReason {
  id: string;
  text: Bilingual;
}

/** A member declared a conflict of interest on the case: they cannot vote on it (any round). */
export interface ConflictOfInterestDeclaredV1 extends CaseScoped {
  committeeId: string;
  memberId: string;
  note: string;
  declaredAt: string;
}

export interface VoteCastV1 extends CaseScoped {
  committeeId: string;
  /** 1 for the first review, 2 and up for reconsiderations. */
  round: number;
  memberId: string;
  role: CommitteeRole;
  vote: Vote;
  reason: DecisionReason;
  /** The member's own words for the file (not sent to the applicant). */
  note: string | null;
  castAt: string;
}

/** The tally that decided a round: how many voted each way, and whether the chair broke a tie. */
export interface Tally {
  accept: number;
  reject: number;
  quorum: number;
  tieBrokenByChair: boolean;
}

export interface ApplicationAcceptedV1 extends CaseScoped {
  committeeId: string;
  round: number;
  decidedAt: string;
  tally: Tally;
  /** The reasons of the votes on the winning side, each once. */
  reasons: DecisionReason[];
}

export interface ApplicationRejectedV1 extends CaseScoped {
  committeeId: string;
  round: number;
  decidedAt: string;
  tally: Tally;
  reasons: DecisionReason[];
  /** Until when the applicant may ask for reconsideration (null: the tenant offers none after this round). */
  reconsiderationUntil: string | null;
}

/** A rejected applicant asked to be reviewed again: a new round under the same timeline rules. */
export interface ReconsiderationRequestedV1 extends CaseScoped {
  round: number;
  requestedAt: string;
  grounds: string;
  /** requestedAt + the tenant's review window. */
  deadline: string;
  reviewWindow: { days: number; counting: 'calendar' | 'working' };
}

/** The timeline reminded the committee at one of the tenant's points (e.g. 50 %, 80 % of the window). */
export interface ReviewReminderSentV1 extends CaseScoped {
  committeeId: string;
  round: number;
  percent: number;
  deadline: string;
  remindedAt: string;
}

/** At the deadline with no decision, the case goes to the executive director. */
export interface ReviewEscalatedV1 extends CaseScoped {
  round: number;
  to: 'executive-director';
  deadline: string;
  escalatedAt: string;
}

/** Acceptance completes registration and opens the record of the service delivered (common steps 6, 7). */
export interface ServiceDeliveryOpenedV1 extends CaseScoped {
  serviceId: string;
  programme: Bilingual;
  startsOn: string;
  endsOn: string;
  openedAt: string;
}

/** The programme's end: the feedback service measures satisfaction from here (Tuwaiq 2-2, goals). */
export interface ServiceDeliveryEndedV1 extends CaseScoped {
  serviceId: string;
  endsOn: string;
  endedAt: string;
}
