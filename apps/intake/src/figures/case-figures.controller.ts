import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { CasesByStageDto, FiguresPeriodQuery, TimeToDecisionDto } from './case-figures.dto';
import { GetCasesByStageQuery, GetTimeToDecisionQuery } from './case-figures.queries';

/**
 * Aggregate figures for the executive director and the board (Tuwaiq 5-5, the review window; the board's
 * oversight of the association's work): counts and durations only, no case and no person, so the board,
 * which sees no case, may see them. Always the caller's own tenant.
 */
@ApiTags('figures')
@Controller('figures')
export class CaseFiguresController {
  constructor(private readonly queries: QueryBus) {}

  @Get('cases-by-stage')
  @Roles('executive-director', 'board-member')
  @ApiOperation({ summary: "The tenant's cases by stage and channel, received in the period (counts only)." })
  @ApiOkResponse({ type: CasesByStageDto })
  casesByStage(@CurrentPrincipal() principal: Principal, @Query() query: FiguresPeriodQuery): Promise<CasesByStageDto> {
    return this.queries.execute<GetCasesByStageQuery, CasesByStageDto>(new GetCasesByStageQuery(principal, query));
  }

  @Get('time-to-decision')
  @Roles('executive-director', 'board-member')
  @ApiOperation({
    summary:
      "Days from submission to the committee's first decision against the review window (first half, within, after; median, 90th percentile), for decisions made in the period.",
  })
  @ApiOkResponse({ type: TimeToDecisionDto })
  timeToDecision(@CurrentPrincipal() principal: Principal, @Query() query: FiguresPeriodQuery): Promise<TimeToDecisionDto> {
    return this.queries.execute<GetTimeToDecisionQuery, TimeToDecisionDto>(new GetTimeToDecisionQuery(principal, query));
  }
}
