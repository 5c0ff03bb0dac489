import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CaseView, CaseViews, CaseViewSchema, EventHandlers } from '@athar/service-kit';
import { loadTenantPolicies, TenantRegistry } from '@athar/tenancy';
import { ListApplicationsController } from '../list-applications/list-applications.controller';
import { ApplicationListEntry, ApplicationListEntrySchema } from './application-list.schema';
import { ApplicationViewProjection } from './application-view.projection';

jest.setTimeout(60_000);

const tenantId = 'tuwaiq';
const refused = { id: 'conditions-not-met', text: { ar: 'الطلب غير مستوفٍ لشروط الخدمة', en: "The request does not meet the service's conditions" } };
const accepted = { id: 'conditions-met', text: { ar: 'الطلب مستوفٍ لشروط الخدمة', en: "The request meets the service's conditions" } };
const tally = { accept: 0, reject: 2, quorum: 2, tieBrokenByChair: false };

/**
 * The applicant's own list (GET /applications as an applicant) shows the committee's decision with its
 * reasons and reconsideration period (Tuwaiq 6-3, 6-4), fed by the events as intake's consumer delivers
 * them, on the real FerretDB: once, redelivered, a later round after an earlier one, and in a replay where
 * the committee's decision comes before intake's own events.
 */
describe("the applicant's list shows the committee's decision (Tuwaiq 6-3, 6-4)", () => {
  const schema = `it_intake_decisions_${randomUUID().slice(0, 8)}`;
  const handlers = new EventHandlers();
  let connection: mongoose.Connection;
  let controller: ListApplicationsController;
  let position = 0;

  beforeAll(async () => {
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    const list = connection.model(ApplicationListEntry.name, ApplicationListEntrySchema);
    new ApplicationViewProjection(handlers, new CaseViews(connection.model(CaseView.name, CaseViewSchema)), list).onModuleInit();
    controller = new ListApplicationsController(list, new TenantRegistry(loadTenantPolicies()));
  });

  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  const event = (type: string, data: Record<string, unknown>, actor: RecordedEvent['actor']): RecordedEvent => {
    position += 1;
    return {
      eventId: randomUUID(),
      type,
      version: 1,
      tenantId,
      occurredAt: new Date().toISOString(),
      actor,
      correlationId: randomUUID(),
      causationId: null,
      data,
      streamId: `test-${type}`,
      revision: 0,
      globalPosition: String(position),
      recordedAt: new Date().toISOString(),
      hash: '',
      previousHash: '',
    } as RecordedEvent;
  };
  const committee = { id: 'service:committee-review', role: 'service', channel: 'system' } as RecordedEvent['actor'];

  /** A request submitted by its own applicant account, and what the committee then records. */
  const application = () => {
    const caseId = randomUUID();
    const applicant: Principal = { userId: `public:${randomUUID()}`, tenantId, roles: ['applicant'] };
    const submitted = event(
      'ApplicationSubmitted',
      {
        caseId,
        caseNumber: `TWQ-1447-${String(position).padStart(6, '0')}`,
        serviceId: 'partner-association-services',
        channel: 'website',
        submittedAt: '2026-03-01T09:00:00.000Z',
        expectedResponseBy: '2026-03-15T09:00:00.000Z',
      },
      { id: applicant.userId, role: 'applicant', channel: 'website' } as RecordedEvent['actor'],
    );
    const rejected = (round: number, reconsiderationUntil: string | null) =>
      event(
        'ApplicationRejected',
        { caseId, committeeId: 'competent-committee', round, decidedAt: '2026-03-10T09:00:00.000Z', tally, reasons: [refused], reconsiderationUntil },
        committee,
      );
    const acceptedIn = (round: number) =>
      event(
        'ApplicationAccepted',
        {
          caseId,
          committeeId: 'competent-committee',
          round,
          decidedAt: '2026-03-20T09:00:00.000Z',
          tally: { ...tally, accept: 2, reject: 0 },
          reasons: [accepted],
        },
        committee,
      );
    const reconsideration = (round: number) =>
      event(
        'ReconsiderationRequested',
        { caseId, round, requestedAt: '2026-03-12T09:00:00.000Z', grounds: 'أرفقت ما يثبت', deadline: '2026-03-26T09:00:00.000Z' },
        committee,
      );
    const mine = async (status?: 'submitted' | 'accepted' | 'rejected' | 'reconsidering') =>
      (await controller.listApplications(applicant, { limit: 20, ...(status ? { status } : {}) } as never)).items.filter((item) => item.caseId === caseId);
    return { submitted, rejected, acceptedIn, reconsideration, mine };
  };
  const deliver = async (...events: RecordedEvent[]) => {
    for (const e of events) await handlers.dispatch(e);
  };

  it('shows a refusal with its reasons and the reconsideration deadline, and a redelivery changes nothing', async () => {
    const a = application();
    await deliver(a.submitted);
    expect((await a.mine())[0]).toMatchObject({ status: 'submitted', decision: null });
    const rejection = a.rejected(1, '2026-03-25T09:00:00.000Z');
    await deliver(rejection);
    const decision = {
      outcome: 'rejected',
      round: 1,
      decidedAt: '2026-03-10T09:00:00.000Z',
      reasons: [refused.text],
      reconsiderationUntil: '2026-03-25T09:00:00.000Z',
    };
    expect(await a.mine()).toEqual([expect.objectContaining({ status: 'rejected', decision })]);
    await deliver(rejection, a.submitted); // redelivered, both
    expect(await a.mine()).toEqual([expect.objectContaining({ status: 'rejected', decision })]);
    expect(await a.mine('rejected')).toHaveLength(1);
    expect(await a.mine('submitted')).toHaveLength(0);
  });

  it('follows a reconsideration to its own decision, and an older round redelivered does not bring the refusal back', async () => {
    const a = application();
    const first = a.rejected(1, '2026-03-25T09:00:00.000Z');
    const asked = a.reconsideration(2);
    await deliver(a.submitted, first, asked);
    expect(await a.mine()).toEqual([expect.objectContaining({ status: 'reconsidering', decision: null })]);
    expect(await a.mine('reconsidering')).toHaveLength(1);
    await deliver(first); // round 1 redelivered while round 2 is open
    expect((await a.mine())[0]).toMatchObject({ status: 'reconsidering', decision: null });
    const second = a.acceptedIn(2);
    await deliver(second, first, asked);
    expect((await a.mine())[0]).toMatchObject({
      status: 'accepted',
      decision: { outcome: 'accepted', round: 2, decidedAt: '2026-03-20T09:00:00.000Z', reasons: [accepted.text], reconsiderationUntil: null },
    });
  });

  it('keeps a decision replayed before the request it decides', async () => {
    const a = application();
    await deliver(a.rejected(1, null)); // committee-review's topic replayed ahead of intake's
    expect(await a.mine()).toEqual([]); // nothing listed without the request itself
    await deliver(a.submitted);
    expect((await a.mine())[0]).toMatchObject({
      caseNumber: expect.stringMatching(/^TWQ-/),
      status: 'rejected',
      decision: { outcome: 'rejected', reasons: [refused.text], reconsiderationUntil: null },
    });
  });
});
