import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { PolicyApprovalDto, ServiceCriteriaDto, DocumentReviewRuleDto } from '../policies/policy-version.dto';
import { PolicyInForceDto } from './policy-in-force.dto';
import { GetPolicyInForceQuery } from './policy-in-force.query';

/** The tenant's eligibility policy version in force, and the yearly reviews it is due for (Tuwaiq 6-4). */
@ApiTags('eligibility')
@ApiExtraModels(PolicyApprovalDto, ServiceCriteriaDto, DocumentReviewRuleDto)
@Controller('eligibility/policy')
export class PolicyInForceController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('tenant-admin', 'board-member', 'executive-director', 'social-researcher', 'services-officer', 'auditor')
  @ApiOkResponse({ type: PolicyInForceDto, description: 'The version in force and the yearly reviews it has been due for' })
  @ApiOperation({ summary: 'The eligibility policy version in force (approval, criteria, groups, document review) and the yearly reviews it is due for.' })
  current(@CurrentPrincipal() principal: Principal): Promise<PolicyInForceDto> {
    return this.queries.execute<GetPolicyInForceQuery, PolicyInForceDto>(new GetPolicyInForceQuery(principal));
  }
}
