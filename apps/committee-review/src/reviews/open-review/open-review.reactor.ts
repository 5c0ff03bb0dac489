import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RecordedEvent } from '@athar/contracts';
import { openReview, type EligibilityDecision } from '@athar/domain-committee-review';
import { AggregateCommands, EventHandlers, facts } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { holidaysOf } from '../../committees/committee-rules';
import { reviewAggregate, reviewStreamId } from '../review-stream';

/**
 * An eligible application goes to the tenant's committee (seeds, common process step 5), whether the
 * assessment found it eligible or a social researcher overrode the assessment with a reason; working-day
 * windows skip the tenant's holidays.
 */
@Injectable()
export class OpenReviewReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
  ) {}

  onModuleInit(): void {
    this.handlers.on('EligibilityAssessed', (event) => this.open(event, event.data));
    this.handlers.on('EligibilityOverridden', (event) => {
      const overridden = event.data;
      return this.open(event, { ...overridden, outcome: overridden.to });
    });
  }

  private async open(event: RecordedEvent, decision: EligibilityDecision): Promise<void> {
    const holidays = holidaysOf(this.tenants.get(event.tenantId));
    await this.commands.handle(reviewAggregate, {
      streamId: reviewStreamId(event.tenantId, decision.caseId),
      tenantId: event.tenantId,
      cause: { kind: 'event', event },
      decide: (state) => {
        const opened = openReview(state, decision, new Date(), holidays);
        return facts(...(opened ? [{ type: 'ReviewOpened' as const, version: 1, data: opened }] : []));
      },
    });
  }
}
