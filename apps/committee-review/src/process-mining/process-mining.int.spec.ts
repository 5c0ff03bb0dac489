import { randomUUID } from 'node:crypto';
import mongoose, { type Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { CaseMilestones, CaseMilestonesSchema } from './case-milestones.schema';
import { GetProcessReportHandler, GetProcessReportQuery } from './get-process-report.handler';
import { ProcessMiningProjection } from './process-mining.projection';

jest.setTimeout(60_000);

let position = 0;
const event = (tenantId: string, type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    eventId: randomUUID(),
    type,
    version: 1,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { id: 'service:test', role: 'service', channel: 'system' },
    correlationId: randomUUID(),
    causationId: null,
    data,
    streamId: `test-${tenantId}`,
    revision: 0,
    globalPosition: String((position += 1)),
    recordedAt: new Date().toISOString(),
    hash: '0',
    previousHash: '0',
  }) as RecordedEvent;

/**
 * Process mining's read model on real FerretDB (docs/adr/0050): each milestone is its first instant
 * whatever order the four topics deliver the events in and however often; the report reads the rows only.
 */
describe("process mining's milestone read model", () => {
  const db = `it_process_${randomUUID().slice(0, 8)}`;
  const handlers = new EventHandlers();
  let connection: mongoose.Connection;
  let rows: Model<CaseMilestones>;

  beforeAll(async () => {
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${db}`).asPromise();
    rows = connection.model(CaseMilestones.name, CaseMilestonesSchema);
    new ProcessMiningProjection(handlers, rows).onModuleInit();
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('keeps the first instant of each milestone, in any order and on redelivery; the report measures the transitions and the stuck case', async () => {
    const caseId = randomUUID();
    const c = { caseId };
    const events = [
      event('awj', 'ApplicationDrafted', { ...c, caseNumber: 'AWJ-1448-1', channel: 'phone', serviceId: 'food-basket', draftedAt: '2026-12-01T06:00:00.000Z' }),
      event('awj', 'ApplicationSubmitted', {
        ...c,
        caseNumber: 'AWJ-1448-1',
        channel: 'phone',
        serviceId: 'food-basket',
        submittedAt: '2026-12-01T08:00:00.000Z',
      }),
      event('awj', 'EligibilityAssessed', { ...c, outcome: 'eligible', assessedAt: '2026-12-01T08:00:02.000Z' }),
      event('awj', 'ReviewOpened', { ...c, openedAt: '2026-12-01T08:00:03.000Z' }),
      event('awj', 'ApplicationRejected', { ...c, round: 1, decidedAt: '2026-12-03T08:00:03.000Z' }),
      event('awj', 'ApplicationAccepted', { ...c, round: 2, decidedAt: '2026-12-05T08:00:03.000Z' }),
      event('awj', 'ServiceDeliveryOpened', { ...c, openedAt: '2026-12-05T08:00:04.000Z' }),
    ];
    // Delivered backwards (another topic first), then all again.
    for (const e of [...events].reverse()) await handlers.dispatch(e);
    for (const e of events) await handlers.dispatch(e);
    // The other tenant's case with the same id is a different row.
    await handlers.dispatch(
      event('tuwaiq', 'ApplicationSubmitted', { ...c, caseNumber: 'TWQ-1', channel: 'website', serviceId: 'x', submittedAt: '2026-12-02T00:00:00.000Z' }),
    );

    const row = await rows.findById(`awj:${caseId}`).lean().exec();
    expect(row).toMatchObject({
      tenantId: 'awj',
      caseNumber: 'AWJ-1448-1',
      channel: 'phone',
      received: new Date('2026-12-01T06:00:00.000Z'),
      submitted: new Date('2026-12-01T08:00:00.000Z'),
      committeeDecided: new Date('2026-12-03T08:00:03.000Z'),
      deliveryOpened: new Date('2026-12-05T08:00:04.000Z'),
      refused: false,
      decisionRound: 2,
      firstAt: new Date('2026-12-01T06:00:00.000Z'),
      lastAt: new Date('2026-12-05T08:00:04.000Z'),
    });

    const handler = new GetProcessReportHandler(rows, new TenantRegistry(loadTenantPolicies()));
    const now = new Date('2026-12-10T08:00:04.000Z');
    const report = await handler.execute(new GetProcessReportQuery('awj', { fromMonth: '2026-12', toMonth: '2026-12' }, now));
    expect(report.cases).toBe(1);
    const t = (from: string, to: string) => report.months[0]!.transitions.find((x) => x.from === from && x.to === to);
    expect(t('received', 'submitted')).toMatchObject({ n: 1, medianSeconds: 7200 });
    expect(t('review-opened', 'committee-decided')).toMatchObject({ n: 1, medianSeconds: 172_800, p90Seconds: 172_800 });
    expect(t('delivery-opened', 'delivery-ended')).toMatchObject({ n: 0 });
    expect(report.slowest).toEqual([
      expect.objectContaining({ caseId, caseNumber: 'AWJ-1448-1', kind: 'stuck', from: 'delivery-opened', to: 'delivery-ended', seconds: 5 * 86_400 }),
    ]);
    // A month before any milestone has no case.
    expect((await handler.execute(new GetProcessReportQuery('awj', { fromMonth: '2026-10', toMonth: '2026-11' }, now))).cases).toBe(0);
  });
});
