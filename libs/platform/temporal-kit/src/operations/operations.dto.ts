import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ApiPropertyNullable, CURSOR_PATTERN } from '@athar/service-kit';

/** Every workflow type the platform's workers run (libs/workflows/src/workflows.ts). */
export const WORKFLOW_TYPES = [
  'reviewTimeline',
  'caseDocumentExpiry',
  'documentExpiryWatch',
  'periodicReverification',
  'eligibilityPolicyReview',
  'serviceDelivery',
  'needsStudyTimeline',
  'partnerAgreementTimeline',
  'impactReportTimeline',
  'allocationRoundTimeline',
  'satisfactionSurveyTimeline',
  'complaintServiceLevel',
] as const;
export const WORKFLOW_RISKS = ['at-risk', 'breached'] as const;
export const DEAD_LETTER_STATES = ['open', 'redriven', 'discarded'] as const;

export const TENANT_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;
export const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
/** Workflow ids are paths (`service-delivery/<tenant>/<case>`): pass the slashes encoded (%2F). */
export const WORKFLOW_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._/-]{0,299}$/;
export const SIGNAL_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Activity ids as the SDKs give them (the TypeScript SDK numbers them: `1`, `2` …). */
export const ACTIVITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;
const DEAD_LETTER_ID_PATTERN = /^(0|[1-9]\d{0,4})-(0|[1-9]\d{0,18})$/;

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class WorkflowsQuery {
  @ApiPropertyOptional({
    pattern: TENANT_PATTERN.source,
    description: 'Operations only: one association; without it, every association. A tenant caller always sees only its own.',
  })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;

  @ApiPropertyOptional({ enum: WORKFLOW_TYPES, description: 'The workflow type' })
  @IsOptional()
  @IsIn(WORKFLOW_TYPES)
  type?: (typeof WORKFLOW_TYPES)[number];

  @ApiPropertyOptional({ pattern: STAGE_PATTERN.source, description: 'The Stage search attribute (under-review, at-risk, report-overdue…)' })
  @IsOptional()
  @Matches(STAGE_PATTERN)
  stage?: string;

  @ApiPropertyOptional({ enum: WORKFLOW_RISKS, description: 'breached: past its deadline; at-risk: due within atRiskHours' })
  @IsOptional()
  @IsIn(WORKFLOW_RISKS)
  status?: (typeof WORKFLOW_RISKS)[number];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 720, default: 48, description: 'Hours before the deadline that count as at risk' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  atRiskHours?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'Items per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ pattern: CURSOR_PATTERN.source, description: "The previous page's nextCursor, with the same filters (opaque; 422 otherwise)" })
  @IsOptional()
  @Matches(CURSOR_PATTERN)
  cursor?: string;
}

export class WorkflowCountsQuery {
  @ApiPropertyOptional({ pattern: TENANT_PATTERN.source, description: 'Operations only: one association; without it, every association' })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;

  @ApiPropertyOptional({ enum: WORKFLOW_TYPES })
  @IsOptional()
  @IsIn(WORKFLOW_TYPES)
  type?: (typeof WORKFLOW_TYPES)[number];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 720, default: 48 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(720)
  atRiskHours?: number;
}

export class WorkflowItemDto {
  @ApiProperty() workflowId!: string;
  @ApiProperty() runId!: string;
  @ApiProperty({ enum: WORKFLOW_TYPES }) type!: string;
  @ApiProperty({ example: 'Running' }) status!: string;
  @ApiProperty({ nullable: true, type: String }) tenantId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The case, agreement, complaint or round the workflow times' }) caseId!: string | null;
  @ApiProperty({ nullable: true, type: String }) stage!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadline!: string | null;
  @ApiProperty({ enum: ['on-track', 'at-risk', 'breached', 'no-deadline'] }) risk!: string;
  @ApiProperty({ type: 'integer', description: 'Seconds past the deadline; 0 before it' }) lateBySeconds!: number;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty() taskQueue!: string;
}

