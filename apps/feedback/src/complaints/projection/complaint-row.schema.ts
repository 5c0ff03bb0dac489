import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * A complaint as the queues and figures show it: never the complainant's contact, never the text,
 * never a client address (they stay sealed in the stream, docs/adr/0042). `routing` and
 * `concernedStaffId` decide who may list it (libs/domain/feedback visibility).
 */
@Schema({ collection: 'complaints', versionKey: false })
export class ComplaintRow {
  /** `${tenantId}:${complaintId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) complaintId!: string;
  @Prop({ required: true }) reference!: string;
  @Prop({ required: true }) channel!: string;
  @Prop({ required: true }) categoryId!: string;
  @Prop({ required: true }) priority!: string;
  @Prop({ required: true }) routing!: string;
  @Prop({ required: true }) concernsKind!: string;
  @Prop({ type: String, default: null }) concernsId!: string | null;
  /** The member of staff a remark is about (routing executive-director), else null. */
  @Prop({ type: String, default: null }) concernedStaffId!: string | null;
  @Prop({ type: String, default: null }) serviceId!: string | null;
  @Prop({ type: String, default: null }) department!: string | null;
  @Prop({ required: true }) anonymous!: boolean;
  @Prop({ required: true }) status!: string;
  /** open, at-risk, breached, resolved, resolved-late, closed */
  @Prop({ required: true }) serviceLevel!: string;
  @Prop({ type: String, default: null }) assignee!: string | null;
  @Prop({ required: true }) round!: number;
  @Prop({ required: true }) filedAt!: Date;
  @Prop({ required: true }) acknowledgedAt!: Date;
  @Prop({ required: true }) acknowledgeBy!: Date;
  @Prop({ required: true }) resolveBy!: Date;
  @Prop({ type: Date, default: null }) resolvedAt!: Date | null;
  @Prop({ required: true }) breached!: boolean;
  @Prop({ required: true }) escalated!: boolean;
  @Prop({ type: String, default: null }) issueId!: string | null;
  @Prop({ type: Number, default: null }) rating!: number | null;
  @Prop({ required: true }) revision!: number;
}
export const ComplaintRowSchema = SchemaFactory.createForClass(ComplaintRow);
/** Keyset orders (docs/adr/0029): nearest deadline first for the queues; the similar-complaints count. */
ComplaintRowSchema.index({ tenantId: 1, resolveBy: 1, complaintId: 1 });
ComplaintRowSchema.index({ tenantId: 1, categoryId: 1, serviceId: 1, filedAt: 1 });
