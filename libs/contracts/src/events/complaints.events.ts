/**
 * Complaints and suggestions (docs/adr/0042). A complaint lives in its own stream of the feedback
 * service (`feedback.complaint.<tenant>.<complaintId>`); the complainant's contact and the text are
 * personal data sealed with the complaint's own key (`complaint:<id>`); an anonymous complaint carries
 * no contact at all, and no event of this file carries a client address.
 */
import type { Bilingual } from '../errors';

export type ComplaintPriority = 'urgent' | 'high' | 'normal' | 'low';
/** What a complaint is about: a case, a service, a department, a member of staff, or nothing named. */
export interface ComplaintConcerns {
  kind: 'case' | 'service' | 'department' | 'staff' | 'none';
  /** The case id, service id, department slug or staff user id; null for `none`. */
  id: string | null;
}
/** Who sees it and who follows it up: everyone who handles complaints, the executive director alone (a remark about a member of staff, Environment Madinah), or the designated safeguarding role. */
export type ComplaintRouting = 'general' | 'executive-director' | 'safeguarding';

export interface ComplaintFiledV1 {
  complaintId: string;
  /** What the complainant quotes: PREFIX-C-HIJRIYEAR-XXXXXX. */
  reference: string;
  channel: string;
  categoryId: string;
  priority: ComplaintPriority;
  safeguarding: boolean;
  concerns: ComplaintConcerns;
  /** The service the complaint is about (given or the case's), for the general-issue count and the figures. */
  serviceId: string | null;
  department: string | null;
  text: string;
  anonymous: boolean;
  /** Null when anonymous; any part may be null. Sealed (PERSONAL_FIELDS). */
  complainant: { name: string | null; mobile: string | null; email: string | null } | null;
  /** The staff member who recorded it, or `public-link`. */
  filedBy: string;
  filedAt: string;
  routing: ComplaintRouting;
  /** SHA-256 of the single-use rating code given at acknowledgement (never the code). */
  ratingCodeHash: string;
}

export interface ComplaintAcknowledgedV1 {
  complaintId: string;
  reference: string;
  acknowledgedAt: string;
  /** The policy's acknowledgement deadline, for the figures (acknowledged at once, so always met). */
  acknowledgeBy: string;
  /** The resolution deadline: filing + the priority's working days (Sunday–Thursday, the tenant's holidays skipped). */
  resolveBy: string;
}

export interface ComplaintAssignedV1 {
  complaintId: string;
  assignee: string;
  assignedBy: string;
  assignedAt: string;
}

export interface ComplaintInvestigationStartedV1 {
  complaintId: string;
  by: string;
  startedAt: string;
}

export interface ComplaintResolvedV1 {
  complaintId: string;
  /** The answer told to the complainant (Arabic, then English). Sealed. */
  response: Bilingual;
  resolvedBy: string;
  resolvedAt: string;
  round: number;
  /** Resolved after its deadline, by the instants (ADR 0016). */
  late: boolean;
}

export interface ComplaintClosedV1 {
  complaintId: string;
  closedBy: string;
  closedAt: string;
}

export interface ComplaintReopenedV1 {
  complaintId: string;
  reason: string;
  reopenedBy: string;
  reopenedAt: string;
  round: number;
  resolveBy: string;
}

export interface ComplaintRatedV1 {
  complaintId: string;
  /** 1 (poor) to 5 (excellent): how the complaint was handled. */
  rating: number;
  comment: string | null;
  ratedAt: string;
}

export interface ComplaintReminderSentV1 {
  complaintId: string;
  round: number;
  percent: number;
  atRisk: boolean;
  firedAt: string;
}

export interface ComplaintServiceLevelBreachedV1 {
  complaintId: string;
  round: number;
  resolveBy: string;
  breachedAt: string;
}

export interface ComplaintEscalatedV1 {
  complaintId: string;
  to: 'executive-director';
  reason: 'breach' | 'safeguarding' | 'staff-remark';
  escalatedAt: string;
}

export interface ComplaintMarkedGeneralV1 {
  complaintId: string;
  issueId: string;
  /** The staff member who marked it, or `threshold` when the policy's count of similar complaints did. */
  markedBy: string;
  markedAt: string;
}

/** An issue of a general nature on the board's agenda (Environment Madinah). */
export interface GeneralIssueRaisedV1 {
  issueId: string;
  categoryId: string;
  serviceId: string | null;
  reason: 'threshold' | 'staff';
  complaintIds: string[];
  raisedAt: string;
}

export interface GeneralIssueComplaintLinkedV1 {
  issueId: string;
  complaintId: string;
  linkedAt: string;
}

export interface BoardSolutionRecordedV1 {
  issueId: string;
  /** The board's discussion, as minuted. */
  discussion: string;
  /** The solution decided, told to every complainant of the linked complaints. */
  solution: Bilingual;
  meetingDate: string;
  recordedBy: string;
  recordedAt: string;
}

/** Every complaint and board-agenda event (published on the feedback topic for its own projections and reactors). */
export const COMPLAINT_EVENT_TYPES = [
  'ComplaintFiled',
  'ComplaintAcknowledged',
  'ComplaintAssigned',
  'ComplaintInvestigationStarted',
  'ComplaintResolved',
  'ComplaintClosed',
  'ComplaintReopened',
  'ComplaintRated',
  'ComplaintReminderSent',
  'ComplaintServiceLevelBreached',
  'ComplaintEscalated',
  'ComplaintMarkedGeneral',
  'GeneralIssueRaised',
  'GeneralIssueComplaintLinked',
  'BoardSolutionRecorded',
] as const;