export class WorkflowPageDto {
  @ApiProperty({ type: [WorkflowItemDto] }) items!: WorkflowItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor (with the same filters) for the next page; null on the last page' })
  nextCursor!: string | null;
}

export class StageCountDto {
  @ApiProperty() stage!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
}

export class WorkflowCountsDto {
  @ApiProperty({ type: 'integer' }) running!: number;
  @ApiProperty({ type: 'integer' }) atRisk!: number;
  @ApiProperty({ type: 'integer' }) breached!: number;
  @ApiProperty({ type: [StageCountDto] }) byStage!: StageCountDto[];
  @ApiProperty({ description: 'True when more workflows ran than were counted by stage (10 000)' }) capped!: boolean;
}

export class PendingTimerDto {
  @ApiProperty() timerId!: string;
  @ApiProperty({ format: 'date-time' }) firesAt!: string;
}

export const ACTIVITY_STATES = ['scheduled', 'started', 'cancel-requested', 'paused', 'pause-requested', 'unspecified'] as const;

export class PendingActivityDto {
  @ApiProperty() activityId!: string;
  @ApiProperty({ example: 'recordServiceDeliveryEnd' }) activityType!: string;
  @ApiProperty({ enum: ACTIVITY_STATES }) state!: (typeof ACTIVITY_STATES)[number];
  @ApiProperty({ type: 'integer', description: 'The attempt under way or next (1 for the first)' }) attempt!: number;
  @ApiProperty({ nullable: true, type: 'integer', description: 'null: retried until its timeouts' }) maximumAttempts!: number | null;
  @ApiProperty({ nullable: true, type: String, description: "The last attempt's failure message (a handler's own words)" }) lastFailure!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastStartedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the next attempt is scheduled; null while one runs' })
  nextAttemptAt!: string | null;
}

export class HistoryEventDto {
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'TimerStarted', description: "The event's type (never its payload)" }) type!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class WorkflowDetailDto extends WorkflowItemDto {
  @ApiPropertyNullable(PendingTimerDto, { description: 'The next timer to fire (from the history); null when none waits' }) nextTimer!: PendingTimerDto | null;
  @ApiProperty({ type: 'integer' }) pendingActivities!: number;
  @ApiProperty({ type: [PendingActivityDto], description: 'Each pending activity with its attempt and last failure' }) activities!: PendingActivityDto[];
  @ApiProperty({ type: 'integer' }) historyLength!: number;
  @ApiProperty({ type: [HistoryEventDto], description: 'The latest history events, newest first (types and times only)' })
  recentHistory!: HistoryEventDto[];
}

