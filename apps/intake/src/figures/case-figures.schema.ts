import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One row per case, for the aggregate figures only (docs/adr/0036 director's area): the channel and
 * the instants of the case's milestones, each set by its own event, so the stage can be told whatever
 * order intake's, eligibility's and committee-review's topics deliver them in. No personal data, no
 * case number: the figures are counts and durations.
 */
@Schema({ collection: 'case_figures', versionKey: false })
export class CaseFigure {
  /** `${tenantId}:${caseId}`. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true, index: true })
  tenantId!: string;

  @Prop({ required: true })
  caseId!: string;

  @Prop({ type: String })
  channel?: string | null;

  @Prop({ type: String })
  serviceId?: string | null;

  @Prop({ type: Date })
  draftedAt?: Date | null;

  @Prop({ type: Date })
  submittedAt?: Date | null;

  /** When the case was first recorded: drafted, or submitted with no draft (what the from/to filters of the stage figures use). */
  @Prop({ type: Date })
  receivedAt?: Date | null;

  @Prop({ type: Date })
  assessedAt?: Date | null;

  @Prop({ type: Date })
  reviewOpenedAt?: Date | null;

  /** The end of the review window the case was given (submission plus the window, ReviewOpened). */
  @Prop({ type: Date })
  reviewDeadline?: Date | null;

  /** The submission instant the window counts from, as the review carried it. */
  @Prop({ type: Date })
  windowStart?: Date | null;

  /** The standing decision (latest round). */
  @Prop({ type: String })
  decision?: 'accepted' | 'refused' | null;

  @Prop({ type: Number })
  decisionRound?: number | null;

  /** The first round's decision: what the time to decision measures. */
  @Prop({ type: Date })
  firstDecidedAt?: Date | null;

  @Prop({ type: Number })
  reconsiderationRound?: number | null;

  @Prop({ type: Date })
  deliveryOpenedAt?: Date | null;
}

export const CaseFigureSchema = SchemaFactory.createForClass(CaseFigure);
