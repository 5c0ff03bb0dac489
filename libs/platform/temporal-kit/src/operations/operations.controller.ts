import { BadRequestException, Body, Controller, Get, HttpCode, HttpStatus, Injectable, Param, Post, Query, type PipeTransform } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { MessagingOperations } from './dead-letter-operations';
import { OPERATIONS_ROLES, tenantScope } from './operations-scope';
import {
  ACTIVITY_ID_PATTERN,
  DeadLetterActionDto,
  DeadLetterOutcomesDto,
  DeadLetterPageDto,
  PendingTimerDto,
  DeadLettersQuery,
  MessagingDto,
  ReasonDto,
  SignalDto,
  WORKFLOW_ID_PATTERN,
  WorkflowActionDto,
  WorkflowCountsDto,
  WorkflowCountsQuery,
  WorkflowDetailDto,
  WorkflowPageDto,
  WorkflowsQuery,
} from './operations.dto';
import { WorkflowOperations } from './workflow-operations';

@Injectable()
export class ParseWorkflowIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value === 'string' && WORKFLOW_ID_PATTERN.test(value)) return value;
    throw new BadRequestException({
      code: 'invalid-id',
      message: { ar: 'المعرّف في المسار غير صالح', en: 'The id in the path is not valid' },
      fields: [{ field: 'workflowId', reasons: [{ ar: 'معرّف سير عمل غير صالح', en: `must match ${WORKFLOW_ID_PATTERN.source}` }] }],
    });
  }
}

@Injectable()
export class ParseActivityIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value === 'string' && ACTIVITY_ID_PATTERN.test(value)) return value;
    throw new BadRequestException({
      code: 'invalid-id',
      message: { ar: 'المعرّف في المسار غير صالح', en: 'The id in the path is not valid' },
      fields: [{ field: 'activityId', reasons: [{ ar: 'معرّف نشاط غير صالح', en: `must match ${ACTIVITY_ID_PATTERN.source}` }] }],
    });
  }
}

const ACTIVITY_ID_PARAM = {
  name: 'activityId',
  description: 'The pending activity (activityId in the workflow detail)',
  schema: { type: 'string' as const, pattern: ACTIVITY_ID_PATTERN.source },
};

const WORKFLOW_ID_PARAM = {
  name: 'workflowId',
  description: 'The workflow id (Temporal)',
  schema: { type: 'string' as const, pattern: WORKFLOW_ID_PATTERN.source },
};
const NOT_FOUND = 'workflow-not-found: no such workflow on this instance, or (for a tenant caller) not this tenant’s: the same answer either way';
const OUT_OF_SCOPE = 'tenant-out-of-scope: a tenant caller named another tenant';

/** Workflows for operations (docs/adr/0045): every running timeline with its stage and deadline, and the actions that take a reason. */
@ApiTags('operations')
@ApiExtraModels(PendingTimerDto)
@Controller('ops/workflows')
export class OperationsWorkflowsController {
  constructor(private readonly workflows: WorkflowOperations) {}

  @Get()
  @Roles(...OPERATIONS_ROLES)
  @ApiOperation({
    summary: 'Running workflows with case, stage, deadline and lateness, from Temporal visibility; filtered (type, stage, at-risk/breached), in pages.',
  })
  @ApiOkResponse({ type: WorkflowPageDto })
  @ApiForbiddenResponse({ description: OUT_OF_SCOPE })
  list(@CurrentPrincipal() principal: Principal, @Query() query: WorkflowsQuery): Promise<WorkflowPageDto> {
    return this.workflows.list(tenantScope(principal, query.tenant), query);
  }

  @Get('counts')
  @Roles(...OPERATIONS_ROLES)
  @ApiOperation({ summary: 'Running workflows counted: all, at risk, breached, and by stage.' })
  @ApiOkResponse({ type: WorkflowCountsDto })
  @ApiForbiddenResponse({ description: OUT_OF_SCOPE })
  counts(@CurrentPrincipal() principal: Principal, @Query() query: WorkflowCountsQuery): Promise<WorkflowCountsDto> {
    return this.workflows.counts(tenantScope(principal, query.tenant), query);
  }