export class ReasonDto {
  @ApiProperty({
    minLength: 3,
    maxLength: 500,
    example: 'stuck after the engine outage; restarting from the last good point',
    description: 'Why: recorded with the action and its actor (no personal data)',
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

export class SignalDto extends ReasonDto {
  @ApiProperty({ pattern: SIGNAL_PATTERN.source, example: 'reviewDecided', description: 'The signal the workflow defines' })
  @Matches(SIGNAL_PATTERN)
  signal!: string;

  @ApiPropertyOptional({ type: 'array', items: {}, maxItems: 5, description: "The signal's arguments (JSON values)" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  args?: unknown[];
}

export class WorkflowActionDto {
  @ApiProperty() workflowId!: string;
  @ApiProperty() runId!: string;
  @ApiProperty({ enum: ['workflow-signal', 'workflow-cancel', 'workflow-terminate', 'workflow-reset', 'activity-retry'] }) action!: string;
  @ApiProperty({ description: 'The event store position of the OperationsActionRecorded event that records the action' }) position!: string;
  @ApiPropertyOptional({ description: 'After a reset: the new run' }) newRunId?: string;
  @ApiPropertyOptional({ description: 'After an activity retry: the activity retried' }) activityId?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'After an activity retry: the attempt it had reached before it was retried' }) previousAttempt?: number;
}

export class DeadLettersQuery {
  @ApiPropertyOptional({ pattern: TENANT_PATTERN.source, description: 'Operations only: one association; without it, every association' })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;

  @ApiPropertyOptional({ enum: DEAD_LETTER_STATES, default: 'open' })
  @IsOptional()
  @IsIn(DEAD_LETTER_STATES)
  state?: (typeof DEAD_LETTER_STATES)[number];

  @ApiPropertyOptional({ pattern: SIGNAL_PATTERN.source, description: 'The event type' })
  @IsOptional()
  @Matches(SIGNAL_PATTERN)
  eventType?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ pattern: CURSOR_PATTERN.source })
  @IsOptional()
  @Matches(CURSOR_PATTERN)
  cursor?: string;
}

export class DeadLetterDto {
  @ApiProperty({ pattern: DEAD_LETTER_ID_PATTERN.source }) id!: string;
  @ApiProperty({ nullable: true, type: String }) originalTopic!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) originalPartition!: number | null;
  @ApiProperty({ nullable: true, type: String }) originalOffset!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The Kafka key: a case or record id' }) key!: string | null;
  @ApiProperty({ nullable: true, type: String }) tenantId!: string | null;
  @ApiProperty({ nullable: true, type: String }) eventId!: string | null;
  @ApiProperty({ nullable: true, type: String }) eventType!: string | null;
  @ApiProperty({ nullable: true, type: String }) consumerGroup!: string | null;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ nullable: true, type: 'integer' }) attempts!: number | null;
  @ApiProperty({ format: 'date-time' }) firstFailedAt!: string;
  @ApiProperty({ format: 'date-time' }) lastFailedAt!: string;
  @ApiProperty({ enum: DEAD_LETTER_STATES }) state!: string;
}

export class DeadLetterPageDto {
  @ApiProperty({ type: [DeadLetterDto] }) items!: DeadLetterDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class DeadLetterActionDto extends ReasonDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: 100, description: 'Dead letter ids (`<partition>-<offset>`)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(DEAD_LETTER_ID_PATTERN, { each: true })
  ids!: string[];
}

export class DeadLetterOutcomeDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['redriven', 'discarded'] }) state!: string;
  @ApiProperty({ description: 'The event store position of the event that records it' }) position!: string;
  @ApiPropertyOptional({ description: 'Where the redriven message went' }) topic?: string;
}

export class DeadLetterOutcomesDto {
  @ApiProperty({ type: [DeadLetterOutcomeDto] }) items!: DeadLetterOutcomeDto[];
}

export class PartitionLagDto {
  @ApiProperty() topic!: string;
  @ApiProperty({ type: 'integer' }) partition!: number;
  @ApiProperty({ nullable: true, type: String }) committed!: string | null;
  @ApiProperty() end!: string;
  @ApiProperty({ type: 'integer' }) lag!: number;
}

export class ConsumerLagDto {
  @ApiProperty() service!: string;
  @ApiProperty() group!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ type: 'integer' }) members!: number;
  @ApiProperty({ type: 'integer' }) lag!: number;
  @ApiProperty({ type: [PartitionLagDto] }) partitions!: PartitionLagDto[];
}

export class RelayLagDto {
  @ApiProperty() service!: string;
  @ApiProperty() relay!: string;
  @ApiProperty() checkpoint!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) checkpointSavedAt!: string | null;
  @ApiProperty({ type: 'integer' }) events!: number;
  @ApiProperty() atLeast!: boolean;
  @ApiProperty() seconds!: number;
}

export class InboxSizeDto {
  @ApiProperty() group!: string;
  @ApiProperty({ type: 'integer' }) events!: number;
}

export class MessagingDto {
  @ApiProperty({ type: [ConsumerLagDto] }) consumers!: ConsumerLagDto[];
  @ApiProperty({ type: [RelayLagDto] }) relays!: RelayLagDto[];
  @ApiProperty({ type: [InboxSizeDto] }) inbox!: InboxSizeDto[];
  @ApiProperty({ type: 'integer', description: 'Open dead letters (not redriven or discarded)' }) deadLetters!: number;
  @ApiProperty({ format: 'date-time' }) measuredAt!: string;
}
