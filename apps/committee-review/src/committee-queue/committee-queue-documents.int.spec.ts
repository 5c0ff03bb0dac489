import { randomUUID } from 'node:crypto';
import type { DocumentRejectedV1, DocumentVerifiedV1, VerificationMethod } from '@athar/contracts';
import type { PendingEvent } from '@athar/service-kit';
import { committeeQueueHarness } from './committee-queue.harness';

jest.setTimeout(60_000);

const tenantId = 'tuwaiq';

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
  const harness = committeeQueueHarness('it_queue_docs', tenantId, 'documents');
  const record = harness.record;
  const listed = async (caseId: string) => (await harness.entry(caseId))?.verifiedDocuments ?? [];

  it('a document rejected after it was verified leaves the list; a redelivered verification does not bring it back', async () => {
    const caseId = randomUUID();
    const [idCard, certificate] = [randomUUID(), randomUUID()];
    const [first] = await record(caseId, [verified(caseId, idCard, '2026-01-01T00:00:00.000Z'), verified(caseId, certificate, '2026-01-01T01:00:00.000Z')]);
    expect((await listed(caseId)).map((d) => d.documentId).sort()).toEqual([idCard, certificate].sort());

    await record(caseId, [rejected(caseId, idCard, '2026-01-02T00:00:00.000Z')]);
    expect((await listed(caseId)).map((d) => d.documentId)).toEqual([certificate]);

    await harness.dispatch(first);
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
    await harness.dispatch(reverified);
    expect(await listed(caseId)).toHaveLength(1);

    await record(caseId, [rejected(caseId, idCard, '2026-07-01T00:00:00.000Z'), verified(caseId, idCard, '2026-07-02T00:00:00.000Z')]);
    expect(await listed(caseId)).toEqual([
      { documentId: idCard, documentType: 'national-id', method: 'original-sighted', verifiedAt: '2026-07-02T00:00:00.000Z' },
    ]);
  });
});
