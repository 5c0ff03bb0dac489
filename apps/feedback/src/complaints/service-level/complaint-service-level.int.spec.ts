import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { EventType, RecordedEventOf } from '@athar/contracts';
import { complaintServiceLevels, fileComplaint, initialComplaintState } from '@athar/domain-feedback';
import { PostgresEventStore } from '@athar/event-store';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import {
  complaintResolvedSignal,
  complaintServiceLevelWorkflowId,
  complaintStageQuery,
  feedbackTaskQueue,
  REVIEW_SEARCH_ATTRIBUTES,
  WORKFLOWS_PATH,
  type ComplaintServiceLevelInput,
} from '@athar/workflows';
import { complaintStreamId } from '../complaint-stream';
import { createComplaintServiceLevelActivities } from './service-level.activities';

jest.setTimeout(120_000);

const TEST_SERVER = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../../.engines'), 'bin', 'temporal-test-server');
const RULES = { acknowledgeWithinWorkingDays: 2, resolveWithinWorkingDays: 10, remindAtPercents: [50, 80], atRiskFromPercent: 80 };

/**
 * The complaint's service-level workflow under time skipping (weeks pass in seconds), its activities
 * writing to the real PostgreSQL event store: reminders at 50 % and 80 % of the working-day window,
 * at risk from 80 %, breach and escalation to the executive director at the deadline, a late resolution
 * ending it; an in-time resolution records no breach.
 */
describe('complaint service level (docs/adr/0042)', () => {
  let env: TestWorkflowEnvironment;
  let store: PostgresEventStore;
  let writer: EventWriter;
  let commands: AggregateCommands;
  const schema = `it_complaint_${randomUUID().slice(0, 8)}`;
  const taskQueue = feedbackTaskQueue(`it${randomUUID().slice(0, 8)}`);

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'feedback');
    commands = new AggregateCommands(writer);
  });

  afterAll(async () => {
    await env?.teardown();
    await store?.dropSchema();
    await store?.close();
  });

  /** Files a complaint as the filing handler does, at the test server's clock, across a holiday. */
  async function file(tenantId: string, holidays: string[]): Promise<{ complaintId: string; input: ComplaintServiceLevelInput }> {
    const complaintId = randomUUID();
    const now = new Date(await env.currentTimeMs());
    const levels = complaintServiceLevels(now, { ...RULES, holidays: new Set(holidays) });
    const { filed, acknowledged } = fileComplaint(
      initialComplaintState,
      {
        complaintId,
        reference: 'AWJ-C-1448-000000001',
        channel: 'phone',
        categoryId: 'delay',
        priority: 'high',
        safeguarding: false,
        concerns: { kind: 'service', id: 'member-service' },
        serviceId: 'member-service',
        department: null,
        text: 'late',
        anonymous: true,
        complainant: null,
        filedBy: 'u-officer',
        ratingCodeHash: 'h',
        acknowledgeBy: levels.acknowledgeBy,
        resolveBy: levels.resolveBy,
      },
      now,
    );
    await writer.append(
      complaintStreamId(tenantId, complaintId),
      tenantId,
      { kind: 'request', principal: { userId: 'test', tenantId, roles: ['relations-officer'] }, channel: 'phone' },
      [
        { type: 'ComplaintFiled', version: 1, data: filed },
        { type: 'ComplaintAcknowledged', version: 1, data: acknowledged },
      ],
      'no_stream',
      now,
    );
    return { complaintId, input: { tenantId, complaintId, round: 1, resolveBy: levels.resolveBy, points: levels.points } };
  }

  async function eventsOf<K extends EventType>(tenantId: string, complaintId: string, type: K): Promise<RecordedEventOf<K>[]> {
    return (await store.readStream(complaintStreamId(tenantId, complaintId))).filter((e): e is RecordedEventOf<K> => e.type === type);
  }

  const worker = () =>
    Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities: createComplaintServiceLevelActivities(commands) });
  const riyadhDay = (ms: number) => new Date(ms + 3 * 3600_000).toISOString().slice(0, 10);

  it('reminds at 50 % and 80 % of ten working days, breaches and escalates at the deadline across a holiday, and ends when resolved late', async () => {
    const now = await env.currentTimeMs();
    // A holiday three calendar days on: every point after it moves a working day later.
    const holiday = riyadhDay(now + 3 * 86_400_000);
    const { complaintId, input } = await file('awj', [holiday]);
    const without = complaintServiceLevels(new Date(now), { ...RULES, holidays: new Set() });
    expect(Date.parse(input.resolveBy)).toBeGreaterThanOrEqual(Date.parse(without.resolveBy));
    const workflowId = complaintServiceLevelWorkflowId('awj', complaintId);
    const w = await worker();
    await w.runUntil(async () => {
      const handle = await env.client.workflow.start('complaintServiceLevel', { taskQueue, workflowId, args: [input] });
      await env.sleep(Date.parse(input.resolveBy) - now + 60_000);
      expect(await handle.query(complaintStageQuery)).toBe('complaint-breached');
      await handle.signal(complaintResolvedSignal);
      expect(await handle.result()).toBe('complaint-resolved-late');
    });
    const reminders = (await eventsOf('awj', complaintId, 'ComplaintReminderSent')).map((e) => e.data);
    expect(reminders.map((r) => [r.percent, r.atRisk])).toEqual([
      [50, false],
      [80, true],
    ]);
    reminders.forEach((r, i) => expect(Math.abs(Date.parse(r.firedAt) - Date.parse(input.points[i].at))).toBeLessThan(5_000));
    const [breach] = await eventsOf('awj', complaintId, 'ComplaintServiceLevelBreached');
    expect(breach.data).toMatchObject({ complaintId, round: 1, resolveBy: input.resolveBy });
    expect(Date.parse(breach.data.breachedAt) - Date.parse(input.resolveBy)).toBeLessThan(5_000);
    const [escalation] = await eventsOf('awj', complaintId, 'ComplaintEscalated');
    expect(escalation.data).toMatchObject({ complaintId, to: 'executive-director', reason: 'breach' });
  });

  it('records no breach when the complaint is resolved before its deadline', async () => {
    const now = await env.currentTimeMs();
    const { complaintId, input } = await file('awj', []);
    const w = await worker();
    await w.runUntil(async () => {
      const handle = await env.client.workflow.start('complaintServiceLevel', {
        taskQueue,
        workflowId: complaintServiceLevelWorkflowId('awj', complaintId),
        args: [input],
      });
      await env.sleep(Date.parse(input.points[0].at) - now + 1000);
      await handle.signal(complaintResolvedSignal);
      expect(await handle.result()).toBe('complaint-resolved');
    });
    expect(await eventsOf('awj', complaintId, 'ComplaintServiceLevelBreached')).toEqual([]);
    expect((await eventsOf('awj', complaintId, 'ComplaintReminderSent')).map((e) => e.data.percent)).toEqual([50]);
  });
});
