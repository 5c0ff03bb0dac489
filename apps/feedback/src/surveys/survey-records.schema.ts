import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { EncryptedField } from '@athar/contracts';
import type { Metric } from '@athar/domain-feedback';

/**
 * Where the survey link goes for a case or an inquiry: the person's reply route, SEALED with the subject's
 * data key (docs/adr/0013): erasing the subject's personal data destroys that key, and this record becomes
 * unreadable with it (the feedback service's part in erasure; docs/adr/0041). No clear personal data.
 */
@Schema({ collection: 'feedback_survey_contacts', versionKey: false })
export class SurveyContact {
  /** `${tenantId}:${caseId}` for a case, `${tenantId}:${kind}:${id}` for another subject (an inquiry). */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  /** A case's record (programme-end surveys). */
  @Prop({ type: String }) caseId?: string;
  /** Another subject's record (`inquiry` and its id; docs/adr/0041). */
  @Prop({ type: String }) subjectKind?: string;
  @Prop({ type: String }) subjectId?: string;
  /** base64 of the sealed `{channel, to}`. */
  @Prop({ required: true }) sealed!: string;
  /** The channel the case or inquiry came through (website, visit, phone, …): the dashboards' channel dimension. */
  @Prop({ required: true }) caseChannel!: string;
  /**
   * The staff member who recorded the request with the applicant (interview, phone, visit…), whom a survey's
   * `aboutStaff` question is about; null when the applicant applied on their own (the public link).
   */
  @Prop({ type: String, default: null }) servedBy!: string | null;
  @Prop({ required: true }) updatedAt!: Date;
}
export const SurveyContactSchema = SchemaFactory.createForClass(SurveyContact);

/** A link that was sent: only the SHA-256 of its token (docs/adr/0041). */
@Schema({ collection: 'feedback_survey_links', versionKey: false })
export class SurveyLink {
  /** The token's SHA-256, hex. */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) surveyId!: string;
  @Prop({ required: true }) issuedAt!: Date;
}
export const SurveyLinkSchema = SchemaFactory.createForClass(SurveyLink);

/** A survey sent, for the dashboards' response rate: its cell only. */
@Schema({ collection: 'feedback_surveys_sent', versionKey: false })
export class SurveySentRow {
  /** `${tenantId}:${surveyId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) serviceId!: string;
  @Prop({ required: true }) department!: string;
  @Prop({ required: true }) channel!: string;
  @Prop({ type: String, default: null }) staffId!: string | null;
  @Prop({ required: true }) month!: string;
}
export const SurveySentRowSchema = SchemaFactory.createForClass(SurveySentRow);
SurveySentRowSchema.index({ tenantId: 1 });

/**
 * An answer as the dashboards read it: its cell, a value per measure, and its free-text remarks SEALED
 * with the subject's data key (a remark may name the person; docs/adr/0041): erasing the case or inquiry
 * makes them read "[erased]" while the scores stay and count. No case or inquiry id, no person in clear.
 */
@Schema({ collection: 'feedback_survey_answers', versionKey: false })
export class SurveyAnswerRow {
  /** `${tenantId}:${surveyId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) surveyId!: string;
  @Prop({ required: true }) serviceId!: string;
  @Prop({ required: true }) department!: string;
  @Prop({ required: true }) channel!: string;
  @Prop({ type: String, default: null }) staffId!: string | null;
  @Prop({ required: true }) month!: string;
  @Prop({ required: true }) answeredAt!: string;
  @Prop({ type: Object, required: true }) values!: Partial<Record<Metric, number>>;
  /** The question ids that had a remark (clear: they say nothing about the person). */
  @Prop({ type: [String], default: [] }) remarkIds!: string[];
  /** The remarks by question id as one sealed field (an EncryptedField); null when none, or when the case was erased before they were kept. */
  @Prop({ type: Object, default: null }) sealedRemarks!: EncryptedField | null;
}
export const SurveyAnswerRowSchema = SchemaFactory.createForClass(SurveyAnswerRow);
SurveyAnswerRowSchema.index({ tenantId: 1 });

/** An anonymous content rating (Tuwaiq 2-2, indirect beneficiaries): item, channel, rating, month. */
@Schema({ collection: 'feedback_content_ratings', versionKey: false })
export class ContentRatingRow {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) contentItemId!: string;
  @Prop({ required: true }) channel!: string;
  @Prop({ required: true }) rating!: number;
  @Prop({ required: true }) month!: string;
  @Prop({ required: true }) ratedAt!: string;
}
export const ContentRatingRowSchema = SchemaFactory.createForClass(ContentRatingRow);
ContentRatingRowSchema.index({ tenantId: 1 });

export const surveyModels = [
  { name: SurveyContact.name, schema: SurveyContactSchema },
  { name: SurveyLink.name, schema: SurveyLinkSchema },
  { name: SurveySentRow.name, schema: SurveySentRowSchema },
  { name: SurveyAnswerRow.name, schema: SurveyAnswerRowSchema },
  { name: ContentRatingRow.name, schema: ContentRatingRowSchema },
];
