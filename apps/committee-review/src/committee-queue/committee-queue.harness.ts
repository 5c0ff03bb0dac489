import { randomUUID } from 'node:crypto';
import mongoose, { type Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { EventHandlers, EventWriter, type PendingEvent } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ReviewReader } from '../reviews/read/review-reader';
import { CommitteeQueueProjection } from './committee-queue.projection';
import { CommitteeQueueEntry, CommitteeQueueEntrySchema } from './committee-queue.schema';

const cause = (tenantId: string) => ({
  kind: 'request' as const,
  principal: { userId: 'researcher-1', tenantId, roles: ['social-researcher' as const] },
  channel: 'system' as const,
});

/**
 * The committee queue's projection on the real event store and FerretDB, in a schema and database of
 * the test's own (created before its tests, dropped after): `record` appends eligibility's events to one
 * of its streams and delivers them as the consumer would; `entry` reads the case's queue row.
 */
export function committeeQueueHarness(schemaPrefix: string, tenantId: string, streamKind: 'assessment' | 'documents') {
  let store: PostgresEventStore;
  let writer: EventWriter;
  let connection: mongoose.Connection;
  let queue: Model<CommitteeQueueEntry>;
  const handlers = new EventHandlers();
  const schema = `${schemaPrefix}_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'eligibility');
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    queue = connection.model(CommitteeQueueEntry.name, CommitteeQueueEntrySchema);
    new CommitteeQueueProjection(handlers, new ReviewReader(writer), new TenantRegistry([]), queue).onModuleInit();
  });

  afterAll(async () => {
    await store?.dropSchema();
    await store?.close();
    await connection?.dropDatabase();
    await connection?.close();
  });

  return {
    async record(caseId: string, events: PendingEvent[]): Promise<RecordedEvent[]> {
      const stream = `eligibility-${streamKind}-${tenantId}-${caseId}`;
      const before = (await writer.load(stream)).history.length;
      await writer.append(stream, tenantId, cause(tenantId), events, 'any');
      const recorded = (await writer.load(stream)).history.slice(before);
      for (const event of recorded) await handlers.dispatch(event);
      return recorded;
    },
    /** Delivers an event again, as a redelivering consumer would. */
    dispatch: (event: RecordedEvent) => handlers.dispatch(event),
    entry: async (caseId: string) => queue.findById(`${tenantId}:${caseId}`).lean().exec(),
  };
}
