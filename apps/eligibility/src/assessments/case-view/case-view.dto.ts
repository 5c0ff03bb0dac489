import { ApiProperty } from '@nestjs/swagger';
import { ApiPropertyNullable } from '@athar/service-kit';
import { BilingualTextDto } from '../policies/policy-version.dto';

const OUTCOMES = ['eligible', 'not-eligible'] as const;
const STAGES = ['assessed-eligible', 'assessed-not-eligible', 'overridden-eligible', 'overridden-not-eligible', 'reconfirmed', 'lapsed'] as const;
const DOCUMENT_STATUSES = ['pending', 'verified', 'rejected', 'closed'] as const;
const PENDING_REASONS = ['attached', 'expiring', 'periodic-review'] as const;

/** One criterion of the policy as judged for the case: met or not, and the reason the applicant is told. */
export class CaseCriterionDto {
  @ApiProperty() criterionId!: string;
  @ApiProperty() met!: boolean;
  @ApiProperty({ type: BilingualTextDto }) reason!: BilingualTextDto;
}

/** The researcher's latest override of the decision (Tuwaiq 6-3): who, why, when, from what to what. */
export class CaseOverrideDto {
  @ApiProperty({ enum: OUTCOMES }) from!: (typeof OUTCOMES)[number];
  @ApiProperty({ enum: OUTCOMES }) to!: (typeof OUTCOMES)[number];
  @ApiProperty() reason!: string;
  @ApiProperty({ description: "The researcher's user id" }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** The latest periodic review (Tuwaiq 6-4): its result, the criteria as judged then and every reason it lapsed. */
export class CaseReviewDto {
  @ApiProperty({ enum: ['reconfirmed', 'lapsed'] }) result!: 'reconfirmed' | 'lapsed';
  @ApiProperty() round!: string;
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
  @ApiProperty({ type: 'integer', nullable: true }) eligibilityPolicyVersion!: number | null;
  @ApiProperty({ type: [CaseCriterionDto] }) criteria!: CaseCriterionDto[];
  @ApiProperty({ type: [BilingualTextDto] }) reasons!: BilingualTextDto[];
}

/** A supporting document's verification state (Tuwaiq 6-2). */
export class CaseDocumentStateDto {
  @ApiProperty() documentId!: string;
  @ApiProperty({ example: 'national-id' }) documentType!: string;
  @ApiProperty({ enum: DOCUMENT_STATUSES }) status!: (typeof DOCUMENT_STATUSES)[number];
  @ApiProperty({ enum: PENDING_REASONS, nullable: true, description: 'Why it waits for verification (null unless pending)' })
  reason!: (typeof PENDING_REASONS)[number] | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "The document's own expiry, once verified" }) validUntil!: string | null;
}

/** Where the case's eligibility stands (eligibilityStatusOf): the decision, each criterion with its reason, the override, the review, the documents. */
export class EligibilityCaseDetailsDto {
  @ApiProperty({ enum: OUTCOMES, description: "The decision as it stands: the assessment's, or the researcher's override" })
  outcome!: (typeof OUTCOMES)[number];
  @ApiProperty({ enum: OUTCOMES, description: 'The first decision, under the policy in force at submission' }) assessedOutcome!: (typeof OUTCOMES)[number];
  @ApiProperty({ type: [CaseCriterionDto] }) criteria!: CaseCriterionDto[];
  @ApiProperty({ format: 'date-time' }) assessedAt!: string;
  @ApiProperty({ type: 'integer' }) policyVersion!: number;
  @ApiProperty({ type: 'integer', nullable: true }) eligibilityPolicyVersion!: number | null;
  @ApiPropertyNullable(CaseOverrideDto, { description: 'null when never overridden' }) override!: CaseOverrideDto | null;
  @ApiPropertyNullable(CaseReviewDto, { description: 'null before the first periodic review' }) review!: CaseReviewDto | null;
  @ApiProperty({ type: [CaseDocumentStateDto] }) documents!: CaseDocumentStateDto[];
}

/** Eligibility's view of a case (`GET /cases/{caseId}`; intake's case status shows it too). */
export class EligibilityCaseViewDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: STAGES }) stage!: (typeof STAGES)[number];
  @ApiProperty({ type: EligibilityCaseDetailsDto }) details!: EligibilityCaseDetailsDto;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
