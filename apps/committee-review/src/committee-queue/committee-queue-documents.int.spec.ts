import { randomUUID } from 'node:crypto';
import mongoose, { type Model } from 'mongoose';
import type { DocumentRejectedV1, DocumentVerifiedV1, RecordedEvent, VerificationMethod } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { EventHandlers, EventWriter, type PendingEvent } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { CommitteeQueueProjection } from './committee-queue.projection';
import { CommitteeQueueEntry, CommitteeQueueEntrySchema } from './committee-queue.schema';

jest.setTimeout(60_000);

const tenantId = 'tuwaiq';
const cause = { kind: 'request' as const, principal: { userId: 'researcher-1', tenantId, roles: ['social-researcher' as const] }, channel: 'system' as const };

const verified = (caseId: string, documentId: string, verifiedAt: string, method: VerificationMethod = 'original-sighted'): PendingEvent => ({
  type: 'DocumentVerified',
  version: 1,
  data: {
    caseId,
    documentId,
    documentType: 'national-id',
    method,
    verifiedBy: 'researcher-1',
    role: 'social-researcher',
    note: null,
    validUntil: null,
    verifiedAt,
  } satisfies DocumentVerifiedV1,
});
const rejected = (caseId: string, documentId: string, rejectedAt: string): PendingEvent => ({
  type: 'DocumentRejected',
  version: 1,
  data: {
    caseId,
    documentId,
    documentType: 'national-id',
    method: 'original-sighted',
    rejectedBy: 'researcher-1',
    role: 'social-researcher',
    reason: 'الصورة غير مقروءة',
    rejectedAt,
  } satisfies DocumentRejectedV1,
});

/**
 * The committee votes on the documents as they stand (Tuwaiq 6-2): its queue lists a document as
 * verified only while the latest fact about it is a verification. Real event store and FerretDB; the
 * events are eligibility's, appended and delivered as the consumer would.
 */
describe("the committee's queue lists the documents verified as they stand", () => {
  let store: PostgresEventStore;
  let writer: EventWriter;
  let connection: mongoose.Connection;
  let queue: Model<CommitteeQueueEntry>;
  const handlers = new EventHandlers();
  const schema = `it_queue_docs_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'eligibility');
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    queue = connection.model(CommitteeQueueEntry.name, CommitteeQueueEntrySchema);
    new CommitteeQueueProjection(handlers, writer, new TenantRegistry([]), queue).onModuleInit();
  });

  afterAll(async () => {
    await store?.dropSchema();
    await store?.close();
    await connection?.dropDatabase();
    await connection?.close();
  });

  async function record(caseId: string, events: PendingEvent[]): Promise<RecordedEvent[]> {
    const stream = `eligibility-documents-${tenantId}-${caseId}`;
    const before = (await writer.load(stream)).history.length;
    await writer.append(stream, tenantId, cause, events, 'any');
    const recorded = (await writer.load(stream)).history.slice(before);
    for (const event of recorded) await handlers.dispatch(event);
    return recorded;
  }
  const listed = async (caseId: string) => (await queue.findById(`${tenantId}:${caseId}`).lean().exec())?.verifiedDocuments ?? [];

  it('a document rejected after it was verified leaves the list; a redelivered verification does not bring it back', async () => {
    const caseId = randomUUID();
    const [idCard, certificate] = [randomUUID(), randomUUID()];
    const [first] = await record(caseId, [verified(caseId, idCard, '2026-01-01T00:00:00.000Z'), verified(caseId, certificate, '2026-01-01T01:00:00.000Z')]);
    expect((await listed(caseId)).map((d) => d.documentId).sort()).toEqual([idCard, certificate].sort());

    await record(caseId, [rejected(caseId, idCard, '2026-01-02T00:00:00.000Z')]);
    expect((await listed(caseId)).map((d) => d.documentId)).toEqual([certificate]);

    await handlers.dispatch(first);
    expect((await listed(caseId)).map((d) => d.documentId)).toEqual([certificate]);
  });

  it('a document verified again is listed once, with its latest verification; verified after a rejection, it is listed again', async () => {
    const caseId = randomUUID();
    const idCard = randomUUID();
    await record(caseId, [verified(caseId, idCard, '2026-01-01T00:00:00.000Z')]);
    const [reverified] = await record(caseId, [verified(caseId, idCard, '2026-06-01T00:00:00.000Z', 'government-platform')]);
    expect(await listed(caseId)).toEqual([
      { documentId: idCard, documentType: 'national-id', method: 'government-platform', verifiedAt: '2026-06-01T00:00:00.000Z' },
    ]);
    await handlers.dispatch(reverified);
    expect(await listed(caseId)).toHaveLength(1);

    await record(caseId, [rejected(caseId, idCard, '2026-07-01T00:00:00.000Z'), verified(caseId, idCard, '2026-07-02T00:00:00.000Z')]);
    expect(await listed(caseId)).toEqual([
      { documentId: idCard, documentType: 'national-id', method: 'original-sighted', verifiedAt: '2026-07-02T00:00:00.000Z' },
    ]);
  });
});
