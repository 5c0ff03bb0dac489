import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { DOCUMENT_TYPES } from '@athar/contracts';
import type { EligibilityPolicyVersion } from '@athar/domain-eligibility';
import { ApiPropertyNullable } from '@athar/service-kit';

/** Text a person reads, Arabic first and English beside it. */
export class BilingualTextDto {
  @ApiProperty({ example: 'العمر من 18 إلى 60' }) ar!: string;
  @ApiProperty({ example: 'Aged 18 to 60' }) en!: string;
}

/** The board session that approved a version (Tuwaiq 6-3). */
export class PolicyApprovalDto {
  @ApiProperty({ minLength: 1 }) session!: string;
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', example: '2026-01-15' }) gregorianDate!: string;
  @ApiProperty({ pattern: '^14\\d{2}-\\d{2}-\\d{2}$', example: '1447-07-26' }) hijriDate!: string;
}

/** An attribute the tenant declares it may judge on; nothing else may enter a decision (Tuwaiq 6-5). */
export class AttributeDeclarationDto {
  @ApiProperty({ pattern: '^[a-zA-Z][a-zA-Z0-9]{0,40}$', example: 'age' }) name!: string;
  @ApiProperty({ enum: ['number', 'string', 'enum'] }) type!: 'number' | 'string' | 'enum';
  @ApiPropertyOptional({ type: [String], description: 'The values an enum attribute may take' }) values?: string[];
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
}

/** A group of the tenant's plan (Tuwaiq 6-1): a target group, or a status group needing its certificate. */
export class BeneficiaryGroupDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9-]{1,62}$' }) id!: string;
  @ApiProperty({ enum: ['target', 'status'] }) kind!: 'target' | 'status';
  @ApiProperty({ type: BilingualTextDto }) label!: BilingualTextDto;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...DOCUMENT_TYPES] }, description: 'Supporting documents a member presents (Tuwaiq 6-2)' })
  requiredDocuments!: string[];
}

const OPERATORS = ['equal', 'notEqual', 'in', 'notIn', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;

/** One criterion of a service, and what the applicant is told either way (Tuwaiq 6-3). */
export class CriterionDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9-]{1,62}$' }) id!: string;
  @ApiProperty({ description: 'A declared attribute' }) attribute!: string;
  @ApiProperty({ enum: OPERATORS }) operator!: (typeof OPERATORS)[number];
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'array', minItems: 1, items: { oneOf: [{ type: 'string' }, { type: 'number' }] } }],
    description: 'A value, or a list for in / notIn',
  })
  value!: string | number | Array<string | number>;
  @ApiProperty({ type: BilingualTextDto }) met!: BilingualTextDto;
  @ApiProperty({ type: BilingualTextDto }) notMet!: BilingualTextDto;
}

/** A service's criteria and the target groups it serves (Tuwaiq 6-1). */
export class ServiceCriteriaDto {
  @ApiProperty({ type: [String], minItems: 1 }) targetGroups!: string[];
  @ApiProperty({ type: [CriterionDto], minItems: 1 }) criteria!: CriterionDto[];
}

/** Who verifies a document type, and how early before its expiry it is verified again. */
export class DocumentReviewRuleDto {
  @ApiProperty({ enum: ['services-officer', 'social-researcher'] }) verifiedBy!: 'services-officer' | 'social-researcher';
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 365 }) reverifyDaysBeforeExpiry!: number;
}

/** Periodic review of beneficiaries (Tuwaiq 6-4). */
export class ReverificationDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3650 }) everyDays!: number;
}

/** One version of a tenant's eligibility policy, as its file says (board-approved before it takes effect). */
@ApiExtraModels(ServiceCriteriaDto, DocumentReviewRuleDto, PolicyApprovalDto)
export class PolicyVersionDto implements EligibilityPolicyVersion {
  @ApiProperty({ pattern: '^[a-z][a-z0-9-]{1,62}$', example: 'tuwaiq' }) tenantId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ enum: ['draft', 'approved'] }) status!: 'draft' | 'approved';
  @ApiPropertyNullable(PolicyApprovalDto, { description: 'null for a draft' }) approval!: PolicyApprovalDto | null;
  @ApiProperty({ format: 'date-time' }) effectiveFrom!: string;
  @ApiProperty({ type: [AttributeDeclarationDto], minItems: 1 }) attributes!: AttributeDeclarationDto[];
  @ApiPropertyOptional({ type: [BeneficiaryGroupDto] }) groups?: BeneficiaryGroupDto[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(ServiceCriteriaDto) }, description: 'Criteria per service id' })
  services!: Record<string, ServiceCriteriaDto>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(DocumentReviewRuleDto) }, description: 'Per document type' })
  documentReview?: Record<string, DocumentReviewRuleDto>;
  @ApiPropertyOptional({ type: ReverificationDto }) reverification?: ReverificationDto;
}
