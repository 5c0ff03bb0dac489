import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { GivenAttributes } from '@athar/domain-eligibility';

/**
 * What the eligibility service knows of each case to judge it again: the declared attributes as given
 * (birth date, not age, so age is judged as of the review), and where the case stands. Used by the
 * periodic review (Tuwaiq 6-4) and by the what-if comparison of a draft policy version.
 */
@Schema({ collection: 'eligibility_beneficiaries', versionKey: false })
export class Beneficiary {
  /** `${tenantId}:${caseId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) caseId!: string;
  /** The number staff know the case by (from ApplicationSubmitted); absent on rows projected before it was kept. */
  @Prop({ type: String }) caseNumber?: string | null;
  @Prop({ required: true }) serviceId!: string;
  @Prop({ required: true }) submittedAt!: Date;
  @Prop({ type: Object, required: true }) applicant!: GivenAttributes;
  /** The decision as it stands (assessed, or overridden by a researcher); null until assessed. */
  @Prop({ type: String }) outcome?: 'eligible' | 'not-eligible' | null;
  /** The committee accepted the request (a beneficiary); false after a rejection, until a later round accepts. */
  @Prop({ type: Boolean }) accepted?: boolean | null;
  /** The latest periodic review's result, if any. */
  @Prop({ type: String }) standing?: 'confirmed' | 'lapsed' | null;
  @Prop({ required: true }) lastPosition!: number;
}

export const BeneficiarySchema = SchemaFactory.createForClass(Beneficiary);
BeneficiarySchema.index({ tenantId: 1, outcome: 1, accepted: 1, caseId: 1 });
