import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles, ParseIdPipe } from '@athar/service-kit';
import { reviewNotFound } from '../../committees/committee-rules';
import { reviewStateOf, reviewStreamId, type ReviewEventType } from '../review-stream';

/** One case's review as its stream says, with the revision to send back as If-Match when voting. */
@ApiTags('committee')
@Controller('reviews')
export class GetReviewController {
  constructor(private readonly writer: EventWriter) {}

  @Get(':caseId')
  @Roles('committee-member', 'committee-chair', 'executive-director', 'relations-officer', 'social-researcher', 'auditor')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['caseId', 'status', 'round', 'deadline', 'breached', 'escalated', 'votes', 'recused', 'reconsiderationUntil', 'revision'],
      properties: {
        caseId: { type: 'string', format: 'uuid' },
        status: { type: 'string' },
        round: { type: 'integer' },
        deadline: { type: 'string', format: 'date-time', nullable: true },
        breached: { type: 'boolean' },
        escalated: { type: 'boolean' },
        votes: { type: 'array', items: { type: 'object' } },
        recused: { type: 'array', items: { type: 'string' } },
        reconsiderationUntil: { type: 'string', format: 'date-time', nullable: true },
        revision: { type: 'integer' },
      },
    },
  })
  @ApiOperation({ summary: "A case's review: round, deadline, votes, recusals and outcome (404 for any other tenant's case)." })
  async get(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string, @Res({ passthrough: true }) res: Response) {
    const { history } = await this.writer.load<ReviewEventType>(reviewStreamId(principal.tenantId, caseId));
    if (history.length === 0) throw reviewNotFound();
    const state = reviewStateOf(history);
    const revision = history[history.length - 1].revision;
    res.setHeader('ETag', `"${revision}"`);
    return {
      caseId,
      status: state.status,
      round: state.round,
      deadline: state.deadline ?? null,
      breached: state.breached,
      escalated: state.escalated,
      votes: state.votes.map((v) => ({ memberId: v.memberId, role: v.role, vote: v.vote, reason: v.reason, castAt: v.castAt })),
      recused: state.recused,
      reconsiderationUntil: state.reconsiderationUntil ?? null,
      revision,
    };
  }
}
