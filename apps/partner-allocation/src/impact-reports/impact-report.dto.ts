import { ApiProperty } from '@nestjs/swagger';
import { ApiPropertyNullable, PageOf } from '@athar/service-kit';
import { DAC_CRITERIA } from '@athar/contracts';
import { PartnerDto } from '../partner-requests/partner-request.dto';
import { REPORT_STATUSES } from './impact-reports-stream';

export class BeneficiariesReachedDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 40, description: 'Direct beneficiaries (intake’s beneficiaryType "direct")' }) direct!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 120, description: 'Indirect beneficiaries (intake’s beneficiaryType "indirect")' }) indirect!: number;
}
export class SubmitterViewDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'awj', description: 'The tenant of the account that submitted it' }) tenantId!: string;
  @ApiProperty({ enum: ['partner', 'empowerment-team'], description: 'The partner from its own account, or the empowerment team for an outside body' })
  as!: string;
}
export class SubmissionViewDto {
  @ApiProperty({ type: BeneficiariesReachedDto }) beneficiaries!: BeneficiariesReachedDto;
  @ApiProperty({ type: [String] }) activities!: string[];
  @ApiProperty({ example: 25000.5, description: 'Spending in the period, SAR' }) spentSar!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'The money allocated, SAR; null when the allocation is in seats or sessions' }) allocationSar!:
    number | null;
  @ApiProperty({ description: 'Spending so far is above the money allocated (accepted, flagged for the empowerment team)' }) overspent!: boolean;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Evidence: document ids in the document store' }) evidence!: string[];
  @ApiProperty({ type: SubmitterViewDto }) submittedBy!: SubmitterViewDto;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ description: 'Submitted after the end of its due date (Riyadh)' }) late!: boolean;
}

/** One reporting period of an agreement: when its report is due, where it stands, and the report once in. */
export class ImpactReportDto {
  @ApiProperty({ format: 'uuid', description: 'Derived from the agreement and the period' }) reportId!: string;
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ example: 'tuwaiq', description: 'The allocating association' }) allocatingTenantId!: string;
  @ApiProperty({ type: PartnerDto }) partner!: PartnerDto;
  @ApiProperty({ example: 'partner-association-services' }) serviceId!: string;
  @ApiProperty({ format: 'date', example: '2027-04-15', description: 'The due date the report answers (one of the agreement’s reportsDue)' }) period!: string;
  @ApiProperty({ format: 'date-time', description: 'Overdue from this instant without a report: the due date’s end in Riyadh plus the grace days' })
  overdueAt!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) remindedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When it was escalated as overdue' }) escalatedAt!: string | null;
  @ApiPropertyNullable(SubmissionViewDto, { description: 'null until the report is submitted' }) submission!: SubmissionViewDto | null;
}
export class ImpactReportPageDto extends PageOf(ImpactReportDto) {}

export class CriterionViewDto {
  @ApiProperty({ enum: DAC_CRITERIA }) criterion!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4, description: '1 unsatisfactory, 2 partly satisfactory, 3 satisfactory, 4 highly satisfactory' })
  score!: number;
  @ApiProperty() comment!: string;
}
export class AssessorViewDto {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
}
/** The partnership's evaluation (OECD DAC criteria) and its overall score for the next round's "greatest impact". */
export class PartnershipEvaluationDto {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty({ example: 'tenant:awj', description: 'The partner as rounds match it: its tenant, or an outside body’s licence' }) partnerKey!: string;
  @ApiProperty({ type: [CriterionViewDto] }) criteria!: CriterionViewDto[];
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'round((mean of the six scores − 1) ÷ 3 × 100)' }) overallScore!: number;
  @ApiProperty({ type: AssessorViewDto }) assessor!: AssessorViewDto;
  @ApiProperty({ type: [String], format: 'uuid' }) evidence!: string[];
  @ApiProperty({ format: 'date-time' }) evaluatedAt!: string;
}
