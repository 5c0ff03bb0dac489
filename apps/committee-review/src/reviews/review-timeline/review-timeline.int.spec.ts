import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { EventWriter } from '@athar/service-kit';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import { decisionReachedSignal, REVIEW_SEARCH_ATTRIBUTES, reviewTimelineTaskQueue, reviewTimelineWorkflowId, WORKFLOWS_PATH } from '@athar/workflows';
import { reviewStreamId } from '../review-stream';
import { createReviewTimelineActivities } from './review-timeline.activities';

jest.setTimeout(60_000);

const TEST_SERVER = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../../.engines'), 'bin', 'temporal-test-server');
const DAY_MS = 24 * 60 * 60 * 1000;
const toMs = (t: { seconds?: unknown; nanos?: number | null } | null | undefined): number =>
  Number(t?.seconds ?? 0) * 1000 + Math.floor((t?.nanos ?? 0) / 1e6);

/**
 * The review timeline under time skipping (Java test server from Maven), with its activity writing to
 * the real PostgreSQL event store: 14 days pass in well under a second.
 */
describe('review timeline (000/001/002 step 5: answer within the review window)', () => {
  let env: TestWorkflowEnvironment;
  let store: PostgresEventStore;
  let writer: EventWriter;
  const schema = `it_timeline_${randomUUID().slice(0, 8)}`;
  const taskQueue = reviewTimelineTaskQueue(`it${randomUUID().slice(0, 8)}`);

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'committee-review');
  });

  afterAll(async () => {
    await env?.teardown();
    await store?.dropSchema();
    await store?.close();
  });

  async function openReviewAt(tenantId: string, caseId: string, submittedAt: Date, windowDays: number): Promise<string> {
    const deadline = new Date(submittedAt.getTime() + windowDays * DAY_MS).toISOString();
    await writer.append(
      reviewStreamId(tenantId, caseId),
      tenantId,
      { kind: 'request', principal: { userId: 'test', tenantId, roles: ['service'] }, channel: 'system' },
      [
        {
          type: 'ReviewOpened',
          version: 1,
          data: { caseId, serviceId: 's', submittedAt: submittedAt.toISOString(), openedAt: submittedAt.toISOString(), deadline, reviewWindow: { days: windowDays, counting: 'calendar' } },
        },
      ],
      'no_stream',
    );
    return deadline;
  }

  async function runWorker<T>(fn: () => Promise<T>): Promise<T> {
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: WORKFLOWS_PATH,
      activities: createReviewTimelineActivities(writer),
    });
    return worker.runUntil(fn);
  }

  it.each([14, 21])('with no decision, records ReviewDeadlineBreached at exactly the %i-day window', async (windowDays) => {
    const caseId = randomUUID();
    const now = new Date(await env.currentTimeMs());
    const deadline = await openReviewAt('awj', caseId, now, windowDays);

    const workflowId = reviewTimelineWorkflowId('awj', caseId);
    const outcome = await runWorker(() =>
      env.client.workflow.execute('reviewTimeline', { taskQueue, workflowId, args: [{ tenantId: 'awj', caseId, deadline }] }),
    );

    expect(outcome).toBe('breached');
    // The workflow asked for a durable timer ending exactly at the deadline: its duration plus the
    // workflow time it was asked at (the workflow task's start) is the deadline to the millisecond.
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    const events0 = history.events ?? [];
    const timerIndex = events0.findIndex((e) => e.timerStartedEventAttributes);
    const timeout = events0[timerIndex].timerStartedEventAttributes!.startToFireTimeout!;
    const taskStarted = events0.slice(0, timerIndex).reverse().find((e) => e.workflowTaskStartedEventAttributes)!;
    const timerMs = Number(timeout.seconds) * 1000 + Math.round((timeout.nanos ?? 0) / 1e6);
    expect(toMs(taskStarted.eventTime) + timerMs).toBe(Date.parse(deadline));
    // The breach is recorded once, naming the deadline, by the activation that follows the timer.
    const events = await store.readStream(reviewStreamId('awj', caseId));
    const breaches = events.filter((e: RecordedEvent) => e.type === 'ReviewDeadlineBreached');
    expect(breaches).toHaveLength(1);
    const breach = breaches[0].data as { caseId: string; deadline: string; breachedAt: string };
    expect(breach).toMatchObject({ caseId, deadline });
    const lateMs = Date.parse(breach.breachedAt) - Date.parse(deadline);
    expect(lateMs).toBeGreaterThanOrEqual(0);
    expect(lateMs).toBeLessThan(5_000);
    expect(breaches[0].tenantId).toBe('awj');
    expect(breaches[0].causationId).toBe(events[0].eventId);
  });

  it('a decision before the deadline ends the timeline with no breach', async () => {
    const caseId = randomUUID();
    const now = new Date(await env.currentTimeMs());
    const deadline = await openReviewAt('tuwaiq', caseId, now, 14);

    const outcome = await runWorker(async () => {
      const handle = await env.client.workflow.start('reviewTimeline', {
        taskQueue,
        workflowId: reviewTimelineWorkflowId('tuwaiq', caseId),
        args: [{ tenantId: 'tuwaiq', caseId, deadline }],
      });
      await env.sleep('13 days');
      await handle.signal(decisionReachedSignal, { decision: 'accepted' });
      return handle.result();
    });

    expect(outcome).toBe('decided');
    const events = await store.readStream(reviewStreamId('tuwaiq', caseId));
    expect(events.map((e) => e.type)).toEqual(['ReviewOpened']);
  });
});
