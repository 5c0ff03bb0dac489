import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { EventType, RecordedEventOf } from '@athar/contracts';
import {
  draftAgreement,
  initialAgreementState,
  overdueAt,
  remindAt,
  riyadhDate,
  sendForSignature,
  signAgreement,
  evolveAgreement,
  type AgreementEvent,
  type AgreementTemplate,
} from '@athar/domain-partner-allocation';
import { PostgresEventStore } from '@athar/event-store';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import {
  impactReportSubmittedSignal,
  impactReportWorkflowId,
  partnerAllocationTaskQueue,
  REVIEW_SEARCH_ATTRIBUTES,
  WORKFLOWS_PATH,
  type ImpactReportTimelineInput,
} from '@athar/workflows';
import { partnerAgreementStreamId } from '../../agreements/partner-agreement-stream';
import { impactReportsStreamId } from '../impact-reports-stream';
import { createImpactReportTimelineActivities } from './report-timeline.activities';

jest.setTimeout(120_000);

const TEST_SERVER = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../../.engines'), 'bin', 'temporal-test-server');
const POLICY = { remindDaysBefore: 3, overdueGraceDays: 2 };
const template: AgreementTemplate = {
  id: 'tuwaiq-partner-mou',
  version: 1,
  responsibilities: { allocator: [{ ar: 'تقديم الخدمة', en: 'Deliver the service' }], partner: [{ ar: 'رفع التقارير', en: 'Report impact' }] },
  reporting: { every: 'month', dueDaysAfterPeriod: 5 },
  termMonths: 2,
  signatureDays: 14,
};

/**
 * One impact report's workflow under time skipping (Java test server), its activities writing to the
 * real PostgreSQL event store: weeks pass in seconds. The reminder and the overdue escalation fall at
 * the instants the policy gives; a report in time stops the workflow with nothing sent.
 */
