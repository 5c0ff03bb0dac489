import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { ConflictException, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { status as GrpcStatus } from '@grpc/grpc-js';
import type { Principal } from '@athar/identity';
import { TemporalRuntime } from '../temporal-runtime';
import { scopedQuery } from '../workflow-query';
import { activityNotPending, badCursor, workflowNotFound } from './operations-scope';
import type {
  HistoryEventDto,
  PendingActivityDto,
  PendingTimerDto,
  WorkflowCountsDto,
  WorkflowDetailDto,
  WorkflowItemDto,
  WorkflowPageDto,
  WorkflowsQuery,
} from './operations.dto';
import { OperationsLedger } from './operations-ledger';

const { WorkflowExecutionStatus, EventType, PendingActivityState } = temporal.api.enums.v1;
type Payload = temporal.api.common.v1.IPayload;
type Timestamp = { seconds?: { toNumber(): number } | number | null; nanos?: number | null } | null | undefined;

const STATUS_NAMES: Record<number, string> = {
  [WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING]: 'Running',
  [WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED]: 'Completed',
  [WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED]: 'Failed',
  [WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED]: 'Canceled',
  [WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED]: 'Terminated',
  [WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW]: 'ContinuedAsNew',
  [WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TIMED_OUT]: 'TimedOut',
};

const DEFAULT_AT_RISK_HOURS = 48;
const COUNT_CAP = 10_000;

export function timestampMs(ts: Timestamp): number {
  if (!ts) return 0;
  const seconds = typeof ts.seconds === 'number' ? ts.seconds : (ts.seconds?.toNumber() ?? 0);
  return seconds * 1000 + Math.floor((ts.nanos ?? 0) / 1e6);
}

const ACTIVITY_STATE_NAMES: Record<number, PendingActivityDto['state']> = {
  [PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED]: 'scheduled',
  [PendingActivityState.PENDING_ACTIVITY_STATE_STARTED]: 'started',
  [PendingActivityState.PENDING_ACTIVITY_STATE_CANCEL_REQUESTED]: 'cancel-requested',
  [PendingActivityState.PENDING_ACTIVITY_STATE_PAUSED]: 'paused',
  [PendingActivityState.PENDING_ACTIVITY_STATE_PAUSE_REQUESTED]: 'pause-requested',
};
/** How many of the latest history events a workflow's detail carries. */
export const RECENT_HISTORY = 20;

const isoOrNull = (ts: Timestamp): string | null => (ts && timestampMs(ts) > 0 ? new Date(timestampMs(ts)).toISOString() : null);

/** The pending activities as describe gives them: type, state, attempt, last failure, next attempt (no arguments, no heartbeat details). */
export function pendingActivities(raw: temporal.api.workflowservice.v1.IDescribeWorkflowExecutionResponse): PendingActivityDto[] {
  return (raw.pendingActivities ?? []).map((a) => ({
    activityId: a.activityId ?? '',
    activityType: a.activityType?.name ?? '',
    state: ACTIVITY_STATE_NAMES[a.state ?? 0] ?? 'unspecified',
    attempt: a.attempt ?? 1,
    maximumAttempts: a.maximumAttempts ? a.maximumAttempts : null,
    lastFailure: a.lastFailure?.message ?? null,
    lastStartedAt: isoOrNull(a.lastStartedTime as Timestamp),
    nextAttemptAt: isoOrNull(a.nextAttemptScheduleTime as Timestamp),
  }));
}

/** The latest history events, newest first: `EVENT_TYPE_TIMER_STARTED` reads `TimerStarted`; no attributes (they may hold personal data). */
export function recentHistory(events: temporal.api.history.v1.IHistoryEvent[], limit = RECENT_HISTORY): HistoryEventDto[] {
  return events
    .slice(-limit)
    .reverse()
    .map((event) => ({
      eventId: String(event.eventId ?? ''),
      type: (EventType[event.eventType ?? 0] ?? 'EVENT_TYPE_UNSPECIFIED')
        .replace(/^EVENT_TYPE_/, '')
        .toLowerCase()
        .replace(/(^|_)([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase()),
      at: new Date(timestampMs(event.eventTime as Timestamp)).toISOString(),
    }));
}

function decoded(payload: Payload | null | undefined): unknown {
  if (!payload?.data) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload.data).toString('utf8'));
    return Array.isArray(value) ? value[0] : value;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** A visibility query's filters, from validated values only (patterns and enums: nothing to escape). */
export function filterClauses(scope: string | null, query: Pick<WorkflowsQuery, 'type' | 'stage' | 'status' | 'atRiskHours'>, now: Date): string | undefined {
  const clauses: string[] = [];
  if (scope !== null) clauses.push(`TenantId = "${scope}"`);
  if (query.type) clauses.push(`WorkflowType = "${query.type}"`);
  if (query.stage) clauses.push(`Stage = "${query.stage}"`);
  const atRiskUntil = new Date(now.getTime() + (query.atRiskHours ?? DEFAULT_AT_RISK_HOURS) * 3_600_000).toISOString();
  if (query.status === 'breached') clauses.push(`Deadline < "${now.toISOString()}"`);
  if (query.status === 'at-risk') clauses.push(`Deadline >= "${now.toISOString()}" AND Deadline < "${atRiskUntil}"`);
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

export function riskOf(deadline: string | null, now: Date, atRiskHours = DEFAULT_AT_RISK_HOURS): { risk: WorkflowItemDto['risk']; lateBySeconds: number } {
  if (!deadline) return { risk: 'no-deadline', lateBySeconds: 0 };
  const due = Date.parse(deadline);
  if (due <= now.getTime()) return { risk: 'breached', lateBySeconds: Math.floor((now.getTime() - due) / 1000) };
  return { risk: due - now.getTime() <= atRiskHours * 3_600_000 ? 'at-risk' : 'on-track', lateBySeconds: 0 };
}

/** The cursor: Temporal's page token, with the instant and filters the first page was asked with (the query must not change between pages). */
interface Cursor {
  n: string;
  f: string;
  t: string;
  /** HMAC of the rest: a forged or edited token never reaches Temporal (which answers UNKNOWN, not INVALID_ARGUMENT, to some). */
  s: string;
}

/** ATHAR_OPS_CURSOR_SECRET shares cursors between replicas; without it each process signs with a key of its own. */
const CURSOR_KEY = process.env.ATHAR_OPS_CURSOR_SECRET ? Buffer.from(process.env.ATHAR_OPS_CURSOR_SECRET) : randomBytes(32);
const signature = (n: string, f: string, t: string): string =>
  createHmac('sha256', CURSOR_KEY)
    .update(JSON.stringify([n, f, t]))
    .digest('base64url');

const filterKey = (scope: string | null, q: WorkflowsQuery): string =>
  JSON.stringify([scope, q.type ?? null, q.stage ?? null, q.status ?? null, q.atRiskHours ?? null]);

function readCursor(raw: string, key: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.n !== 'string' || Number.isNaN(Date.parse(cursor.n)) || cursor.f !== key || typeof cursor.t !== 'string' || cursor.t.length === 0)
      throw badCursor();
    const expected = Buffer.from(signature(cursor.n, cursor.f, cursor.t));
    const given = Buffer.from(typeof cursor.s === 'string' ? cursor.s : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badCursor();
    return cursor;
  } catch {
    throw badCursor();
  }
}

/** Workflows as operations see them: Temporal visibility narrowed to this instance and the caller's tenant; actions recorded with their reason (docs/adr/0045). */
@Injectable()
export class WorkflowOperations {
  constructor(
    private readonly temporal: TemporalRuntime,
    private readonly ledger: OperationsLedger,
  ) {}

  private item(raw: temporal.api.workflow.v1.IWorkflowExecutionInfo, now: Date, atRiskHours?: number): WorkflowItemDto {
    const fields = raw.searchAttributes?.indexedFields ?? {};
    const deadlineValue = decoded(fields.Deadline);
    const deadline = typeof deadlineValue === 'string' && !Number.isNaN(Date.parse(deadlineValue)) ? new Date(deadlineValue).toISOString() : null;
    return {
      workflowId: raw.execution?.workflowId ?? '',
      runId: raw.execution?.runId ?? '',
      type: raw.type?.name ?? '',
      status: STATUS_NAMES[raw.status ?? 0] ?? 'Unknown',
      tenantId: text(decoded(fields.TenantId)),
      caseId: text(decoded(fields.CaseId)),
      stage: text(decoded(fields.Stage)),
      deadline,
      ...riskOf(deadline, now, atRiskHours),
      startedAt: new Date(timestampMs(raw.startTime as Timestamp)).toISOString(),
      taskQueue: raw.taskQueue ?? '',
    };
  }

  async list(scope: string | null, query: WorkflowsQuery): Promise<WorkflowPageDto> {
    const key = filterKey(scope, query);
    const cursor = query.cursor ? readCursor(query.cursor, key) : undefined;
    const now = cursor ? new Date(cursor.n) : new Date();
    const visibility = scopedQuery(filterClauses(scope, query, now), { instance: this.temporal.instance });
    let response: temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
    try {
      response = await this.temporal.client.workflowService.listWorkflowExecutions({
        namespace: this.temporal.namespace,
        query: visibility,
        pageSize: query.limit ?? 50,
        nextPageToken: cursor ? Buffer.from(cursor.t, 'base64url') : undefined,
      });
    } catch (error) {
      if (cursor && (error as { code?: number }).code === GrpcStatus.INVALID_ARGUMENT) throw badCursor();
      throw error;
    }
    const token = response.nextPageToken && response.nextPageToken.length > 0 ? Buffer.from(response.nextPageToken).toString('base64url') : null;
    return {
      items: response.executions.map((raw) => this.item(raw, now, query.atRiskHours)),
      nextCursor: token
        ? Buffer.from(JSON.stringify({ n: now.toISOString(), f: key, t: token, s: signature(now.toISOString(), key, token) } satisfies Cursor)).toString(
            'base64url',
          )
        : null,
    };
  }

  async counts(scope: string | null, query: Pick<WorkflowsQuery, 'type' | 'atRiskHours'>): Promise<WorkflowCountsDto> {
    const now = new Date();
    const q = (status?: WorkflowsQuery['status']): string => scopedQuery(filterClauses(scope, { ...query, status }, now), { instance: this.temporal.instance });
    const [running, atRisk, breached] = await Promise.all(
      [q(), q('at-risk'), q('breached')].map(async (visibility) => (await this.temporal.client.workflow.count(visibility)).count),
    );
    const byStage = new Map<string, number>();
    let seen = 0;
    let nextPageToken: Uint8Array | undefined;
    do {
      const page = await this.temporal.client.workflowService.listWorkflowExecutions({
        namespace: this.temporal.namespace,
        query: q(),
        pageSize: 1000,
        nextPageToken,
      });
      for (const raw of page.executions) {
        const stage = text(decoded(raw.searchAttributes?.indexedFields?.Stage)) ?? '(none)';
        byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
      }
      seen += page.executions.length;
      nextPageToken = page.nextPageToken && page.nextPageToken.length > 0 ? page.nextPageToken : undefined;
    } while (nextPageToken && seen < COUNT_CAP);
    return {
      running,
      atRisk,
      breached,
      byStage: [...byStage].map(([stage, count]) => ({ stage, count })).sort((a, b) => b.count - a.count || a.stage.localeCompare(b.stage)),
      capped: nextPageToken !== undefined,
    };
  }

  /** The workflow if it runs on this instance's task queues and (for a tenant caller) belongs to the caller's tenant; 404 otherwise, the same whether it exists elsewhere or not. */
  private async visible(
    scope: string | null,
    workflowId: string,
  ): Promise<{ item: WorkflowItemDto; raw: temporal.api.workflowservice.v1.IDescribeWorkflowExecutionResponse }> {
    let raw: temporal.api.workflowservice.v1.IDescribeWorkflowExecutionResponse;
    try {
      raw = await this.temporal.client.workflowService.describeWorkflowExecution({ namespace: this.temporal.namespace, execution: { workflowId } });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError || (error as { code?: number }).code === GrpcStatus.NOT_FOUND) throw workflowNotFound();
      throw error;
    }
    const item = this.item(raw.workflowExecutionInfo ?? {}, new Date());
    const queues = scopedQuery(undefined, { instance: this.temporal.instance });
    if (!queues.includes(`"${item.taskQueue}"`) || (scope !== null && item.tenantId !== scope)) throw workflowNotFound();
    return { item, raw };
  }

  async detail(scope: string | null, workflowId: string): Promise<WorkflowDetailDto> {
    const { item, raw } = await this.visible(scope, workflowId);
    const history = await this.temporal.client.workflow.getHandle(workflowId, item.runId).fetchHistory();
    const pending = new Map<string, PendingTimerDto>();
    const started = new Map<string, string>();
    for (const event of history.events ?? []) {
      const id = String(event.eventId);
      if (event.eventType === EventType.EVENT_TYPE_TIMER_STARTED && event.timerStartedEventAttributes) {
        const attrs = event.timerStartedEventAttributes;
        const firesAt = new Date(timestampMs(event.eventTime as Timestamp) + timestampMs(attrs.startToFireTimeout as Timestamp)).toISOString();
        pending.set(id, { timerId: attrs.timerId ?? id, firesAt });
        started.set(attrs.timerId ?? id, id);
      }
      const ended = event.timerFiredEventAttributes ?? event.timerCanceledEventAttributes;
      if (ended?.startedEventId) pending.delete(String(ended.startedEventId));
    }
    const nextTimer = [...pending.values()].sort((a, b) => a.firesAt.localeCompare(b.firesAt))[0] ?? null;
    return {
      ...item,
      nextTimer,
      pendingActivities: raw.pendingActivities?.length ?? 0,
      activities: pendingActivities(raw),
      historyLength: (history.events ?? []).length,
      recentHistory: recentHistory(history.events ?? []),
    };
  }

  async signal(principal: Principal, scope: string | null, workflowId: string, reason: string, signal: string, args: unknown[]) {
    const { item } = await this.running(scope, workflowId);
    await this.temporal.client.workflow.getHandle(workflowId, item.runId).signal(signal, ...args);
    const position = await this.ledger.record(principal, item.tenantId, 'workflow-signal', workflowId, reason, { runId: item.runId, signal, type: item.type });
    return { workflowId, runId: item.runId, action: 'workflow-signal', position };
  }

  async cancel(principal: Principal, scope: string | null, workflowId: string, reason: string) {
    const { item } = await this.running(scope, workflowId);
    await this.temporal.client.workflow.getHandle(workflowId, item.runId).cancel();
    const position = await this.ledger.record(principal, item.tenantId, 'workflow-cancel', workflowId, reason, { runId: item.runId, type: item.type });
    return { workflowId, runId: item.runId, action: 'workflow-cancel', position };
  }

  async terminate(principal: Principal, scope: string | null, workflowId: string, reason: string) {
    const { item } = await this.running(scope, workflowId);
    await this.temporal.client.workflow.getHandle(workflowId, item.runId).terminate(`operations: ${reason}`);
    const position = await this.ledger.record(principal, item.tenantId, 'workflow-terminate', workflowId, reason, { runId: item.runId, type: item.type });
    return { workflowId, runId: item.runId, action: 'workflow-terminate', position };
  }

  /** Temporal's reset to the last completed workflow task: the run is replaced by one replayed to that point, signals after it re-applied. */
  async reset(principal: Principal, scope: string | null, workflowId: string, reason: string) {
    const { item } = await this.visible(scope, workflowId);
    const history = await this.temporal.client.workflow.getHandle(workflowId, item.runId).fetchHistory();
    const last = [...(history.events ?? [])].reverse().find((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
    if (!last?.eventId)
      throw new ConflictException({
        code: 'workflow-not-resettable',
        message: { ar: 'لا توجد نقطة صالحة لإعادة الضبط', en: 'The workflow has no completed workflow task to reset to' },
      });
    let newRunId: string;
    try {
      const reset = await this.temporal.client.workflowService.resetWorkflowExecution({
        namespace: this.temporal.namespace,
        workflowExecution: { workflowId, runId: item.runId },
        reason: `operations: ${reason}`,
        workflowTaskFinishEventId: last.eventId,
        requestId: randomUUID(),
        resetReapplyType: temporal.api.enums.v1.ResetReapplyType.RESET_REAPPLY_TYPE_SIGNAL,
      });
      newRunId = reset.runId ?? '';
    } catch (error) {
      const code = (error as { code?: number }).code;
      if (code === GrpcStatus.INVALID_ARGUMENT || code === GrpcStatus.FAILED_PRECONDITION)
        throw new ConflictException({
          code: 'workflow-not-resettable',
          message: { ar: 'لا يسمح Temporal بإعادة ضبط سير العمل هذا', en: `Temporal refuses this reset: ${(error as Error).message}` },
        });
      throw error;
    }
    const position = await this.ledger.record(principal, item.tenantId, 'workflow-reset', workflowId, reason, {
      runId: item.runId,
      newRunId,
      type: item.type,
      workflowTaskFinishEventId: String(last.eventId),
    });
    return { workflowId, runId: item.runId, action: 'workflow-reset', position, newRunId };
  }

  /**
   * Temporal's ResetActivity (server 1.27+): the pending activity's attempts start again from 1 and,
   * while it waits for its next retry, it is scheduled at once instead of after its backoff. The
   * workflow's history is not rewound (unlike `reset`): an attempt already running goes on, and the
   * activity's own idempotence (each writes nothing twice) is what makes an early attempt harmless.
   */
  async retryActivity(principal: Principal, scope: string | null, workflowId: string, activityId: string, reason: string) {
    const { item, raw } = await this.running(scope, workflowId);
    const activity = (raw.pendingActivities ?? []).find((a) => a.activityId === activityId);
    if (!activity) throw activityNotPending();
    try {
      await this.temporal.client.workflowService.resetActivity({
        namespace: this.temporal.namespace,
        execution: { workflowId, runId: item.runId },
        id: activityId,
        identity: `operations:${principal.userId}`,
        resetHeartbeat: true,
      });
    } catch (error) {
      const code = (error as { code?: number }).code;
      if (code === GrpcStatus.NOT_FOUND) throw activityNotPending();
      if (
        code === GrpcStatus.INVALID_ARGUMENT ||
        code === GrpcStatus.FAILED_PRECONDITION ||
        code === GrpcStatus.UNIMPLEMENTED ||
        code === GrpcStatus.PERMISSION_DENIED
      )
        throw new ConflictException({
          code: 'activity-not-retryable',
          message: { ar: 'لا يسمح Temporal بإعادة محاولة هذا النشاط الآن', en: `Temporal refuses to retry this activity: ${(error as Error).message}` },
        });
      throw error;
    }
    const previousAttempt = activity.attempt ?? 1;
    const position = await this.ledger.record(principal, item.tenantId, 'activity-retry', workflowId, reason, {
      runId: item.runId,
      type: item.type,
      activityId,
      activityType: activity.activityType?.name ?? '',
      previousAttempt: String(previousAttempt),
    });
    return { workflowId, runId: item.runId, action: 'activity-retry', position, activityId, previousAttempt };
  }

  private async running(scope: string | null, workflowId: string) {
    const found = await this.visible(scope, workflowId);
    if (found.item.status !== 'Running')
      throw new ConflictException({
        code: 'workflow-not-running',
        message: { ar: 'سير العمل منتهٍ', en: `The workflow is not running (${found.item.status})` },
      });
    return found;
  }
}
