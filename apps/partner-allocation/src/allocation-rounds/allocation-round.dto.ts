import { ApiProperty } from '@nestjs/swagger';
import { ALLOCATION_FACTORS } from '@athar/contracts';
import { ROUND_STATUSES } from '@athar/domain-partner-allocation';
import { ApiPropertyNullable } from '@athar/service-kit';
import { BilingualTextDto, PartnerDto } from '../partner-requests/partner-request.dto';

export const ROUND_UNITS = ['seat', 'session', 'halala'] as const;
const REASON_CODES = ['asked-in-full', 'capped-at-asked', 'capacity-short', 'proportional-share', 'zero-score', 'rounded-down', 'rounded-up', 'tie-broken'];

/** The weight of each factor (ADR 0037): whole numbers, 0 to 1000, at least one above 0. */
export class AllocationWeightsDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) greatestImpact!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) higherNeedRegion!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) notServedBefore!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) scopeOfWork!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) targetedBeneficiaries!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) infrastructureReadiness!: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000 }) fitWithGoalsAndPlans!: number;
}

export class FactorLineDto {
  @ApiProperty({ enum: ALLOCATION_FACTORS }) factor!: string;
  @ApiProperty({ description: 'The policy clause the factor comes from' }) clause!: string;
  @ApiProperty({ type: BilingualTextDto }) name!: BilingualTextDto;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) weight!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'score × weight' }) contribution!: number;
  @ApiProperty({ type: BilingualTextDto, description: 'Where the score comes from' }) basis!: BilingualTextDto;
}

export class AllocationReasonDto {
  @ApiProperty({ enum: REASON_CODES }) code!: string;
  @ApiProperty({ type: BilingualTextDto }) text!: BilingualTextDto;
}

/** One request's place in the ranking with its full explanation (ADR 0037). */
export class RankedRequestDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) rank!: number;
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ type: PartnerDto }) partner!: PartnerDto;
  @ApiProperty({ type: 'integer', minimum: 1 }) asked!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) share!: number;
  @ApiProperty({ enum: ['in-full', 'in-part', 'nothing'] }) outcome!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) totalScore!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) maxScore!: number;
  @ApiProperty({ description: 'The exact proportional share before rounding (two decimals, truncated)' }) quota!: string;
  @ApiProperty({ type: [FactorLineDto] }) factors!: FactorLineDto[];
  @ApiProperty({ type: [AllocationReasonDto] }) reasons!: AllocationReasonDto[];
}

export class ExclusionDto {
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ type: BilingualTextDto }) reason!: BilingualTextDto;
}

export class RoundProposalDto {
  @ApiProperty({ enum: ['weighted-score-proportional-capped-largest-remainder'] }) method!: string;
  @ApiProperty({ type: 'integer' }) methodVersion!: number;
  @ApiProperty({ type: AllocationWeightsDto }) weights!: AllocationWeightsDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer', minimum: 0, maximum: 100 }, description: 'Need of each region named' })
  regionNeed!: Record<string, number>;
  @ApiProperty({ type: 'integer', minimum: 0 }) totalAsked!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) allocated!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) unallocated!: number;
  @ApiProperty({ type: [RankedRequestDto], description: 'By rank' }) ranking!: RankedRequestDto[];
  @ApiProperty({ type: [ExclusionDto], description: 'Studied requests the round left out, each with its reason' }) excluded!: ExclusionDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Null when computed at the close; else who recomputed it' }) proposedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
}

export class RoundApprovalDto {
  @ApiProperty({ minLength: 1 }) session!: string;
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', example: '2026-03-12' }) gregorianDate!: string;
  @ApiProperty({ pattern: '^14\\d{2}-\\d{2}-\\d{2}$', example: '1447-09-23' }) hijriDate!: string;
  @ApiProperty() approvedBy!: string;
  @ApiProperty({ enum: ['executive-director', 'board-member'] }) role!: string;
  @ApiProperty({ format: 'date-time' }) approvedAt!: string;
}

/** A round as the allocating association's staff see it: with the ranking of every request and its explanation. */
export class AllocationRoundDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ enum: ROUND_UNITS }) unit!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) capacity!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) unitsPerBeneficiary!: number;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) openedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt!: string | null;
  @ApiPropertyNullable(RoundProposalDto, { description: 'Null until the round closes' }) proposal!: RoundProposalDto | null;
  @ApiPropertyNullable(RoundApprovalDto, { description: 'Null until approved; then the result is final' }) approval!: RoundApprovalDto | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The round revision (also the ETag)' }) revision!: number;
}

/** What a partner tenant sees of a round: its own request's rank, share and reasons in general words, nothing of another partner. */
export class MyRoundAllocationDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: 'tuwaiq' }) allocatingTenantId!: string;
  @ApiProperty() serviceId!: string;
  @ApiProperty({ enum: ROUND_UNITS }) unit!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ format: 'uuid' }) partnerRequestId!: string;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Shown once approved' }) share!: number | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Shown once approved' }) asked!: number | null;
  @ApiProperty({ type: [AllocationReasonDto], description: 'Once approved' }) reasons!: AllocationReasonDto[];
}

/** A round answered at schedule, recompute or approval. */
export class RoundReceiptDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
}
