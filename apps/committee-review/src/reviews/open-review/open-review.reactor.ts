import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EligibilityAssessedV1 } from '@athar/contracts';
import { openReview } from '@athar/domain-committee-review';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { holidaysOf } from '../../committees/committee-rules';
import { reviewStateOf, reviewStreamId } from '../review-stream';

/** An eligible application goes to the tenant's committee (seeds, common process step 5); working-day windows skip the tenant's holidays. */
@Injectable()
export class OpenReviewReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  onModuleInit(): void {
    this.handlers.on('EligibilityAssessed', async (event) => {
      const assessment = event.data as EligibilityAssessedV1;
      await this.writer.decideAndAppend(reviewStreamId(event.tenantId, assessment.caseId), event.tenantId, { kind: 'event', event }, (history) => {
        const opened = openReview(reviewStateOf(history), assessment, new Date(), holidaysOf(this.tenants.get(event.tenantId)));
        return opened ? [{ type: 'ReviewOpened', version: 1, data: opened }] : [];
      });
    });
  }
}
