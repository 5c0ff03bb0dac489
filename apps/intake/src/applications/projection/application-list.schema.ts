import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One row per application in the staff queue, draft or submitted: the fields it is filtered and sorted
 * by, and for a draft what its checklist is made of. No personal data: field names and document types
 * only (personal fields stay encrypted in the event store, docs/adr/0013).
 */
@Schema({ collection: 'applications', versionKey: false })
export class ApplicationListEntry {
  /** `${tenantId}:${caseId}`. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  caseId!: string;

  /** The number the applicant was given (a draft has one from creation): how staff follow a request up by number. Absent on rows projected before it was kept. */
  @Prop({ type: String })
  caseNumber?: string;

  /** `draft` until registration completes, then `submitted`. */
  @Prop({ required: true })
  status!: string;

  @Prop({ required: true })
  channel!: string;

  @Prop({ required: true })
  serviceId!: string;

  /** When the request was first recorded (drafted); rows written before drafts were listed fall back to submittedAt. */
  @Prop({ type: Date })
  createdAt?: Date;

  @Prop({ type: Date })
  submittedAt?: Date;

  @Prop({ type: Date })
  expectedResponseBy?: Date;

  /** When anything last happened to the request (drafted, completed, a document attached, submitted): how long a draft has waited. */
  @Prop({ type: Date })
  lastActivityAt?: Date;

  /** The queue's order (newest first) and cursor: when the request entered its current status (drafted, or submitted). */
  @Prop({ type: Date, required: true })
  queuedAt!: Date;

  /** The applicant account that opened the request, or null when staff recorded it: an applicant lists only their own. */
  @Prop({ type: String })
  ownerUserId?: string | null;

  /** Names of the service's requirable applicant fields that were given (birthDate, idExpiry, nationalAddress). */
  @Prop({ type: [String], default: undefined })
  providedFields?: string[];

  /** Types of the documents attached. */
  @Prop({ type: [String], default: undefined })
  documents?: string[];

  /**
   * The committee's latest decision (committee-review's ApplicationAccepted / ApplicationRejected), as the
   * applicant is told it: the status shown is this decision's outcome once there is one (`reconsidering`
   * while a reconsideration asked for is undecided). Kept beside
   * `status` (intake's own) so that a replay of intake's events in any order with the committee's never
   * turns a decided request back into a submitted one.
   */
  @Prop({ type: Object })
  decision?: ApplicationDecision;

  /** The round of the latest reconsideration the applicant asked for (ReconsiderationRequested): asking removes the earlier round's decision; the round's own decision sets it again. */
  @Prop({ type: Number })
  reconsiderationRound?: number;

  @Prop({ required: true })
  lastPosition!: number;
}

export interface ApplicationDecision {
  outcome: 'accepted' | 'rejected';
  /** 1 for the first review, 2 and up for reconsiderations: a later round's decision replaces an earlier one, never the reverse. */
  round: number;
  decidedAt: Date;
  /** The reasons given, Arabic and English (the tenant's list). */
  reasons: Array<{ ar: string; en: string }>;
  /** Until when a refusal may be reconsidered; null when the tenant offers none after this round (and on an acceptance). */
  reconsiderationUntil: Date | null;
}

// No defaults: an upsert must not fill in ownerUserId (set once, by the event that opens the case).
export const ApplicationListEntrySchema = SchemaFactory.createForClass(ApplicationListEntry);
ApplicationListEntrySchema.index({ tenantId: 1, queuedAt: -1, caseId: -1 });
ApplicationListEntrySchema.index({ tenantId: 1, status: 1, queuedAt: -1, caseId: -1 });
