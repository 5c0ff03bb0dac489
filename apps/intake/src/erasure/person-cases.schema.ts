import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The cases of one person in one tenant, the person known only by a keyed hash (ADR 0008): to erase a beneficiary whole. */
@Schema({ collection: 'person_cases', versionKey: false })
export class PersonCases {
  /** `${tenantId}:${personKey}` */
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ required: true }) tenantId!: string;
  @Prop({ required: true }) personKey!: string;
  @Prop({ type: [String], default: [] }) caseIds!: string[];
}

export const PersonCasesSchema = SchemaFactory.createForClass(PersonCases);
