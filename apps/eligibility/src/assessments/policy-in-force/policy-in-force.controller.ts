import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import type { EligibilityPolicyReviewDueV1, RecordedEventOf } from '@athar/contracts';
import type { EligibilityPolicyVersion } from '@athar/domain-eligibility';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles } from '@athar/service-kit';
import { policyStream } from '../../eligibility-streams';
import { EligibilityPolicies, noPolicyInForce } from '../policies/eligibility-policies';

/** The tenant's eligibility policy version in force, and the yearly reviews it is due for (Tuwaiq 6-4). */
@ApiTags('eligibility')
@Controller('eligibility/policy')
export class PolicyInForceController {
  constructor(
    private readonly policies: EligibilityPolicies,
    private readonly writer: EventWriter,
  ) {}

  @Get()
  @Roles('tenant-admin', 'board-member', 'executive-director', 'social-researcher', 'services-officer', 'auditor')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['version', 'reviewsDue'],
      properties: { version: { type: 'integer' }, reviewsDue: { type: 'array', items: { type: 'object' } } },
    },
  })
  @ApiOperation({ summary: 'The eligibility policy version in force (approval, criteria, groups, document review) and the yearly reviews it is due for.' })
  async current(@CurrentPrincipal() principal: Principal): Promise<EligibilityPolicyVersion & { reviewsDue: EligibilityPolicyReviewDueV1[] }> {
    const version = this.policies.inForce(principal.tenantId, new Date());
    if (!version) throw noPolicyInForce();
    const { history } = await this.writer.load(policyStream(principal.tenantId));
    const reviewsDue = history
      .filter(
        (e): e is RecordedEventOf<'EligibilityPolicyReviewDue'> =>
          e.type === 'EligibilityPolicyReviewDue' && e.data.eligibilityPolicyVersion === version.version,
      )
      .map((e) => e.data);
    return { ...version, reviewsDue };
  }
}