describe('impact report timeline (partner allocation 5: reminder, overdue escalation)', () => {
  let env: TestWorkflowEnvironment;
  let store: PostgresEventStore;
  let writer: EventWriter;
  let commands: AggregateCommands;
  const schema = `it_reports_${randomUUID().slice(0, 8)}`;
  const taskQueue = partnerAllocationTaskQueue(`it${randomUUID().slice(0, 8)}`);
  const system = { kind: 'request' as const, principal: { userId: 'test', tenantId: 'tuwaiq', roles: ['service' as const] }, channel: 'system' as const };

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'partner-allocation');
    commands = new AggregateCommands(writer);
  });

  afterAll(async () => {
    await env?.teardown();
    await store?.dropSchema();
    await store?.close();
  });

  /** An agreement of Tuwaiq with an outside body, in force from today (the test server's clock, Riyadh), monthly reports. */
  async function agreementInForce(): Promise<{ agreementId: string; reportsDue: string[] }> {
    const agreementId = randomUUID();
    const now = new Date(await env.currentTimeMs());
    const events: AgreementEvent[] = [];
    const state = () => events.reduce(evolveAgreement, initialAgreementState);
    events.push({
      type: 'PartnerAgreementDrafted',
      data: draftAgreement(
        initialAgreementState,
        template,
        {
          agreementId,
          requestId: randomUUID(),
          roundId: randomUUID(),
          partner: { kind: 'outside', name: { ar: 'جمعية خارجية', en: 'An outside body' }, licenceNumber: '1234' },
          allocation: { serviceId: 'partner-association-services', units: 100_000_00, unit: 'halalas' },
          startsOn: riyadhDate(now.toISOString()),
          draftedBy: 'u-officer',
        },
        now,
      ),
    });
    events.push({ type: 'PartnerAgreementSent', data: sendForSignature(state(), 14, 'u-officer', now) });
    events.push({
      type: 'PartnerAgreementSigned',
      data: signAgreement(state(), 'allocator', { userId: 'a', name: 'سارة العتيبي', capacity: 'المديرة التنفيذية' }, now).signed,
    });
    const second = signAgreement(state(), 'partner', { userId: null, name: 'نورة القحطاني', capacity: 'رئيسة المجلس' }, now);
    events.push({ type: 'PartnerAgreementSigned', data: second.signed }, { type: 'PartnerAgreementTookEffect', data: second.tookEffect! });
    await writer.append(partnerAgreementStreamId('tuwaiq', agreementId), 'tuwaiq', system, events.map((e) => ({ ...e, version: 1 })) as never, 'no_stream');
    return { agreementId, reportsDue: second.tookEffect!.reportsDue };
  }

  const newWorker = () =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowsPath: WORKFLOWS_PATH,
      activities: createImpactReportTimelineActivities(commands, writer, () => POLICY),
    });

  async function eventsOf<K extends EventType>(agreementId: string, type: K): Promise<RecordedEventOf<K>[]> {
    try {
      return (await store.readStream(impactReportsStreamId('tuwaiq', agreementId))).filter((e): e is RecordedEventOf<K> => e.type === type);
    } catch {
      return [];
    }
  }

  const inputOf = (agreementId: string, period: string): ImpactReportTimelineInput => ({
    tenantId: 'tuwaiq',
    agreementId,
    period,
    remindAt: remindAt(period, POLICY.remindDaysBefore),
    overdueAt: overdueAt(period, POLICY.overdueGraceDays),
  });

  it('records each period of one agreement: the second escalation is a fact of its own, not a retry of the first', async () => {
    const { agreementId, reportsDue } = await agreementInForce();
    const activities = createImpactReportTimelineActivities(commands, writer, () => POLICY);
    expect(reportsDue).toHaveLength(2);
    const firedAt = new Date(Date.parse(overdueAt(reportsDue[1]!, POLICY.overdueGraceDays)) + 60_000).toISOString();
    for (const period of reportsDue) {
      expect(await activities.escalateOverdueImpactReport({ tenantId: 'tuwaiq', agreementId, period, firedAt })).toBe('owed');
    }
    // a retried activity (same workflow, same step) records nothing twice
    expect(await activities.escalateOverdueImpactReport({ tenantId: 'tuwaiq', agreementId, period: reportsDue[0]!, firedAt })).toBe('owed');
    expect((await eventsOf(agreementId, 'ImpactReportOverdue')).map((e) => e.data.period)).toEqual(reportsDue);
  });

  it('reminds 3 days before the due date and escalates 2 days after it, then waits, Stage report-overdue, until the report comes in', async () => {
    const { agreementId, reportsDue } = await agreementInForce();
    const period = reportsDue[0]!;
    const input = inputOf(agreementId, period);
    const worker = await newWorker();
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('impactReportTimeline', {
        taskQueue,
        workflowId: impactReportWorkflowId('tuwaiq', agreementId, period),
        args: [input],
      });
      // skip until the escalation is recorded (the test server skips time while the workflow only waits)
      await env.sleep(Date.parse(input.overdueAt) - (await env.currentTimeMs()) + 60_000);
      const reminded = await eventsOf(agreementId, 'ImpactReportReminded');
      const overdue = await eventsOf(agreementId, 'ImpactReportOverdue');
      expect(reminded.map((e) => e.data.period)).toEqual([period]);
      expect(Date.parse(reminded[0]!.data.remindedAt)).toBeGreaterThanOrEqual(Date.parse(input.remindAt));
      expect(Date.parse(reminded[0]!.data.remindedAt)).toBeLessThan(Date.parse(input.remindAt) + 60_000);
      expect(overdue.map((e) => [e.data.period, e.data.overdueSince])).toEqual([[period, input.overdueAt]]);
      expect(Date.parse(overdue[0]!.data.escalatedAt)).toBeLessThan(Date.parse(input.overdueAt) + 60_000);
      const described = await handle.describe();
      expect(described.status.name).toBe('RUNNING');
      expect(described.searchAttributes.Stage).toEqual(['report-overdue']);
      // the late report comes in: the workflow ends, submitted
      await writer.append(
        impactReportsStreamId('tuwaiq', agreementId),
        'tuwaiq',
        system,
        [
          {
            type: 'ImpactReportSubmitted',
            version: 1,
            data: {
              agreementId,
              period,
              beneficiaries: { direct: 1, indirect: 2 },
              activities: ['ورشة'],
              spentHalalas: 0,
              allocationHalalas: 100_000_00,
              overspent: false,
              evidence: [],
              submittedBy: { userId: 'e', tenantId: 'tuwaiq', as: 'empowerment-team' },
              submittedAt: new Date(await env.currentTimeMs()).toISOString(),
              late: true,
            },
          },
        ],
        'any',
      );
      await handle.signal(impactReportSubmittedSignal);
      expect(await handle.result()).toBe('submitted');
      expect((await handle.describe()).searchAttributes.Stage).toEqual(['report-submitted']);
    });
  });

  it('an escalated period still unanswered when reporting closes (the last due date plus grace) ends report-missing, no longer listed as overdue', async () => {
    const { agreementId, reportsDue } = await agreementInForce();
    const period = reportsDue[0]!;
    const last = reportsDue[reportsDue.length - 1]!;
    const input = { ...inputOf(agreementId, period), reportingClosesAt: overdueAt(last, POLICY.overdueGraceDays) };
    const worker = await newWorker();
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start('impactReportTimeline', {
        taskQueue,
        workflowId: impactReportWorkflowId('tuwaiq', agreementId, period),
        args: [input],
      });
      await env.sleep(Date.parse(input.overdueAt) - (await env.currentTimeMs()) + 60_000);
      expect((await handle.describe()).searchAttributes.Stage).toEqual(['report-overdue']);
      await env.sleep(Date.parse(input.reportingClosesAt) - (await env.currentTimeMs()) + 60_000);
      const described = await handle.describe();
      expect(described.status.name).toBe('COMPLETED');
      expect(described.searchAttributes.Stage).toEqual(['report-missing']);
      expect(await handle.result()).toBe('missing');
    });
    expect((await eventsOf(agreementId, 'ImpactReportOverdue')).map((e) => e.data.period)).toEqual([period]);
  });

  it('a report before the reminder ends the workflow with no reminder and no escalation, even if the signal is lost', async () => {
    const { agreementId, reportsDue } = await agreementInForce();
    const period = reportsDue[1]!;
    await writer.append(
      impactReportsStreamId('tuwaiq', agreementId),
      'tuwaiq',
      system,
      [
        {
          type: 'ImpactReportSubmitted',
          version: 1,
          data: {
            agreementId,
            period,
            beneficiaries: { direct: 10, indirect: 20 },
            activities: ['ورشة'],
            spentHalalas: 100,
            allocationHalalas: 100_000_00,
            overspent: false,
            evidence: [],
            submittedBy: { userId: 'e', tenantId: 'tuwaiq', as: 'empowerment-team' },
            submittedAt: new Date(await env.currentTimeMs()).toISOString(),
            late: false,
          },
        },
      ],
      'no_stream',
    );
    const worker = await newWorker();
    await worker.runUntil(async () => {
      // no signal: the reminder activity finds the report on the stream
      const result = await env.client.workflow.execute('impactReportTimeline', {
        taskQueue,
        workflowId: impactReportWorkflowId('tuwaiq', agreementId, period),
        args: [inputOf(agreementId, period)],
      });
      expect(result).toBe('submitted');
    });
    expect(await eventsOf(agreementId, 'ImpactReportReminded')).toEqual([]);
    expect(await eventsOf(agreementId, 'ImpactReportOverdue')).toEqual([]);
  });
});
