import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import {
  CommitteeQueuePageDto,
  CommitteeQueueQuery,
  DeadlineWatchPageDto,
  DeadlineWatchQuery,
  QueueEligibilityDto,
  QueueEligibilityReviewDto,
  QueueOverrideDto,
} from './committee-queue.dto';
import { GetDeadlineWatchQuery } from './deadline-watch/deadline-watch.query';
import { ListQueueQuery } from './list-queue/list-queue.query';

/** The committee's queue: undecided cases, nearest deadline first, with why they are eligible and which documents were verified. */
@ApiTags('committee')
@ApiExtraModels(QueueEligibilityDto, QueueOverrideDto, QueueEligibilityReviewDto)
@Controller('committee')
export class CommitteeQueueController {
  constructor(private readonly queries: QueryBus) {}

  @Get('queue')
  @Roles('committee-member', 'committee-chair', 'executive-director', 'auditor')
  @ApiOperation({
    summary: "The tenant's undecided cases by deadline, with the eligibility explanation and verified documents; filtered, in keyset pages with a total.",
  })
  @ApiOkResponse({ type: CommitteeQueuePageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() query: CommitteeQueueQuery): Promise<CommitteeQueuePageDto> {
    return this.queries.execute<ListQueueQuery, CommitteeQueuePageDto>(new ListQueueQuery(principal, query));
  }

  /** Operations watch the deadlines without seeing whose case it is (their full view comes later). */
  @Get('deadlines')
  @Roles('operations', 'committee-member', 'committee-chair', 'executive-director', 'auditor')
  @ApiOperation({
    summary: 'Cases at risk of missing, or past, their review deadline, nearest deadline first, without personal data; filtered, in keyset pages with a total.',
  })
  @ApiOkResponse({ type: DeadlineWatchPageDto })
  deadlines(@CurrentPrincipal() principal: Principal, @Query() query: DeadlineWatchQuery): Promise<DeadlineWatchPageDto> {
    return this.queries.execute<GetDeadlineWatchQuery, DeadlineWatchPageDto>(new GetDeadlineWatchQuery(principal, query));
  }
}
