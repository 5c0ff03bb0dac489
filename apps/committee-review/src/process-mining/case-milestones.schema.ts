import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One row per case for process mining (docs/adr/0050): the first instant of each milestone, each set by
 * its own integration event, whatever order the topics deliver them in. No personal data: the case
 * number, channel and service, and instants.
 */
@Schema({ collection: 'process_case_milestones', versionKey: false })
export class CaseMilestones {
  /** `${tenantId}:${caseId}`: the tenant in the key. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) caseId!: string;
  @Prop({ type: String }) caseNumber?: string | null;
  @Prop({ type: String }) channel?: string | null;
  @Prop({ type: String }) serviceId?: string | null;
  @Prop({ type: Date }) received?: Date | null;
  @Prop({ type: Date }) submitted?: Date | null;
  @Prop({ type: Date }) eligibilityDecided?: Date | null;
  @Prop({ type: Date }) reviewOpened?: Date | null;
  @Prop({ type: Date }) committeeDecided?: Date | null;
  @Prop({ type: Date }) deliveryOpened?: Date | null;
  @Prop({ type: Date }) deliveryEnded?: Date | null;
  @Prop({ type: Date }) surveyed?: Date | null;
  /** Eligibility found the case not eligible: its path ends there. */
  @Prop({ type: Boolean }) notEligible?: boolean | null;
  /** The committee's standing decision refused it (the latest round's): its path ends there. */
  @Prop({ type: Boolean }) refused?: boolean | null;
  @Prop({ type: Number }) decisionRound?: number | null;
  /** The earliest and latest milestone instants: what the month range selects on. */
  @Prop({ type: Date }) firstAt?: Date | null;
  @Prop({ type: Date }) lastAt?: Date | null;
}
export const CaseMilestonesSchema = SchemaFactory.createForClass(CaseMilestones);
CaseMilestonesSchema.index({ tenantId: 1, lastAt: 1 });
CaseMilestonesSchema.index({ lastAt: 1 });

/** The row's field of each milestone. */
export const MILESTONE_FIELDS = {
  received: 'received',
  submitted: 'submitted',
  'eligibility-decided': 'eligibilityDecided',
  'review-opened': 'reviewOpened',
  'committee-decided': 'committeeDecided',
  'delivery-opened': 'deliveryOpened',
  'delivery-ended': 'deliveryEnded',
  surveyed: 'surveyed',
} as const;
