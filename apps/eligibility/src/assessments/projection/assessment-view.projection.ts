import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EligibilityAssessedV1 } from '@athar/contracts';
import { CaseViews, EventHandlers } from '@athar/service-kit';

@Injectable()
export class AssessmentViewProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly views: CaseViews,
  ) {}

  onModuleInit(): void {
    this.handlers.on('EligibilityAssessed', async (event) => {
      const data = event.data as EligibilityAssessedV1;
      await this.views.apply(event.tenantId, data.caseId, event.globalPosition, `assessed-${data.outcome}`, {
        outcome: data.outcome,
        criteria: data.criteria,
        assessedAt: data.assessedAt,
        policyVersion: data.policyVersion,
      });
    });
  }
}
