import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EligibilityReader } from '../../read/eligibility-reader';
import { EligibilityPolicies, noPolicyInForce } from '../policies/eligibility-policies';
import type { PolicyInForceDto } from './policy-in-force.dto';
import { GetPolicyInForceQuery } from './policy-in-force.query';

/** The version from the tenant's policy file; its yearly reviews from the policy stream (EligibilityReader: no projection holds them). */
@QueryHandler(GetPolicyInForceQuery)
export class GetPolicyInForceHandler implements IQueryHandler<GetPolicyInForceQuery, PolicyInForceDto> {
  constructor(
    private readonly policies: EligibilityPolicies,
    private readonly streams: EligibilityReader,
  ) {}

  async execute({ principal }: GetPolicyInForceQuery): Promise<PolicyInForceDto> {
    const version = this.policies.inForce(principal.tenantId, new Date());
    if (!version) throw noPolicyInForce();
    return { ...version, reviewsDue: await this.streams.reviewsDue(principal.tenantId, version.version) };
  }
}
