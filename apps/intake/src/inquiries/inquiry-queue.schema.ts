import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The social-research officer's queue: one row per inquiry, newest first. */
@Schema({ collection: 'inquiries', versionKey: false })
export class InquiryQueueEntry {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) inquiryId!: string;
  @Prop({ required: true }) status!: 'open' | 'answered';
  @Prop({ required: true }) channel!: string;
  @Prop({ required: true }) question!: string;
  /** Whether the person left contact details; the details themselves stay, encrypted, in the InquiryOpened event. */
  @Prop({ required: true }) hasContact!: boolean;
  /** HMAC of the contact mobile under the tenant's key (ADR 0013, amended): to find the inquiry when its person is erased. */
  @Prop({ type: String, default: null }) contactDigest?: string | null;
  /** When the contact details were erased (the inquiry's data key destroyed). */
  @Prop({ type: Date, default: null }) personalDataErasedAt?: Date | null;
  @Prop({ required: true }) openedAt!: Date;
  @Prop({ type: String }) answer?: string | null;
  @Prop({ type: String }) answeredBy?: string | null;
  @Prop({ type: Date }) answeredAt?: Date | null;
  /** Stream revision: the value of If-Match when answering. */
  @Prop({ required: true }) revision!: number;
  @Prop({ required: true }) lastPosition!: number;
}

export const InquiryQueueEntrySchema = SchemaFactory.createForClass(InquiryQueueEntry);
InquiryQueueEntrySchema.index({ tenantId: 1, status: 1, openedAt: -1 });
InquiryQueueEntrySchema.index({ tenantId: 1, contactDigest: 1 });
