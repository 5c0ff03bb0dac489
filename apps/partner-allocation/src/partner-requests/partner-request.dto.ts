import { ApiProperty } from '@nestjs/swagger';
import { ApiPropertyNullable } from '@athar/service-kit';
import { PARTNER_REQUEST_STAGES } from './partner-request-stream';

export class BilingualTextDto {
  @ApiProperty() ar!: string;
  @ApiProperty() en!: string;
}

export class PartnerDto {
  @ApiProperty({ enum: ['tenant', 'outside'], description: 'An association on the platform, or an outside body recorded by staff' }) kind!: string;
  @ApiProperty({ nullable: true, type: String, description: "The partner's tenant id (null for an outside body)" }) tenantId!: string | null;
  @ApiProperty({ type: BilingualTextDto }) name!: BilingualTextDto;
}

export class RegionViewDto {
  @ApiProperty({ example: 'qassim' }) regionId!: string;
  @ApiProperty({ example: 'unaizah' }) governorateId!: string;
}

export class ContactViewDto {
  @ApiProperty() name!: string;
  @ApiProperty({ example: '+966551234567' }) mobile!: string;
  @ApiProperty({ nullable: true, type: String, format: 'email' }) email!: string | null;
}

export class FactorScoreViewDto {
  @ApiProperty({ example: 'scope-of-work' }) factorId!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) score!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) maxScore!: number;
  @ApiProperty({ type: [String], description: 'Evidence document ids' }) evidence!: string[];
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

/** The needs study as the allocating association's staff see it. */
export class NeedsStudyViewDto {
  @ApiProperty({ type: [FactorScoreViewDto] }) factors!: FactorScoreViewDto[];
  @ApiProperty({ type: 'integer', minimum: 0 }) total!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) maxTotal!: number;
  @ApiProperty({ description: "The assessor's user id" }) assessedBy!: string;
  @ApiProperty({ format: 'date-time' }) completedAt!: string;
  @ApiProperty({ description: 'Completed after its deadline' }) late!: boolean;
}

/** A partner request in full, for the allocating association's staff. */
export class PartnerRequestDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ enum: PARTNER_REQUEST_STAGES }) stage!: string;
  @ApiProperty({ type: PartnerDto }) partner!: PartnerDto;
  @ApiProperty({ example: 'partner-association-services' }) serviceId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) expectedBeneficiaries!: number;
  @ApiProperty({ type: [String] }) objectives!: string[];
  @ApiProperty({ type: RegionViewDto }) region!: RegionViewDto;
  @ApiProperty({ example: '452', description: 'Licence number with the National Center for the Non-Profit Sector' }) licenceNumber!: string;
  @ApiProperty() scopeOfWork!: string;
  @ApiProperty({ type: ContactViewDto }) contact!: ContactViewDto;
  @ApiProperty({ enum: ['partner', 'staff'], description: "Submitted from the partner's own account or recorded by staff" }) submittedFrom!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) studyDeadline!: string;
  @ApiProperty({ type: 'array', items: { type: 'integer' }, description: 'Reminder points reached, in percent of the study window' }) remindersSent!: number[];
  @ApiPropertyNullable(NeedsStudyViewDto, { description: 'null until the needs study is done' }) study!: NeedsStudyViewDto | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: "The stream's revision (also the ETag)" }) revision!: number;
}

/** What the submitter is answered. */
export class PartnerRequestReceiptDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ example: 'tuwaiq', description: 'The association the request was made to' }) allocatingTenantId!: string;
  @ApiProperty({ enum: PARTNER_REQUEST_STAGES }) stage!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the needs study is due' }) studyDeadline!: string;
}
