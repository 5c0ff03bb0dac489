import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streamId, type ApplicationSubmittedV1 } from '@athar/contracts';
import { assessEligibility } from '@athar/domain-eligibility';
import { EventHandlers, EventWriter } from '@athar/service-kit';
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
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const application = event.data as ApplicationSubmittedV1;
      const offered = this.tenants.get(event.tenantId).services.map((s) => s.id);
      await this.writer.decideAndAppend(
        streamId('eligibility', 'assessment', event.tenantId, application.caseId),
        event.tenantId,
        { kind: 'event', event },
        (history) =>
          history.length > 0 ? [] : [{ type: 'EligibilityAssessed', version: 1, data: assessEligibility(application, offered, new Date()) }],
      );
    });
  }
}
