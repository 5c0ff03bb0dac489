import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { GetReviewQuery } from './get-review.query';
import { ReviewDto } from './review.dto';

/** One case's review as its stream says, with the revision to send back as If-Match when voting. */
@ApiTags('committee')
@Controller('reviews')
export class GetReviewController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':caseId')
  @Roles('committee-member', 'committee-chair', 'executive-director', 'relations-officer', 'social-researcher', 'auditor')
  @ApiOkResponse({ type: ReviewDto, description: "The review; its revision is also the response's ETag" })
  @ApiOperation({ summary: "A case's review: round, deadline, votes, recusals and outcome (404 for any other tenant's case)." })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReviewDto> {
    const review = await this.queries.execute<GetReviewQuery, ReviewDto>(new GetReviewQuery(principal, caseId));
    res.setHeader('ETag', `"${review.revision}"`);
    return review;
  }
}
