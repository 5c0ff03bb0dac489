import { ForbiddenException } from '@nestjs/common';
import type { Principal } from '@athar/identity';
import { tenantScope } from './operations-scope';
import { temporal } from '@temporalio/proto';
import { filterClauses, pendingActivities, recentHistory, riskOf } from './workflow-operations';

const now = new Date('2026-03-01T12:00:00.000Z');
const person = (roles: Principal['roles'], tenantId = 'tuwaiq'): Principal => ({ userId: 'u1', tenantId, roles });

describe('operations: the tenant a caller looks at (docs/adr/0045)', () => {
  it('operations: every tenant, or the one named', () => {
    expect(tenantScope(person(['operations']), undefined)).toBeNull();
    expect(tenantScope(person(['operations']), 'awj')).toBe('awj');
  });

  it('a tenant admin: its own tenant only, another one named is refused', () => {
    expect(tenantScope(person(['tenant-admin']), undefined)).toBe('tuwaiq');
    expect(tenantScope(person(['tenant-admin']), 'tuwaiq')).toBe('tuwaiq');
    expect(() => tenantScope(person(['tenant-admin']), 'awj')).toThrow(ForbiddenException);
  });

  it('a role the routes do not admit does not widen the scope (an applicant who is also tenant admin stays in its tenant)', () => {
    expect(tenantScope(person(['applicant', 'tenant-admin']), undefined)).toBe('tuwaiq');
  });
});

describe('operations: the visibility filters', () => {
  it('narrows a tenant caller to its tenant and combines the filters', () => {
    expect(filterClauses('tuwaiq', { type: 'reviewTimeline', stage: 'at-risk' }, now)).toBe(
      'TenantId = "tuwaiq" AND WorkflowType = "reviewTimeline" AND Stage = "at-risk"',
    );
    expect(filterClauses(null, {}, now)).toBeUndefined();
  });

  it('breached: the deadline passed; at risk: due within the window', () => {
    expect(filterClauses(null, { status: 'breached' }, now)).toBe('Deadline < "2026-03-01T12:00:00.000Z"');
    expect(filterClauses(null, { status: 'at-risk', atRiskHours: 24 }, now)).toBe(
      'Deadline >= "2026-03-01T12:00:00.000Z" AND Deadline < "2026-03-02T12:00:00.000Z"',
    );
  });

  it('judges risk and lateness by the instants', () => {
    expect(riskOf('2026-03-01T10:00:00.000Z', now)).toEqual({ risk: 'breached', lateBySeconds: 7200 });
    expect(riskOf('2026-03-01T12:00:00.000Z', now)).toEqual({ risk: 'breached', lateBySeconds: 0 });
    expect(riskOf('2026-03-02T11:00:00.000Z', now)).toEqual({ risk: 'at-risk', lateBySeconds: 0 });
    expect(riskOf('2026-03-04T12:00:00.000Z', now)).toEqual({ risk: 'on-track', lateBySeconds: 0 });
    expect(riskOf(null, now)).toEqual({ risk: 'no-deadline', lateBySeconds: 0 });
  });
});

describe("operations: a workflow's pending activities and recent history", () => {
  const { EventType, PendingActivityState } = temporal.api.enums.v1;
  // the SDK gives Long seconds; the code reads plain numbers too
  const at = (iso: string) => ({ seconds: Date.parse(iso) / 1000, nanos: 0 }) as never;

  it('gives each pending activity its type, state, attempt, last failure and next attempt, and nothing of its arguments', () => {
    const [activity] = pendingActivities({
      pendingActivities: [
        {
          activityId: '7',
          activityType: { name: 'recordServiceDeliveryEnd' },
          state: PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED,
          attempt: 4,
          maximumAttempts: 0,
          lastFailure: { message: 'event store unavailable' },
          lastStartedTime: at('2026-03-01T11:59:00.000Z'),
          nextAttemptScheduleTime: at('2026-03-01T12:00:08.000Z'),
          heartbeatDetails: { payloads: [{ data: Buffer.from('"personal"') }] },
        },
      ],
    });
    expect(activity).toEqual({
      activityId: '7',
      activityType: 'recordServiceDeliveryEnd',
      state: 'scheduled',
      attempt: 4,
      maximumAttempts: null,
      lastFailure: 'event store unavailable',
      lastStartedAt: '2026-03-01T11:59:00.000Z',
      nextAttemptAt: '2026-03-01T12:00:08.000Z',
    });
    expect(pendingActivities({})).toEqual([]);
  });

  it('keeps the latest events, newest first, by type and time only', () => {
    const events = Array.from({ length: 25 }, (_, i) => ({
      eventId: i + 1,
      eventType: i === 24 ? EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED : EventType.EVENT_TYPE_TIMER_STARTED,
      eventTime: at(`2026-03-01T12:00:${String(i).padStart(2, '0')}.000Z`),
      timerStartedEventAttributes: { timerId: String(i) },
    }));
    const recent = recentHistory(events as unknown as temporal.api.history.v1.IHistoryEvent[]);
    expect(recent).toHaveLength(20);
    expect(recent[0]).toEqual({ eventId: '25', type: 'WorkflowExecutionTerminated', at: '2026-03-01T12:00:24.000Z' });
    expect(recent[1]).toEqual({ eventId: '24', type: 'TimerStarted', at: '2026-03-01T12:00:23.000Z' });
    expect(recent[19].eventId).toBe('6');
  });
});
