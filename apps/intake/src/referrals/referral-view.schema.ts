import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * A referral as one tenant sees it: the referring one (outgoing) sees its target and the outcome; the
 * receiving one (incoming) sees only the consented data. Two rows, each keyed by its own tenant.
 */
@Schema({ collection: 'referrals', versionKey: false })
export class ReferralView {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) referralId!: string;
  @Prop({ required: true }) direction!: 'outgoing' | 'incoming';
  @Prop({ required: true }) status!: string;
  @Prop({ type: Object, required: true }) counterpart!: Record<string, unknown>;
  @Prop({ required: true }) requestedService!: string;
  @Prop({ required: true }) reason!: string;
  /** The consented data, its fields sealed with the referral's data key (ADR 0013). */
  @Prop({ type: Object, default: {} }) sharedData!: Record<string, unknown>;
  @Prop({ type: String, default: null }) decisionReason!: string | null;
  /**
   * Keyed hash of the person's national ID (ADR 0008), to find the referral when the person is erased:
   * the referring side's from its event, the receiving side's only when the ID was among the consented data.
   */
  @Prop({ type: String, default: null }) personKey!: string | null;
  /** When the shared data was erased (its data key destroyed), on this side. */
  @Prop({ type: Date, default: null }) personalDataErasedAt!: Date | null;
  /** When the referral was made (the referring side's list is ordered by it, newest first). */
  @Prop({ type: Date, default: null }) referredAt!: Date | null;
  /** When the referral reached the receiving side (its list is ordered by it, newest first); null on the referring side. */
  @Prop({ type: Date, default: null }) receivedAt!: Date | null;
  @Prop({ required: true }) revision!: number;
  @Prop({ required: true }) lastPosition!: number;
  @Prop({ required: true }) updatedAt!: Date;
}

export const ReferralViewSchema = SchemaFactory.createForClass(ReferralView);
ReferralViewSchema.index({ tenantId: 1, direction: 1, updatedAt: -1 });
ReferralViewSchema.index({ tenantId: 1, personKey: 1 });
ReferralViewSchema.index({ tenantId: 1, direction: 1, referredAt: -1, referralId: -1 });
ReferralViewSchema.index({ tenantId: 1, direction: 1, receivedAt: -1, referralId: -1 });

export const referralViewId = (tenantId: string, referralId: string, direction: 'outgoing' | 'incoming'): string => `${tenantId}:${direction}:${referralId}`;
