import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { PartnerAgreementDto } from '../agreement.dto';

/**
 * An agreement as the lists show it: its view (no personal data: signatories act as their
 * associations' officers, docs/adr/0039), keyed by the allocating tenant; `partnerTenantId` lets a
 * partner tenant list its own agreements (docs/adr/0038).
 */
@Schema({ collection: 'partner_agreements', versionKey: false })
export class AgreementRow {
  /** `${tenantId}:${agreementId}` */
  @Prop({ type: String, required: true }) _id!: string;
  /** The allocating association. */
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) agreementId!: string;
  @Prop({ required: true }) state!: string;
  /** The partner tenant when the partner is on the platform; null for an outside body. */
  @Prop({ type: String, default: null }) partnerTenantId!: string | null;
  @Prop({ required: true }) draftedAt!: Date;
  @Prop({ type: Object, required: true }) view!: PartnerAgreementDto;
  /** Revision of the stream last applied. */
  @Prop({ required: true }) revision!: number;
}
export const AgreementRowSchema = SchemaFactory.createForClass(AgreementRow);
/** Keyset orders (docs/adr/0029): newest first, for the association (by state) and for the partner. */
AgreementRowSchema.index({ tenantId: 1, state: 1, draftedAt: -1, agreementId: -1 });
AgreementRowSchema.index({ tenantId: 1, draftedAt: -1, agreementId: -1 });
AgreementRowSchema.index({ partnerTenantId: 1, draftedAt: -1, agreementId: -1 });
