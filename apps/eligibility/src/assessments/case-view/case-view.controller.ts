import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CASE_READERS, CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { CaseOverrideDto, CaseReviewDto, EligibilityCaseViewDto } from './case-view.dto';
import { GetEligibilityCaseViewQuery } from './case-view.query';

/**
 * Eligibility's view of a case, its details documented field by field (docs/adr/0031): the decision, each
 * criterion with the reason the applicant is told (Tuwaiq 6-1), the researcher's override (6-3), the
 * periodic review (6-4) and each document's verification (6-2). Replaces the shared CaseViewController.
 */
@ApiTags('cases')
@ApiExtraModels(CaseOverrideDto, CaseReviewDto)
@Controller('cases')
export class EligibilityCaseViewController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':caseId')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary:
      "Eligibility's view of a case of the caller's tenant: decision, each criterion with its reason, override, review, documents (404 for any other tenant's case).",
  })
  @ApiOkResponse({ type: EligibilityCaseViewDto })
  get(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string): Promise<EligibilityCaseViewDto> {
    return this.queries.execute<GetEligibilityCaseViewQuery, EligibilityCaseViewDto>(new GetEligibilityCaseViewQuery(principal, caseId));
  }
}
