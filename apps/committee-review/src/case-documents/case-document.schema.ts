import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CaseDocumentStatus } from '@athar/domain-committee-review';

/**
 * A case's supporting document as the committee learns it from eligibility's events (Tuwaiq 6-2): a vote
 * waits until the service's required documents are verified.
 */
@Schema({ collection: 'committee_case_documents', versionKey: false })
export class CaseDocument {
  /** `${tenantId}:${caseId}:${documentId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) caseId!: string;
  @Prop({ required: true }) documentId!: string;
  @Prop({ required: true }) documentType!: string;
  @Prop({ type: String, required: true }) status!: CaseDocumentStatus['status'];
  /** Global position of the last event applied (a redelivered or older event changes nothing). */
  @Prop({ required: true }) lastPosition!: number;
}
export const CaseDocumentSchema = SchemaFactory.createForClass(CaseDocument);
CaseDocumentSchema.index({ tenantId: 1, caseId: 1 });
