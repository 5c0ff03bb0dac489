import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowNotFoundError } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import type { temporal } from '@temporalio/proto';
import type { ApplicationAcceptedV1, EventType, RecordedEventOf, ReviewWindow } from '@athar/contracts';
import { reviewSchedule, type ReviewSchedule } from '@athar/domain-committee-review';
import { PostgresEventStore } from '@athar/event-store';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import {
  decisionReachedSignal,
  REVIEW_SEARCH_ATTRIBUTES,
  committeeReviewTaskQueue,
  reviewTimelineWorkflowId,
  serviceDeliveryWorkflowId,
  stageQuery,
  WORKFLOWS_PATH,
  type ReviewTimelineInput,
} from '@athar/workflows';
import { reviewStreamId } from '../review-stream';
import { deliveryStreamId } from '../../service-delivery/delivery-stream';
import { createServiceDeliveryActivities } from '../../service-delivery/service-delivery.activities';
import { createReviewTimelineActivities } from './review-timeline.activities';

jest.setTimeout(120_000);

const TEST_SERVER = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../../.engines'), 'bin', 'temporal-test-server');
const toMs = (t: { seconds?: unknown; nanos?: number | null } | null | undefined): number => Number(t?.seconds ?? 0) * 1000 + Math.floor((t?.nanos ?? 0) / 1e6);
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** The instants the workflow's durable timers were set to end at: the time asked (workflow task start) + the timer's duration. */
function timerTargets(events: HistoryEvent[]): number[] {
  return events.flatMap((event, index) => {
    const timeout = event.timerStartedEventAttributes?.startToFireTimeout;
    if (!timeout) return [];
    const asked = events
      .slice(0, index)
      .reverse()
      .find((e) => e.workflowTaskStartedEventAttributes)!;
    return [toMs(asked.eventTime) + Number(timeout.seconds ?? 0) * 1000 + Math.round((timeout.nanos ?? 0) / 1e6)];
  });
}

/**
 * The review timeline under time skipping (Java test server from Maven), its activities writing to the
 * real PostgreSQL event store: weeks pass in seconds. Every reminder, the at-risk point, the breach and
 * the escalation are checked against the instant the tenant's rules give, calendar and working days.
 */
