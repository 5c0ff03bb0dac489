import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { declareConflictOfInterest } from '@athar/domain-committee-review';
import { AggregateCommands } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { reviewNotFound, votingRules } from '../../committees/committee-rules';
import { personOnReview, reviewAggregate, withRevision } from '../review-stream';
import { DeclareConflictOfInterestCommand } from './declare-conflict-of-interest.command';
import type { RecusalReceipt } from './declare-conflict-of-interest.dto';

/** The member is recused from the case; a second declaration records nothing and answers the same. */
@CommandHandler(DeclareConflictOfInterestCommand)
export class DeclareConflictOfInterestHandler implements ICommandHandler<DeclareConflictOfInterestCommand, RecusalReceipt> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId, body }: DeclareConflictOfInterestCommand): Promise<RecusalReceipt> {
    const policy = this.tenants.get(principal.tenantId);
    const outcome = await this.commands.handle(reviewAggregate, {
      ...personOnReview(principal, caseId),
      decide: (state) => {
        if (!state.serviceId) throw reviewNotFound();
        const declared = declareConflictOfInterest(
          state,
          votingRules(policy, state.serviceId).committee,
          caseId,
          principal.userId,
          body.note.trim(),
          new Date(),
        );
        return {
          events: declared ? [{ type: 'ConflictOfInterestDeclared' as const, version: 1, data: declared }] : [],
          result: { caseId, memberId: principal.userId, recused: true as const },
        };
      },
    });
    return withRevision(outcome);
  }
}
