import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EligibilityAssessedV1 } from '@athar/contracts';
import { CaseViews, EventHandlers, projectIntoCaseView } from '@athar/service-kit';

@Injectable()
export class AssessmentViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    projectIntoCaseView<EligibilityAssessedV1>(this.handlers, this.views, 'EligibilityAssessed', (data) => ({
      stage: `assessed-${data.outcome}`,
      details: { outcome: data.outcome, criteria: data.criteria, assessedAt: data.assessedAt, policyVersion: data.policyVersion, eligibilityPolicyVersion: data.eligibilityPolicyVersion },
    }));
  }
}
