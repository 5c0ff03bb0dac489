import { randomUUID } from 'node:crypto';
import mongoose, { type Model } from 'mongoose';
import type { EligibilityOverriddenV1, RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { CaseView, CaseViews, CaseViewSchema, EventHandlers, EventWriter, type PendingEvent } from '@athar/service-kit';
import { Beneficiary, BeneficiarySchema } from '../../beneficiaries/beneficiary.schema';
import { BeneficiaryProjection } from '../../beneficiaries/beneficiary.projection';
import { assessmentStream, documentsStream } from '../../eligibility-streams';
import { WorkItem, WorkItemSchema } from '../../work-queue/work-item.schema';
import { WorkQueueProjection } from '../../work-queue/work-queue.projection';
import { EligibilityReader } from '../../read/eligibility-reader';
import { AssessmentViewProjection } from './assessment-view.projection';

jest.setTimeout(60_000);

const tenantId = 'tuwaiq';
const researcher = {
  kind: 'request' as const,
  principal: { userId: 'researcher-1', tenantId, roles: ['social-researcher' as const] },
  channel: 'system' as const,
};
const criteria = [{ criterionId: 'job-seeker', met: false, reason: { ar: 'ليس باحثًا عن عمل', en: 'not a job seeker' } }];
const window = { days: 14, counting: 'calendar' as const };
const assessed = (caseId: string, outcome: 'eligible' | 'not-eligible'): PendingEvent => ({
  type: 'EligibilityAssessed',
  version: 1,
  data: {
    caseId,
    serviceId: 'job-seeker-training',
    policyVersion: 1,
    eligibilityPolicyVersion: 1,
    outcome,
    criteria,
    inputs: {},
    assessedAt: '2026-01-01T00:00:00.000Z',
    submittedAt: '2026-01-01T00:00:00.000Z',
    reviewWindow: window,
  },
});
const overridden = (caseId: string, from: EligibilityOverriddenV1['from'], to: EligibilityOverriddenV1['to']): PendingEvent => ({
  type: 'EligibilityOverridden',
  version: 1,
  data: {
    caseId,
    serviceId: 'job-seeker-training',
    from,
    to,
    reason: 'الزيارة الميدانية أثبتت انتهاء العقد',
    overriddenBy: 'researcher-1',
    overriddenAt: '2026-01-02T00:00:00.000Z',
    submittedAt: '2026-01-01T00:00:00.000Z',
    reviewWindow: window,
  },
});
const review = (caseId: string) => ({ caseId, round: 'round-1', eligibilityPolicyVersion: 1, criteria, inputs: {}, reviewedAt: '2026-07-01T00:00:00.000Z' });
const expired = { ar: 'انتهت صلاحية المستند: الهوية الوطنية', en: 'document expired: national ID' };
const doc = (caseId: string) => ({ caseId, documentId: 'doc-1', documentType: 'national-id', role: 'services-officer' as const });

/**
 * Every read model of eligibility that shows a case's eligibility follows every event that changes it,
 * on the real event store and FerretDB: the events are appended, then delivered to the projections as
 * the consumer would (once, and again as a redelivery).
 */
describe("eligibility's views follow every eligibility event (Tuwaiq 6-2, 6-4)", () => {
  let store: PostgresEventStore;
  let writer: EventWriter;
  let connection: mongoose.Connection;
  let views: CaseViews;
  let beneficiaries: Model<Beneficiary>;
  let items: Model<WorkItem>;
  const handlers = new EventHandlers();
  const schema = `it_elig_views_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'eligibility');
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    views = new CaseViews(connection.model(CaseView.name, CaseViewSchema));
    beneficiaries = connection.model(Beneficiary.name, BeneficiarySchema);
    items = connection.model(WorkItem.name, WorkItemSchema);
    new AssessmentViewProjection(handlers, views, new EligibilityReader(writer)).onModuleInit();
    new BeneficiaryProjection(handlers, beneficiaries).onModuleInit();
    new WorkQueueProjection(handlers, items).onModuleInit();
  });

  afterAll(async () => {
    await store?.dropSchema();
    await store?.close();
    await connection?.dropDatabase();
    await connection?.close();
  });

  /** Appends the events and delivers them to the projections; returns what was recorded. */
  async function record(stream: string, events: PendingEvent[]): Promise<RecordedEvent[]> {
    const before = (await writer.load(stream)).history.length;
    await writer.append(stream, tenantId, researcher, events, 'any');
    const recorded = (await writer.load(stream)).history.slice(before);
    for (const event of recorded) await handlers.dispatch(event);
    return recorded;
  }
  const view = (caseId: string) => views.find(tenantId, caseId);

  it('shows the assessment', async () => {
    const caseId = randomUUID();
    await record(assessmentStream(tenantId, caseId), [assessed(caseId, 'not-eligible')]);
    expect(await view(caseId)).toMatchObject({ stage: 'assessed-not-eligible', details: { outcome: 'not-eligible', criteria } });
  });

  it("after a researcher's override, shows the overridden decision with who, why and when, and a redelivered assessment does not undo it", async () => {
    const caseId = randomUUID();
    const [first] = await record(assessmentStream(tenantId, caseId), [assessed(caseId, 'not-eligible')]);
    await record(assessmentStream(tenantId, caseId), [overridden(caseId, 'not-eligible', 'eligible')]);
    const expected = {
      stage: 'overridden-eligible',
      details: {
        outcome: 'eligible',
        assessedOutcome: 'not-eligible',
        criteria,
        override: { from: 'not-eligible', to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء العقد', by: 'researcher-1', at: '2026-01-02T00:00:00.000Z' },
      },
    };
    expect(await view(caseId)).toMatchObject(expected);
    await handlers.dispatch(first);
    expect(await view(caseId)).toMatchObject(expected);
    expect(await beneficiaries.findById(`${tenantId}:${caseId}`).lean()).toMatchObject({ outcome: 'eligible' });
  });

  it('after a periodic lapse, shows lapsed with every reason; the researcher has the follow-up', async () => {
    const caseId = randomUUID();
    await record(assessmentStream(tenantId, caseId), [assessed(caseId, 'eligible')]);
    await record(assessmentStream(tenantId, caseId), [{ type: 'EligibilityLapsed', version: 1, data: { ...review(caseId), reasons: [expired] } }]);
    expect(await view(caseId)).toMatchObject({
      stage: 'lapsed',
      details: { outcome: 'eligible', review: { result: 'lapsed', round: 'round-1', reasons: [expired] } },
    });
    expect(await beneficiaries.findById(`${tenantId}:${caseId}`).lean()).toMatchObject({ standing: 'lapsed' });
    expect(await items.findById(`${tenantId}:eligibility-lapsed:${caseId}:-`).lean()).toMatchObject({ status: 'open', details: [expired] });

    // The researcher decides: the follow-up is done and the view shows the decision.
    await record(assessmentStream(tenantId, caseId), [overridden(caseId, 'eligible', 'not-eligible')]);
    expect(await view(caseId)).toMatchObject({ stage: 'overridden-not-eligible', details: { outcome: 'not-eligible' } });
    expect(await items.findById(`${tenantId}:eligibility-lapsed:${caseId}:-`).lean()).toMatchObject({
      status: 'done',
      outcome: { decision: 'overridden-not-eligible' },
    });
  });

  it('after a periodic reconfirmation, shows reconfirmed', async () => {
    const caseId = randomUUID();
    await record(assessmentStream(tenantId, caseId), [assessed(caseId, 'eligible')]);
    await record(assessmentStream(tenantId, caseId), [{ type: 'EligibilityReconfirmed', version: 1, data: review(caseId) }]);
    expect(await view(caseId)).toMatchObject({ stage: 'reconfirmed', details: { outcome: 'eligible', review: { result: 'reconfirmed', round: 'round-1' } } });
    expect(await beneficiaries.findById(`${tenantId}:${caseId}`).lean()).toMatchObject({ standing: 'confirmed' });
  });

  it.each([
    [
      'verified',
      {
        type: 'DocumentVerified',
        version: 1,
        data: { method: 'government-platform', verifiedBy: 'o', note: null, validUntil: '2030-01-01T00:00:00Z', verifiedAt: '2026-01-02T00:00:00Z' },
      },
    ],
    [
      'rejected',
      { type: 'DocumentRejected', version: 1, data: { method: 'copy-compared', rejectedBy: 'o', reason: 'illegible', rejectedAt: '2026-01-02T00:00:00Z' } },
    ],
    [
      'closed',
      {
        type: 'DocumentVerificationClosed',
        version: 1,
        data: { reason: 'case-decided', decision: 'accepted', decidedAt: '2026-01-03T00:00:00Z', closedAt: '2026-01-03T00:00:01Z' },
      },
    ],
  ] as const)('shows a document %s, keeping the decision', async (status, outcome) => {
    const caseId = randomUUID();
    await record(assessmentStream(tenantId, caseId), [assessed(caseId, 'eligible')]);
    await record(documentsStream(tenantId, caseId), [
      { type: 'DocumentVerificationRequested', version: 1, data: { ...doc(caseId), reason: 'attached', requestedAt: '2026-01-01T00:00:00Z', dueBy: null } },
    ]);
    expect(await view(caseId)).toMatchObject({
      stage: 'assessed-eligible',
      details: { documents: [{ documentId: 'doc-1', status: 'pending', reason: 'attached' }] },
    });
    await record(documentsStream(tenantId, caseId), [{ ...outcome, data: { ...doc(caseId), ...outcome.data } } as PendingEvent<typeof outcome.type>]);
    expect(await view(caseId)).toMatchObject({ stage: 'assessed-eligible', details: { documents: [{ documentId: 'doc-1', status }] } });
  });

  it('a document event delivered before the assessment creates no view; the assessment then shows the document', async () => {
    const caseId = randomUUID();
    await record(documentsStream(tenantId, caseId), [
      { type: 'DocumentVerificationRequested', version: 1, data: { ...doc(caseId), reason: 'attached', requestedAt: '2026-01-01T00:00:00Z', dueBy: null } },
    ]);
    expect(await view(caseId)).toBeNull();
    await record(assessmentStream(tenantId, caseId), [assessed(caseId, 'eligible')]);
    expect(await view(caseId)).toMatchObject({ stage: 'assessed-eligible', details: { documents: [{ documentId: 'doc-1', status: 'pending' }] } });
  });
});
