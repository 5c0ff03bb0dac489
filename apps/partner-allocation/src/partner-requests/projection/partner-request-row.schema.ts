import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Bilingual, NeedsStudyFactorScore } from '@athar/contracts';

/**
 * A partner request as the lists show it, without personal data (the contact stays sealed in the
 * stream). Keyed by the allocating tenant; `partnerTenantId` lets a partner tenant list its own
 * requests (docs/adr/0038).
 */
@Schema({ collection: 'partner_requests', versionKey: false })
export class PartnerRequestRow {
  /** `${tenantId}:${partnerRequestId}` */
  @Prop({ type: String, required: true }) _id!: string;
  /** The allocating association. */
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) partnerRequestId!: string;
  @Prop({ required: true }) partnerKind!: 'tenant' | 'outside';
  /** The partner tenant when the partner is on the platform; null for an outside body. */
  @Prop({ type: String, default: null }) partnerTenantId!: string | null;
  @Prop({ type: Object, required: true }) partnerName!: Bilingual;
  @Prop({ required: true }) serviceId!: string;
  @Prop({ required: true }) regionId!: string;
  @Prop({ required: true }) governorateId!: string;
  @Prop({ required: true }) expectedBeneficiaries!: number;
  @Prop({ required: true }) stage!: string;
  @Prop({ required: true }) submittedAt!: Date;
  @Prop({ required: true }) studyDeadline!: Date;
  @Prop({ type: [Number], default: [] }) remindersSent!: number[];
  @Prop({ type: Object, default: null }) study!: {
    factors: NeedsStudyFactorScore[];
    total: number;
    maxTotal: number;
    assessedBy: string;
    completedAt: string;
    late: boolean;
  } | null;
  /** Revision of the stream last applied. */
  @Prop({ required: true }) revision!: number;
}
export const PartnerRequestRowSchema = SchemaFactory.createForClass(PartnerRequestRow);
/** Keyset orders (docs/adr/0029): newest first for the list, nearest deadline first for the studies due. */
PartnerRequestRowSchema.index({ tenantId: 1, submittedAt: -1, partnerRequestId: -1 });
PartnerRequestRowSchema.index({ tenantId: 1, stage: 1, studyDeadline: 1, partnerRequestId: 1 });
PartnerRequestRowSchema.index({ partnerTenantId: 1, submittedAt: -1, partnerRequestId: -1 });