describe('review timeline (000/001/002 step 5: reminders, escalation, breach)', () => {
  let env: TestWorkflowEnvironment;
  let store: PostgresEventStore;
  let writer: EventWriter;
  let commands: AggregateCommands;
  const schema = `it_timeline_${randomUUID().slice(0, 8)}`;
  const taskQueue = committeeReviewTaskQueue(`it${randomUUID().slice(0, 8)}`);

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'committee-review');
    commands = new AggregateCommands(writer);
  });

  afterAll(async () => {
    await env?.teardown();
    await store?.dropSchema();
    await store?.close();
  });

  /** Opens a review as the open-review reactor would, and the timeline input the start reactor would give. */
  async function openReview(
    tenantId: string,
    window: ReviewWindow,
    holidays: string[] = [],
  ): Promise<{ caseId: string; input: ReviewTimelineInput; schedule: ReviewSchedule }> {
    const caseId = randomUUID();
    const submittedAt = new Date(await env.currentTimeMs());
    const schedule = reviewSchedule(submittedAt, window, { reminderPercents: [50, 80], atRiskFromPercent: 80, holidays: new Set(holidays) });
    await writer.append(
      reviewStreamId(tenantId, caseId),
      tenantId,
      { kind: 'request', principal: { userId: 'test', tenantId, roles: ['service'] }, channel: 'system' },
      [
        {
          type: 'ReviewOpened',
          version: 1,
          data: {
            caseId,
            serviceId: 's',
            submittedAt: submittedAt.toISOString(),
            openedAt: submittedAt.toISOString(),
            deadline: schedule.deadline,
            reviewWindow: window,
          },
        },
      ],
      'no_stream',
    );
    return { caseId, schedule, input: { tenantId, caseId, round: 1, committeeId: 'research-committee', deadline: schedule.deadline, points: schedule.points } };
  }

  // maxCachedWorkflows 0 for the worker that goes away: its workflow tasks go to the shared task queue, not to
  // its own sticky queue (which a cluster times out after 5 s and the time-skipping server does not).
  const newWorker = (identity: string, maxCachedWorkflows?: number) =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      identity,
      maxCachedWorkflows,
      workflowsPath: WORKFLOWS_PATH,
      activities: createReviewTimelineActivities(commands),
    });

  async function eventsOf<K extends EventType>(tenantId: string, caseId: string, type: K): Promise<RecordedEventOf<K>[]> {
    return (await store.readStream(reviewStreamId(tenantId, caseId))).filter((e): e is RecordedEventOf<K> => e.type === type);
  }

  async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
    for (let i = 0; i < 200; i += 1) {
      const value = await probe();
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('condition not met');
  }

  // Sunday-to-Thursday weeks; 2026-11-26 is a Thursday. The test server's clock starts at the real time,
  // so the holiday is placed relative to it: the first Thursday within the window.
  it.each`
    label                                 | window                                | holidayOffset
    ${'14 calendar days (000/001/002)'}   | ${{ days: 14, counting: 'calendar' }} | ${null}
    ${'10 working days (003 default)'}    | ${{ days: 10, counting: 'working' }}  | ${null}
    ${'10 working days across a holiday'} | ${{ days: 10, counting: 'working' }}  | ${2}
  `('$label: reminders at 50 % and 80 %, at risk from 80 %, breach and escalation at the deadline, each on time', async ({ window, holidayOffset }) => {
    const now = await env.currentTimeMs();
    const holidays = holidayOffset === null ? [] : [workingDayAfter(now, holidayOffset)];
    const { caseId, input, schedule } = await openReview('awj', window, holidays);
    if (holidayOffset !== null) {
      // The holiday really moves the schedule: without it, every point and the deadline are a working day earlier.
      const without = reviewSchedule(new Date(now), window, { reminderPercents: [50, 80], atRiskFromPercent: 80, holidays: new Set() });
      expect(Date.parse(schedule.deadline)).toBeGreaterThan(Date.parse(without.deadline));
    }
    const workflowId = reviewTimelineWorkflowId('awj', caseId);
    const worker = await newWorker('worker-1');
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('reviewTimeline', { taskQueue, workflowId, args: [input] });
      await env.sleep(Date.parse(schedule.deadline) - now + 60_000);
      expect(await handle.query(stageQuery)).toBe('deadline-breached');
      await waitFor(async () => ((await eventsOf('awj', caseId, 'ReviewEscalated')).length === 1 ? true : undefined));
      await handle.signal(decisionReachedSignal, { decision: 'accepted' });
      expect(await handle.result()).toBe('decided-late');
    });

    const history = (await env.client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    expect(timerTargets(history)).toEqual([...schedule.points.map((p) => Date.parse(p.at)), Date.parse(schedule.deadline)]);
    const reminders = (await eventsOf('awj', caseId, 'ReviewReminderSent')).map((e) => e.data);
    expect(reminders.map((r) => r.percent)).toEqual([50, 80]);
    reminders.forEach((r, i) => expectOnTime(r.remindedAt, schedule.points[i].at));
    const [breach] = await eventsOf('awj', caseId, 'ReviewDeadlineBreached');
    expectOnTime((breach.data as { breachedAt: string }).breachedAt, schedule.deadline);
    expect(breach.data).toMatchObject({ caseId, deadline: schedule.deadline });
    const [escalation] = await eventsOf('awj', caseId, 'ReviewEscalated');
    expect(escalation.data).toMatchObject({ caseId, round: 1, to: 'executive-director', deadline: schedule.deadline });
    // The Stage search attribute went under-review → at-risk → deadline-breached → decided-late.
    const stages = history.flatMap((e) => {
      const payload = e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.Stage;
      return payload?.data ? [JSON.parse(Buffer.from(payload.data).toString())] : [];
    });
    expect(stages).toEqual(['at-risk', 'deadline-breached', 'decided-late']);
  });

  it('a decision between the reminders ends the timeline: no later reminder, no breach', async () => {
    const { caseId, input, schedule } = await openReview('tuwaiq', { days: 14, counting: 'calendar' });
    const now = await env.currentTimeMs();
    const worker = await newWorker('worker-1');
    const outcome = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('reviewTimeline', { taskQueue, workflowId: reviewTimelineWorkflowId('tuwaiq', caseId), args: [input] });
      await env.sleep(Date.parse(schedule.points[0].at) - now + 24 * 3600_000); // day 8: after 50 %, before 80 %
      await handle.signal(decisionReachedSignal, { decision: 'rejected' });
      return handle.result();
    });
    expect(outcome).toBe('decided');
    const types = (await store.readStream(reviewStreamId('tuwaiq', caseId))).map((e) => e.type);
    expect(types).toEqual(['ReviewOpened', 'ReviewReminderSent']);
  });

  it('survives its worker being shut down mid-wait: a new worker fires the reminders and the breach on time', async () => {
    const { caseId, input, schedule } = await openReview('quwayiyah', { days: 14, counting: 'calendar' });
    const now = await env.currentTimeMs();
    const workflowId = reviewTimelineWorkflowId('quwayiyah', caseId);

    const first = await newWorker('worker-killed', 0);
    await first.runUntil(async () => {
      await env.client.workflow.start('reviewTimeline', { taskQueue, workflowId, args: [input] });
      // Mid-wait: the first durable timer is set, then the worker goes away.
      await waitFor(async () =>
        (await env.client.workflow.getHandle(workflowId).fetchHistory()).events?.some((e) => e.timerStartedEventAttributes) ? true : undefined,
      );
    });
    expect(first.getState()).toBe('STOPPED');
    // Three days pass with no worker at all.
    await env.sleep(3 * 24 * 3600_000);

    const second = await newWorker('worker-restarted');
    const outcome = await second.runUntil(async () => {
      const handle = env.client.workflow.getHandle(workflowId);
      await env.sleep(Date.parse(schedule.deadline) - now);
      await waitFor(async () => ((await eventsOf('quwayiyah', caseId, 'ReviewDeadlineBreached')).length === 1 ? true : undefined));
      await handle.signal(decisionReachedSignal, { decision: 'accepted' });
      return handle.result();
    });

    expect(outcome).toBe('decided-late');
    const reminders = (await eventsOf('quwayiyah', caseId, 'ReviewReminderSent')).map((e) => e.data);
    expect(reminders.map((r) => r.percent)).toEqual([50, 80]);
    reminders.forEach((r, i) => expectOnTime(r.remindedAt, schedule.points[i].at));
    const [breach] = await eventsOf('quwayiyah', caseId, 'ReviewDeadlineBreached');
    expectOnTime((breach.data as { breachedAt: string }).breachedAt, schedule.deadline);
    // The history shows the hand-over: tasks before it done by the first worker, after it by the second.
    const identities = ((await env.client.workflow.getHandle(workflowId).fetchHistory()).events ?? []).flatMap((e) =>
      e.workflowTaskStartedEventAttributes?.identity ? [e.workflowTaskStartedEventAttributes.identity] : [],
    );
    expect(identities[0]).toBe('worker-killed');
    expect(identities.slice(1).every((id) => id === 'worker-restarted')).toBe(true);
  });

  /** The deciding vote's decision, appended as the vote controller would, decided at the test server's current instant. */
  async function decideNow(tenantId: string, caseId: string): Promise<string> {
    const decidedAt = new Date(await env.currentTimeMs()).toISOString();
    const decision: ApplicationAcceptedV1 = {
      caseId,
      committeeId: 'research-committee',
      round: 1,
      decidedAt,
      tally: { accept: 2, reject: 0, quorum: 2, tieBrokenByChair: false },
      reasons: [],
    };
    const { revision } = await writer.load(reviewStreamId(tenantId, caseId));
    await writer.append(
      reviewStreamId(tenantId, caseId),
      tenantId,
      { kind: 'request', principal: { userId: 'test', tenantId, roles: ['service'] }, channel: 'system' },
      [{ type: 'ApplicationAccepted', version: 1, data: decision }],
      revision,
    );
    return decidedAt;
  }

  /** The values the Stage search attribute was set to, in order. */
  async function stagesOf(workflowId: string): Promise<string[]> {
    return ((await env.client.workflow.getHandle(workflowId).fetchHistory()).events ?? []).flatMap((e) => {
      const payload = e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.Stage;
      return payload?.data ? [JSON.parse(Buffer.from(payload.data).toString()) as string] : [];
    });
  }

  // ADR 0016: the breach is decided by the instant of the decision, not by the order the activity runs in.
  it('worker down over the deadline, decision after it before the worker is back: the breach is recorded and Stage ends decided-late', async () => {
    const { caseId, input, schedule } = await openReview('tuwaiq', { days: 14, counting: 'calendar' });
    const workflowId = reviewTimelineWorkflowId('tuwaiq', caseId);
    const timersSet = async () =>
      ((await env.client.workflow.getHandle(workflowId).fetchHistory()).events ?? []).filter((e) => e.timerStartedEventAttributes).length;
    const first = await newWorker('worker-down', 0);
    await first.runUntil(async () => {
      await env.client.workflow.start('reviewTimeline', { taskQueue, workflowId, args: [input] });
      await env.sleep(Date.parse(schedule.points[1].at) - (await env.currentTimeMs()) + 60_000);
      // The last reminder is sent and the deadline's timer set; then the worker goes away.
      await waitFor(async () => ((await timersSet()) === 3 ? true : undefined));
    });
    // The deadline passes with no worker (the time-skipping server holds its clock once the timer's task is
    // pending, so a few real seconds pass after it); the committee decides and the decision reactor signals.
    await env.sleep(Date.parse(schedule.deadline) - (await env.currentTimeMs()) + 2_000);
    const decidedAt = await decideNow('tuwaiq', caseId);
    expect(Date.parse(decidedAt)).toBeGreaterThan(Date.parse(schedule.deadline));
    await env.client.workflow.getHandle(workflowId).signal(decisionReachedSignal, { decision: 'accepted' });

    const second = await newWorker('worker-back');
    const outcome = await second.runUntil(() => env.client.workflow.getHandle(workflowId).result());
    expect(outcome).toBe('decided-late');
    const breaches = await eventsOf('tuwaiq', caseId, 'ReviewDeadlineBreached');
    expect(breaches).toHaveLength(1);
    expect(breaches[0].data).toMatchObject({ caseId, deadline: schedule.deadline, decidedLate: { decision: 'accepted', decidedAt } });
    // Decided already: nothing left for the executive director to take over.
    expect(await eventsOf('tuwaiq', caseId, 'ReviewEscalated')).toHaveLength(0);
    expect((await stagesOf(workflowId)).at(-1)).toBe('decided-late');
  });

  it('decision a minute before the deadline whose signal arrives after it: no breach, Stage ends decided', async () => {
    const { caseId, input, schedule } = await openReview('awj', { days: 14, counting: 'calendar' });
    const workflowId = reviewTimelineWorkflowId('awj', caseId);
    const worker = await newWorker('worker-1');
    const outcome = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('reviewTimeline', { taskQueue, workflowId, args: [input] });
      await env.sleep(Date.parse(schedule.deadline) - (await env.currentTimeMs()) - 60_000);
      const decidedAt = await decideNow('awj', caseId);
      expect(Date.parse(decidedAt)).toBeLessThan(Date.parse(schedule.deadline));
      // The signal is held up (e.g. the relay was behind) until 5 minutes after the deadline.
      await env.sleep(6 * 60_000);
      expect(await handle.query(stageQuery)).toBe('decided');
      try {
        await handle.signal(decisionReachedSignal, { decision: 'accepted' });
      } catch (error) {
        // The timeline already ended decided: the reactor's late signal finds nothing to signal.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
      return handle.result();
    });
    expect(outcome).toBe('decided');
    expect(await eventsOf('awj', caseId, 'ReviewDeadlineBreached')).toHaveLength(0);
    expect(await eventsOf('awj', caseId, 'ReviewEscalated')).toHaveLength(0);
    expect(await stagesOf(workflowId)).toEqual(['at-risk', 'decided']);
  });

  it('records the breach and the escalation once, even when the activity runs twice', async () => {
    const { caseId, schedule } = await openReview('awj', { days: 14, counting: 'calendar' });
    const activities = createReviewTimelineActivities(commands);
    expect(await activities.recordDeadlineBreach({ tenantId: 'awj', caseId, round: 1, firedAt: schedule.deadline })).toEqual({ breached: true });
    expect(await activities.recordDeadlineBreach({ tenantId: 'awj', caseId, round: 1, firedAt: schedule.deadline })).toEqual({ breached: true });
    await activities.recordReminder({ tenantId: 'awj', caseId, committeeId: 'research-committee', round: 1, percent: 50, firedAt: schedule.points[0].at });
    const types = (await store.readStream(reviewStreamId('awj', caseId))).map((e) => e.type);
    // A reminder after the breach is still recorded once (the committee is still undecided), never twice.
    expect(types).toEqual(['ReviewOpened', 'ReviewDeadlineBreached', 'ReviewEscalated', 'ReviewReminderSent']);
    await activities.recordReminder({ tenantId: 'awj', caseId, committeeId: 'research-committee', round: 1, percent: 50, firedAt: schedule.points[0].at });
    expect((await store.readStream(reviewStreamId('awj', caseId))).length).toBe(4);
  });

  it('a late timer of round 1, fired after round 2 opened, records nothing and answers from round 1’s own decision (ADR 0016)', async () => {
    const activities = createReviewTimelineActivities(commands);
    const reconsidered = async (decidedAfterDeadlineMs: number) => {
      const { caseId, schedule } = await openReview('awj', { days: 14, counting: 'calendar' });
      const decidedAt = new Date(Date.parse(schedule.deadline) + decidedAfterDeadlineMs).toISOString();
      const tally = { accept: 0, reject: 2, quorum: 2, tieBrokenByChair: false };
      await writer.append(
        reviewStreamId('awj', caseId),
        'awj',
        { kind: 'request', principal: { userId: 'test', tenantId: 'awj', roles: ['service'] }, channel: 'system' },
        [
          {
            type: 'ApplicationRejected',
            version: 1,
            data: { caseId, committeeId: 'research-committee', round: 1, decidedAt, tally, reasons: [], reconsiderationUntil: null },
          },
          {
            type: 'ReconsiderationRequested',
            version: 1,
            data: { caseId, round: 2, requestedAt: decidedAt, grounds: 'g', deadline: schedule.deadline, reviewWindow: { days: 14, counting: 'calendar' } },
          },
        ],
        0,
      );
      const answer = await activities.recordDeadlineBreach({
        tenantId: 'awj',
        caseId,
        round: 1,
        firedAt: new Date(Date.parse(decidedAt) + 60_000).toISOString(),
      });
      return { answer, types: (await store.readStream(reviewStreamId('awj', caseId))).map((e) => e.type) };
    };
    const late = await reconsidered(60_000);
    expect(late.answer).toEqual({ breached: true });
    expect(late.types).toEqual(['ReviewOpened', 'ApplicationRejected', 'ReconsiderationRequested']);
    const inTime = await reconsidered(-60_000);
    expect(inTime.answer).toEqual({ breached: false });
    expect(inTime.types).toEqual(['ReviewOpened', 'ApplicationRejected', 'ReconsiderationRequested']);
  });

  it('the service-delivery record ends at the programme’s end with ServiceDeliveryEnded, once (for feedback)', async () => {
    const caseId = randomUUID();
    const now = await env.currentTimeMs();
    const endsOn = new Date(now + 90 * 24 * 3600_000).toISOString();
    await writer.append(
      deliveryStreamId('awj', caseId),
      'awj',
      { kind: 'request', principal: { userId: 'test', tenantId: 'awj', roles: ['service'] }, channel: 'system' },
      [
        {
          type: 'ServiceDeliveryOpened',
          version: 1,
          data: {
            caseId,
            serviceId: 'member-service',
            programme: { ar: 'برنامج', en: 'Programme' },
            startsOn: new Date(now).toISOString(),
            endsOn,
            openedAt: new Date(now).toISOString(),
          },
        },
      ],
      'no_stream',
    );
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: WORKFLOWS_PATH,
      activities: createServiceDeliveryActivities(commands),
    });
    const outcome = await worker.runUntil(() =>
      env.client.workflow.execute('serviceDelivery', {
        taskQueue,
        workflowId: serviceDeliveryWorkflowId('awj', caseId),
        args: [{ tenantId: 'awj', caseId, endsOn }],
      }),
    );
    expect(outcome).toBe('ended');
    await createServiceDeliveryActivities(commands).recordServiceDeliveryEnd({ tenantId: 'awj', caseId, firedAt: endsOn }); // a retried activity
    const ended = (await store.readStream(deliveryStreamId('awj', caseId))).filter((e) => e.type === 'ServiceDeliveryEnded');
    expect(ended).toHaveLength(1);
    expect(ended[0].data).toMatchObject({ caseId, serviceId: 'member-service', endsOn });
    expectOnTime((ended[0].data as { endedAt: string }).endedAt, endsOn);
  });
});

/** Fired at the instant, give or take the few milliseconds the activity takes to start. */
function expectOnTime(actual: string, expected: string): void {
  const lateMs = Date.parse(actual) - Date.parse(expected);
  expect(lateMs).toBeGreaterThanOrEqual(0);
  expect(lateMs).toBeLessThan(5_000);
}

/** The date (Riyadh) of the n-th working day after an instant: a holiday that surely falls inside the window. */
function workingDayAfter(fromMs: number, n: number): string {
  let cursor = fromMs;
  let counted = 0;
  while (counted < n) {
    cursor += 24 * 3600_000;
    const day = new Date(cursor + 3 * 3600_000).getUTCDay();
    if (day !== 5 && day !== 6) counted += 1;
  }
  return new Date(cursor + 3 * 3600_000).toISOString().slice(0, 10);
}
