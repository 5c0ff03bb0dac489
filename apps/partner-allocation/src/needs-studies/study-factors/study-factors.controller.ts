import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import { StudyFactorsDto } from './study-factors.dto';

/**
 * The needs study's factors of the caller's tenant, from its partner-allocation policy (Tuwaiq, partner
 * allocation 2: four factors scored 0 to 5): the console names and scores them from here, not from a copy.
 */
@ApiTags('needs-studies')
@Controller('needs-studies/factors')
export class StudyFactorsController {
  constructor(private readonly policies: PartnerAllocationPolicies) {}

  @Get()
  @Roles('empowerment-team', 'executive-director', 'board-member', 'auditor')
  @ApiOperation({
    summary:
      "The needs study's factors of the caller's tenant (id, Arabic and English name, highest score), in its policy's order; an empty list for a tenant that distributes nothing to partners.",
  })
  @ApiOkResponse({ type: StudyFactorsDto })
  list(@CurrentPrincipal() principal: Principal): StudyFactorsDto {
    const factors = this.policies.of(principal.tenantId)?.needsStudy.factors ?? [];
    return { tenantId: principal.tenantId, factors: factors.map(({ id, name, maxScore }) => ({ id, name: { ar: name.ar, en: name.en }, maxScore })) };
  }
}
