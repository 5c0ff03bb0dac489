import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One task in a role's queue: a document to verify (services officer or social researcher, Tuwaiq 6-2)
 * or a beneficiary whose eligibility lapsed at the periodic review (social researcher, Tuwaiq 6-4).
 */
@Schema({ collection: 'work_items', versionKey: false })
export class WorkItem {
  /** `${tenantId}:${kind}:${caseId}:${subject}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) kind!: 'document-verification' | 'eligibility-lapsed';
  @Prop({ required: true }) role!: 'services-officer' | 'social-researcher';
  @Prop({ required: true }) status!: 'open' | 'done';
  @Prop({ required: true }) caseId!: string;
  @Prop({ type: String }) documentId?: string | null;
  @Prop({ type: String }) documentType?: string | null;
  @Prop({ required: true }) reason!: string;
  @Prop({ type: [Object], default: [] }) details!: Array<{ ar: string; en: string }>;
  @Prop({ required: true }) openedAt!: Date;
  @Prop({ type: Date }) dueBy?: Date | null;
  @Prop({ type: Object }) outcome?: { decision: string; by: string; at: string; method?: string; reason?: string | null; validUntil?: string | null } | null;
  @Prop({ required: true }) lastPosition!: number;
}

export const WorkItemSchema = SchemaFactory.createForClass(WorkItem);
WorkItemSchema.index({ tenantId: 1, role: 1, status: 1, dueBy: 1, openedAt: 1 });
