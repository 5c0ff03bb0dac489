import { ApiProperty } from '@nestjs/swagger';
import type { EligibilityPolicyReviewDueV1 } from '@athar/contracts';
import { ApiPropertyNullable } from '@athar/service-kit';
import { PolicyApprovalDto, PolicyVersionDto } from '../policies/policy-version.dto';

/** A yearly review of the policy version in force came due (Tuwaiq 6-4): one per run of the schedule. */
export class PolicyReviewDueDto implements EligibilityPolicyReviewDueV1 {
  @ApiProperty({ description: "The schedule's run" }) round!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) eligibilityPolicyVersion!: number;
  @ApiProperty({ format: 'date-time' }) effectiveFrom!: string;
  @ApiPropertyNullable(PolicyApprovalDto) approval!: PolicyApprovalDto | null;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
}

/** The version in force and the yearly reviews it has been due for. */
export class PolicyInForceDto extends PolicyVersionDto {
  @ApiProperty({ type: [PolicyReviewDueDto] }) reviewsDue!: PolicyReviewDueDto[];
}
