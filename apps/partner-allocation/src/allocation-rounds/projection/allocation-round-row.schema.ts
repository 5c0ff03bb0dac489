import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * A round as the list shows it, and what later rounds read of an approved one (who had a share: the
 * "served before" factor, and which requests are not allocated twice). Written after each of the
 * round's commands from its stream (its events are internal, ADR 0032); the newest revision wins.
 */
@Schema({ collection: 'allocation_rounds', versionKey: false })
export class AllocationRoundRow {
  /** `${tenantId}:${roundId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) roundId!: string;
  @Prop({ required: true }) serviceId!: string;
  @Prop({ required: true }) unit!: string;
  @Prop({ required: true }) capacity!: number;
  @Prop({ required: true }) status!: string;
  @Prop({ required: true }) opensAt!: Date;
  @Prop({ required: true }) closesAt!: Date;
  @Prop({ type: Date, default: null }) closedAt!: Date | null;
  @Prop({ type: Number, default: null }) requestCount!: number | null;
  @Prop({ type: Number, default: null }) allocated!: number | null;
  @Prop({ type: Date, default: null }) approvedAt!: Date | null;
  /** Once approved: each request with a share, and its partner's key (libs/domain partnerKey). */
  @Prop({ type: [Object], default: [] }) shares!: Array<{ partnerRequestId: string; partnerId: string; share: number }>;
  /** The partner tenants with a request in the proposal (`GET /allocation-rounds/mine` finds a partner's rounds by it, ADR 0038). */
  @Prop({ type: [String], default: [] }) partnerTenantIds!: string[];
  @Prop({ required: true }) revision!: number;
}
export const AllocationRoundRowSchema = SchemaFactory.createForClass(AllocationRoundRow);
/** Keyset order (docs/adr/0029): the nearest close first; and the approved rounds a close reads. */
AllocationRoundRowSchema.index({ tenantId: 1, closesAt: -1, roundId: -1 });
AllocationRoundRowSchema.index({ tenantId: 1, status: 1, serviceId: 1 });
/** A partner tenant's rounds at every association, latest close first. */
AllocationRoundRowSchema.index({ partnerTenantIds: 1, closesAt: -1, roundId: -1 });
