import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ReachCorrection } from '@athar/domain-intake';

/**
 * One reach figure: a content item's reach on a channel over a period, as it stands (Tuwaiq 2-2). Rebuilt
 * from the item's stream on each of its events, so a correction replaces the value and a redelivery
 * changes nothing; the report sums the figures as they stand.
 */
@Schema({ collection: 'reach_figures', versionKey: false })
export class ReachEntry {
  /** `${tenantId}:${contentItemId}:${channel}:${periodStart}:${periodEnd}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) contentItemId!: string;
  @Prop({ required: true }) serviceId!: string;
  @Prop({ required: true }) channel!: string;
  @Prop({ required: true }) count!: number;
  @Prop({ required: true }) periodStart!: Date;
  @Prop({ required: true }) periodEnd!: Date;
  @Prop({ required: true }) recordedBy!: string;
  @Prop({ required: true }) recordedAt!: Date;
  /** Every correction, oldest first: from, to, who, why, when. */
  @Prop({ type: [Object], default: [] }) corrections!: ReachCorrection[];
  /** Revision of the content item's stream last applied. */
  @Prop({ required: true }) lastPosition!: number;
}

export const ReachEntrySchema = SchemaFactory.createForClass(ReachEntry);
ReachEntrySchema.index({ tenantId: 1, periodStart: 1 });
