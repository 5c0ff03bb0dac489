import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe, revisionFromIfMatch } from '@athar/service-kit';
import { CastVoteCommand } from './cast-vote.command';
import { CastVoteDto, DecisionDto, VoteReceiptDto } from './cast-vote.dto';

/**
 * A committee member votes on a case with a reason. The vote that completes the quorum with a
 * majority, or the chair's casting vote on a tie, decides the request in the same append. A vote waits
 * until the service's required documents are verified (Tuwaiq 6-2), unless the tenant's policy says not.
 */
@ApiTags('committee')
@ApiExtraModels(DecisionDto)
@Controller('reviews')
export class CastVoteController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':caseId/votes')
  @HttpCode(HttpStatus.CREATED)
  @Roles('committee-member', 'committee-chair')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The review revision you saw (GET /reviews/{caseId} ETag); 409 if it changed' })
  @ApiOperation({
    summary:
      'Vote accept or reject with a reason; the deciding vote records the decision (409 once the review is decided; 409 documents-not-verified, naming them, while required documents await verification).',
  })
  @ApiCreatedResponse({ description: 'The vote, and the decision when this vote reached it', type: VoteReceiptDto })
  async vote(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: CastVoteDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VoteReceiptDto> {
    const expectedRevision = ifMatch === undefined ? undefined : revisionFromIfMatch(ifMatch);
    const receipt = await this.commandBus.execute<CastVoteCommand, VoteReceiptDto>(new CastVoteCommand(principal, caseId, body, expectedRevision));
    res.setHeader('ETag', `"${receipt.revision}"`);
    return receipt;
  }
}
