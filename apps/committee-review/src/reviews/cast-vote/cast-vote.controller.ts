import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { assertDocumentsReadyForVote, castVote } from '@athar/domain-committee-review';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles, ParseIdPipe } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { CaseDocumentsProjection } from '../../case-documents/case-documents.projection';
import { reviewNotFound, votingRules } from '../../committees/committee-rules';
import { runReviewCommand } from '../review-command';
import { CastVoteDto, type VoteReceiptDto } from './cast-vote.dto';

/**
 * A committee member votes on a case with a reason. The vote that completes the quorum with a
 * majority, or the chair's casting vote on a tie, decides the request in the same append. A vote waits
 * until the service's required documents are verified (Tuwaiq 6-2), unless the tenant's policy says not.
 */
@ApiTags('committee')
@Controller('reviews')
export class CastVoteController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    private readonly documents: CaseDocumentsProjection,
  ) {}

  @Post(':caseId/votes')
  @HttpCode(HttpStatus.CREATED)
  @Roles('committee-member', 'committee-chair')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The review revision you saw (GET /reviews/{caseId} ETag); 409 if it changed' })
  @ApiOperation({
    summary:
      'Vote accept or reject with a reason; the deciding vote records the decision (409 once the review is decided; 409 documents-not-verified, naming them, while required documents await verification).',
  })
  @ApiCreatedResponse({ description: 'The vote, and the decision when this vote reached it', schema: { type: 'object' } })
  async vote(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: CastVoteDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VoteReceiptDto> {
    const documents = await this.documents.of(principal.tenantId, caseId);
    const receipt = await runReviewCommand({ writer: this.writer, tenants: this.tenants }, principal, caseId, ifMatch, (state, policy) => {
      if (!state.serviceId) throw reviewNotFound();
      const outcome = castVote(
        state,
        votingRules(policy, state.serviceId),
        { caseId, memberId: principal.userId, vote: body.vote, reasonId: body.reasonId, note: body.note?.trim() ?? null },
        new Date(),
      );
      const requiredTypes = policy.services.find((s) => s.id === state.serviceId)?.requiredDocuments ?? [];
      assertDocumentsReadyForVote(requiredTypes, documents, body.vote, policy.committeeReview.votesRequireVerifiedDocuments);
      const decision = outcome.decision;
      return {
        events: [{ type: 'VoteCast', version: 1, data: outcome.vote }, ...(decision ? [{ ...decision, version: 1 }] : [])],
        result: {
          caseId,
          round: outcome.vote.round,
          vote: outcome.vote.vote,
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
    });
    res.setHeader('ETag', `"${receipt.revision}"`);
    return receipt;
  }
}
