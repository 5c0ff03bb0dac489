import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { ListWorkQueueQuery } from './list-work-queue/list-work-queue.query';
import { QUEUE_ROLES, SUPERVISORS, WorkItemOutcomeDto, WorkQueuePageDto, WorkQueueQuery, type QueueRole } from './work-queue.dto';

/** A queue per role (Tuwaiq 6-2, 6-4): the services officer's and the social researcher's. */
@ApiTags('work queues')
@ApiExtraModels(WorkItemOutcomeDto)
@Controller('work-queues')
export class WorkQueueController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':role')
  @Roles(...QUEUE_ROLES, ...SUPERVISORS)
  @ApiOperation({
    summary:
      "A role's queue of verification and follow-up tasks: new documents first, oldest first; then expiring ones by due date; filtered, in keyset pages with a total.",
  })
  @ApiOkResponse({ type: WorkQueuePageDto })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('role', new ParseEnumPipe(QUEUE_ROLES)) role: QueueRole,
    @Query() query: WorkQueueQuery,
  ): Promise<WorkQueuePageDto> {
    return this.queries.execute<ListWorkQueueQuery, WorkQueuePageDto>(new ListWorkQueueQuery(principal, role, query));
  }
}