  @Get(':workflowId')
  @Roles(...OPERATIONS_ROLES)
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiOperation({ summary: 'One workflow: its stage, deadline, lateness and next timer.' })
  @ApiOkResponse({ type: WorkflowDetailDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  detail(@CurrentPrincipal() principal: Principal, @Param('workflowId', ParseWorkflowIdPipe) workflowId: string): Promise<WorkflowDetailDto> {
    return this.workflows.detail(tenantScope(principal, undefined), workflowId);
  }

  @Post(':workflowId/signal')
  @HttpCode(HttpStatus.OK)
  @Roles(...OPERATIONS_ROLES)
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiOperation({ summary: 'Sends a signal to a running workflow; recorded with the reason and the actor.' })
  @ApiOkResponse({ type: WorkflowActionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'workflow-not-running' })
  signal(
    @CurrentPrincipal() principal: Principal,
    @Param('workflowId', ParseWorkflowIdPipe) workflowId: string,
    @Body() body: SignalDto,
  ): Promise<WorkflowActionDto> {
    return this.workflows.signal(principal, tenantScope(principal, undefined), workflowId, body.reason, body.signal, body.args ?? []);
  }

  @Post(':workflowId/cancel')
  @HttpCode(HttpStatus.OK)
  @Roles(...OPERATIONS_ROLES)
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiOperation({ summary: 'Asks a running workflow to cancel (it may clean up); recorded with the reason and the actor.' })
  @ApiOkResponse({ type: WorkflowActionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'workflow-not-running' })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('workflowId', ParseWorkflowIdPipe) workflowId: string,
    @Body() body: ReasonDto,
  ): Promise<WorkflowActionDto> {
    return this.workflows.cancel(principal, tenantScope(principal, undefined), workflowId, body.reason);
  }

  @Post(':workflowId/terminate')
  @HttpCode(HttpStatus.OK)
  @Roles('operations')
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiOperation({ summary: 'Ends a running workflow at once (no clean-up); operations only; recorded with the reason and the actor.' })
  @ApiOkResponse({ type: WorkflowActionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'workflow-not-running' })
  terminate(
    @CurrentPrincipal() principal: Principal,
    @Param('workflowId', ParseWorkflowIdPipe) workflowId: string,
    @Body() body: ReasonDto,
  ): Promise<WorkflowActionDto> {
    return this.workflows.terminate(principal, tenantScope(principal, undefined), workflowId, body.reason);
  }

  @Post(':workflowId/reset')
  @HttpCode(HttpStatus.OK)
  @Roles('operations')
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiOperation({
    summary: "Temporal's reset to the last completed workflow task (signals after it re-applied); operations only; recorded with the reason and the actor.",
  })
  @ApiOkResponse({ type: WorkflowActionDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'workflow-not-resettable' })
  reset(
    @CurrentPrincipal() principal: Principal,
    @Param('workflowId', ParseWorkflowIdPipe) workflowId: string,
    @Body() body: ReasonDto,
  ): Promise<WorkflowActionDto> {
    return this.workflows.reset(principal, tenantScope(principal, undefined), workflowId, body.reason);
  }

  @Post(':workflowId/activities/:activityId/retry')
  @HttpCode(HttpStatus.OK)
  @Roles(...OPERATIONS_ROLES)
  @ApiParam(WORKFLOW_ID_PARAM)
  @ApiParam(ACTIVITY_ID_PARAM)
  @ApiOperation({
    summary:
      "Retries a failing activity now: Temporal's ResetActivity (attempts from 1, the next attempt at once instead of after its backoff; history not rewound); recorded with the reason and the actor.",
  })
  @ApiOkResponse({ type: WorkflowActionDto })
  @ApiNotFoundResponse({ description: `${NOT_FOUND}; activity-not-pending: no pending activity of that id in the current run` })
  @ApiConflictResponse({ description: 'workflow-not-running, or activity-not-retryable (Temporal refused)' })
  retryActivity(
    @CurrentPrincipal() principal: Principal,
    @Param('workflowId', ParseWorkflowIdPipe) workflowId: string,
    @Param('activityId', ParseActivityIdPipe) activityId: string,
    @Body() body: ReasonDto,
  ): Promise<WorkflowActionDto> {
    return this.workflows.retryActivity(principal, tenantScope(principal, undefined), workflowId, activityId, body.reason);
  }
}

/** Dead letters for operations (docs/adr/0045): why each failed; redrive to the original topic or discard, with a reason. */
@ApiTags('operations')
@Controller('ops/dead-letters')
export class OperationsDeadLettersController {
  constructor(private readonly messaging: MessagingOperations) {}

  @Get()
  @Roles(...OPERATIONS_ROLES)
  @ApiOperation({
    summary: 'Dead letters (open by default): original topic, key, tenant, event type, error, attempts, first and last failure; never the payload.',
  })
  @ApiOkResponse({ type: DeadLetterPageDto })
  @ApiForbiddenResponse({ description: OUT_OF_SCOPE })
  list(@CurrentPrincipal() principal: Principal, @Query() query: DeadLettersQuery): Promise<DeadLetterPageDto> {
    return this.messaging.list(tenantScope(principal, query.tenant), query);
  }

  @Post('redrive')
  @HttpCode(HttpStatus.OK)
  @Roles(...OPERATIONS_ROLES)
  @ApiOperation({
    summary: 'Sends dead letters back to their original topics as they were; consumers that handled one already skip it (inbox). Recorded per letter.',
  })
  @ApiOkResponse({ type: DeadLetterOutcomesDto })
  @ApiNotFoundResponse({ description: 'dead-letter-not-found: an id the caller cannot see; nothing was redriven' })
  @ApiConflictResponse({ description: 'dead-letter-already-handled or dead-letter-unroutable; nothing was redriven' })
  async redrive(@CurrentPrincipal() principal: Principal, @Body() body: DeadLetterActionDto): Promise<DeadLetterOutcomesDto> {
    return { items: await this.messaging.redrive(principal, tenantScope(principal, undefined), body.ids, body.reason) };
  }

  @Post('discard')
  @HttpCode(HttpStatus.OK)
  @Roles(...OPERATIONS_ROLES)
  @ApiOperation({ summary: 'Marks dead letters as discarded (they stay in the topic, out of the open list). Recorded per letter.' })
  @ApiOkResponse({ type: DeadLetterOutcomesDto })
  @ApiNotFoundResponse({ description: 'dead-letter-not-found: an id the caller cannot see; nothing was discarded' })
  @ApiConflictResponse({ description: 'dead-letter-already-handled; nothing was discarded' })
  async discard(@CurrentPrincipal() principal: Principal, @Body() body: DeadLetterActionDto): Promise<DeadLetterOutcomesDto> {
    return { items: await this.messaging.discard(principal, tenantScope(principal, undefined), body.ids, body.reason) };
  }
}

/** Messaging health for operations: platform-wide, no tenant's data. */
@ApiTags('operations')
@Controller('ops/messaging')
export class OperationsMessagingController {
  constructor(private readonly messaging: MessagingOperations) {}

  @Get()
  @Roles('operations')
  @ApiOperation({ summary: 'Consumer lag per service and partition, relay lag in events and seconds, inbox sizes, open dead letters (also on /metrics).' })
  @ApiOkResponse({ type: MessagingDto })
  get(): Promise<MessagingDto> {
    return this.messaging.messaging();
  }
}
