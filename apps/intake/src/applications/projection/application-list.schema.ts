import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One row per application in the staff queue: the fields it is filtered and sorted by. */
@Schema({ collection: 'applications', versionKey: false })
export class ApplicationListEntry {
  /** `${tenantId}:${caseId}`. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  tenantId!: string;

  @Prop({ required: true })
  caseId!: string;

  @Prop({ required: true })
  status!: string;

  @Prop({ required: true })
  channel!: string;

  @Prop({ required: true })
  serviceId!: string;

  @Prop({ required: true })
  submittedAt!: Date;

  @Prop({ required: true })
  expectedResponseBy!: Date;

  @Prop({ required: true })
  lastPosition!: number;
}

export const ApplicationListEntrySchema = SchemaFactory.createForClass(ApplicationListEntry);
ApplicationListEntrySchema.index({ tenantId: 1, submittedAt: -1, caseId: -1 });
