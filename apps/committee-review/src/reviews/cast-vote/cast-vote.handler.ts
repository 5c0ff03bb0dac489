import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertDocumentsReadyForVote, castVote } from '@athar/domain-committee-review';
import { AggregateCommands, type PendingEvent } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { CaseDocumentsProjection } from '../../case-documents/case-documents.projection';
import { reviewNotFound, votingRules } from '../../committees/committee-rules';
import { personOnReview, reviewAggregate, withRevision, type ReviewEventType } from '../review-stream';
import { CastVoteCommand } from './cast-vote.command';
import type { VoteReceiptDto } from './cast-vote.dto';

/**
 * The vote, and with the vote that completes the quorum with a majority (or the chair's casting vote on
 * a tie) the decision, in one append. The case's documents come from the projection, read before the
 * command decides (Tuwaiq 6-2).
 */
@CommandHandler(CastVoteCommand)
export class CastVoteHandler implements ICommandHandler<CastVoteCommand, VoteReceiptDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
    private readonly documents: CaseDocumentsProjection,
  ) {}

  async execute({ principal, caseId, body, expectedRevision }: CastVoteCommand): Promise<VoteReceiptDto> {
    const policy = this.tenants.get(principal.tenantId);
    const documents = await this.documents.of(principal.tenantId, caseId);
    const outcome = await this.commands.handle(reviewAggregate, {
      ...personOnReview(principal, caseId, expectedRevision),
      decide: (state) => {
        if (!state.serviceId) throw reviewNotFound();
        const { vote, decision } = castVote(
          state,
          votingRules(policy, state.serviceId),
          { caseId, memberId: principal.userId, vote: body.vote, reasonId: body.reasonId, note: body.note?.trim() ?? null },
          new Date(),
        );
        const requiredTypes = policy.services.find((s) => s.id === state.serviceId)?.requiredDocuments ?? [];
        assertDocumentsReadyForVote(requiredTypes, documents, body.vote, policy.committeeReview.votesRequireVerifiedDocuments);
        const events: PendingEvent<ReviewEventType>[] = [{ type: 'VoteCast', version: 1, data: vote }, ...(decision ? [{ ...decision, version: 1 }] : [])];
        return {
          events,
          result: {
            caseId,
            round: vote.round,
            vote: vote.vote,
            decision: decision
              ? {
                  outcome: decision.type === 'ApplicationAccepted' ? ('accepted' as const) : ('rejected' as const),
                  tally: decision.data.tally,
                  reasons: decision.data.reasons,
                  reconsiderationUntil: 'reconsiderationUntil' in decision.data ? decision.data.reconsiderationUntil : null,
                }
              : null,
          },
        };
      },
    });
    return withRevision(outcome);
  }
}
