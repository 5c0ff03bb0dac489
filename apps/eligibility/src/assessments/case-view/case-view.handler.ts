import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CaseViews } from '@athar/service-kit';
import type { EligibilityCaseViewDto } from './case-view.dto';
import { GetEligibilityCaseViewQuery } from './case-view.query';

/** From the case view AssessmentViewProjection keeps (eligibilityStatusOf over the case's streams). */
@QueryHandler(GetEligibilityCaseViewQuery)
export class GetEligibilityCaseViewHandler implements IQueryHandler<GetEligibilityCaseViewQuery, EligibilityCaseViewDto> {
  constructor(private readonly views: CaseViews) {}

  async execute({ principal, caseId }: GetEligibilityCaseViewQuery): Promise<EligibilityCaseViewDto> {
    const view = await this.views.find(principal.tenantId, caseId);
    if (!view) throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
    return view as unknown as EligibilityCaseViewDto;
  }
}
