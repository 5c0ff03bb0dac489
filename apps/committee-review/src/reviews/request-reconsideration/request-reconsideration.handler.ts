import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requestReconsideration } from '@athar/domain-committee-review';
import { AggregateCommands } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { holidaysOf } from '../../committees/committee-rules';
import { personOnReview, reviewAggregate, withRevision } from '../review-stream';
import { RequestReconsiderationCommand } from './request-reconsideration.command';
import type { ReconsiderationReceipt } from './request-reconsideration.dto';

/** A new round under the same timeline rules, within the tenant's period and rounds. */
@CommandHandler(RequestReconsiderationCommand)
export class RequestReconsiderationHandler implements ICommandHandler<RequestReconsiderationCommand, ReconsiderationReceipt> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId, body }: RequestReconsiderationCommand): Promise<ReconsiderationReceipt> {
    const policy = this.tenants.get(principal.tenantId);
    const outcome = await this.commands.handle(reviewAggregate, {
      ...personOnReview(principal, caseId),
      decide: (state) => {
        const asked = requestReconsideration(state, caseId, body.grounds.trim(), policy.committeeReview.maxRounds, new Date(), holidaysOf(policy));
        return {
          events: [{ type: 'ReconsiderationRequested' as const, version: 1, data: asked }],
          result: { caseId, round: asked.round, deadline: asked.deadline },
        };
      },
    });
    return withRevision(outcome);
  }
}
