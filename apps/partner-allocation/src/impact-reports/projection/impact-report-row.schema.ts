import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ImpactReportDto, PartnershipEvaluationDto } from '../impact-report.dto';

/**
 * One reporting period of an agreement as the queue shows it (no personal data), keyed by the allocating
 * tenant; `partnerTenantId` lets a partner tenant list its own (docs/adr/0038).
 */
@Schema({ collection: 'partner_impact_reports', versionKey: false })
export class ImpactReportRow {
  /** `${tenantId}:${reportId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) reportId!: string;
  @Prop({ required: true }) agreementId!: string;
  @Prop({ required: true }) period!: string;
  @Prop({ required: true }) status!: string;
  @Prop({ type: String, default: null }) partnerTenantId!: string | null;
  @Prop({ required: true }) partnerKey!: string;
  @Prop({ required: true }) overdueAt!: Date;
  @Prop({ type: Object, required: true }) view!: ImpactReportDto;
  /** The agreement's revision plus the reports stream's: both only grow, so a stale rebuild never wins. */
  @Prop({ required: true }) version!: number;
}
export const ImpactReportRowSchema = SchemaFactory.createForClass(ImpactReportRow);
/** Keyset order (docs/adr/0029): the earliest due first, by status, agreement or partner. */
ImpactReportRowSchema.index({ tenantId: 1, status: 1, period: 1, reportId: 1 });
ImpactReportRowSchema.index({ tenantId: 1, agreementId: 1, period: 1 });
ImpactReportRowSchema.index({ partnerTenantId: 1, period: 1, reportId: 1 });

/** A partner's evaluations, for the next round's "greatest impact" (its latest, by partnerKey). */
@Schema({ collection: 'partner_evaluations', versionKey: false })
export class PartnerEvaluationRow {
  /** `${tenantId}:${agreementId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) agreementId!: string;
  @Prop({ required: true }) partnerKey!: string;
  @Prop({ required: true }) overallScore!: number;
  @Prop({ required: true }) evaluatedAt!: Date;
  @Prop({ type: Object, required: true }) view!: PartnershipEvaluationDto;
}
export const PartnerEvaluationRowSchema = SchemaFactory.createForClass(PartnerEvaluationRow);
PartnerEvaluationRowSchema.index({ tenantId: 1, partnerKey: 1, evaluatedAt: -1 });
