import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One row per ReachRecorded event (keyed by event id, so a redelivery changes nothing); summed on read. */
@Schema({ collection: 'reach', versionKey: false })
export class ReachEntry {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) contentItemId!: string;
  @Prop({ required: true }) serviceId!: string;
  @Prop({ required: true }) channel!: string;
  @Prop({ required: true }) count!: number;
  @Prop({ required: true }) periodStart!: Date;
  @Prop({ required: true }) periodEnd!: Date;
}

export const ReachEntrySchema = SchemaFactory.createForClass(ReachEntry);
ReachEntrySchema.index({ tenantId: 1, periodStart: 1 });
