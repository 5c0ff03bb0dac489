import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streamId, type ApplicationSubmittedV1, type EligibilityAssessedV1 } from '@athar/contracts';
import { assessEligibility } from '@athar/domain-eligibility';
import { EventHandlers, EventWriter, recordOneFactPerCase } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';

/** Every submitted application is matched against the service's conditions before the committee sees it. */
@Injectable()
export class AssessOnSubmissionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  onModuleInit(): void {
    recordOneFactPerCase<ApplicationSubmittedV1, EligibilityAssessedV1>(this.handlers, this.writer, {
      on: 'ApplicationSubmitted',
      stream: (tenantId, caseId) => streamId('eligibility', 'assessment', tenantId, caseId),
      fact: { type: 'EligibilityAssessed', version: 1 },
      decide: (assessed, application, now, event) =>
        assessed ? null : assessEligibility(application, this.tenants.get(event.tenantId).services.map((s) => s.id), now),
    });
  }
}
