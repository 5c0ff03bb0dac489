import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Bilingual } from '@athar/contracts';

/** An item of the board's agenda: an issue of a general nature and its complaints (ids only, no personal data). */
@Schema({ collection: 'board_agenda', versionKey: false })
export class GeneralIssueRow {
  /** `${tenantId}:${issueId}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) issueId!: string;
  @Prop({ required: true }) categoryId!: string;
  @Prop({ type: String, default: null }) serviceId!: string | null;
  @Prop({ required: true }) reason!: string;
  @Prop({ type: [String], default: [] }) complaintIds!: string[];
  /** on-agenda, solved */
  @Prop({ required: true }) status!: string;
  @Prop({ required: true }) raisedAt!: Date;
  @Prop({ type: Object, default: null }) solution!: {
    discussion: string;
    solution: Bilingual;
    meetingDate: string;
    recordedBy: string;
    recordedAt: string;
  } | null;
  @Prop({ required: true }) revision!: number;
}
export const GeneralIssueRowSchema = SchemaFactory.createForClass(GeneralIssueRow);
GeneralIssueRowSchema.index({ tenantId: 1, raisedAt: -1, issueId: -1 });
GeneralIssueRowSchema.index({ tenantId: 1, categoryId: 1, serviceId: 1, status: 1 });
