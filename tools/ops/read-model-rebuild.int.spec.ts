import { randomBytes, randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { streamId } from '@athar/contracts';
import { createEventStoreFromEnv, schemaOwnerFromEnv, type EventStore, type SchemaOwner } from '@athar/event-store';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { reviewStreamId } from '../../apps/committee-review/src/reviews/review-stream';
import { CaseFiguresProjection } from '../../apps/intake/src/figures/case-figures.projection';
import { CaseFigure, CaseFigureSchema } from '../../apps/intake/src/figures/case-figures.schema';
import { EventHandlers, EventWriter, type Cause } from '@athar/service-kit';
import { rebuildCaseFigures, replayStore } from './read-model-rebuild';

const TENANT = 'tuwaiq';
const SCHEMA = `rebuild_${randomBytes(4).toString('hex')}`;
const cause = (): Cause => ({ kind: 'timer', workflow: 'rebuild-spec', run: randomUUID() });

describe('rebuilding a read model from the event store', () => {
  let owner: SchemaOwner;
  let store: EventStore;
  let personalData: PersonalDataProtector;
  let connection: mongoose.Connection;
  let database: mongoose.Connection;

  beforeAll(async () => {
    owner = schemaOwnerFromEnv();
    store = await createEventStoreFromEnv({ ...process.env, ATHAR_EVENT_STORE_SCHEMA: SCHEMA });
    const keys = new PostgresDataKeyStore(owner.pool, SCHEMA);
    await keys.ensureSchema(owner);
    personalData = new PersonalDataProtector(keys, TenantKeyring.fromEnv({}));
    connection = await mongoose.createConnection(process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017').asPromise();
    database = connection.useDb(`${SCHEMA}_intake`);
  });

  afterAll(async () => {
    await database.dropDatabase().catch(() => undefined);
    await connection.close();
    await store.close();
    await owner.pool.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await owner.pool.end();
  });

  async function submitted(writer: EventWriter, caseId: string, submittedAt: string): Promise<void> {
    const applicant = { fullName: 'نورة سالم', nationalId: '1000000008', mobile: '+966500000001', preferredChannel: 'sms' as const };
    await writer.append(
      streamId('intake', 'application', TENANT, caseId),
      TENANT,
      cause(),
      [
        {
          type: 'ApplicationSubmitted',
          version: 2,
          data: {
            caseId,
            caseNumber: `TW-1448-${caseId.slice(0, 4)}`,
            servedBeforeElsewhere: false,
            serviceId: 'job-seeker-training',
            channel: 'phone',
            beneficiaryType: 'direct',
            applicant,
            submittedAt,
            policyVersion: 1,
            reviewWindow: { days: 14, counting: 'calendar' },
            expectedResponseBy: '2026-02-01T00:00:00.000Z',
          },
        },
      ],
      'no_stream',
    );
  }

  it('drops what the collection held and replays every stored case into it through the real projection, personal fields opened', async () => {
    const writer = new EventWriter(store, 'rebuild-spec', personalData);
    const [accepted, pending] = [randomUUID(), randomUUID()];
    await submitted(writer, accepted, '2026-01-10T08:00:00.000Z');
    await submitted(writer, pending, '2026-01-11T08:00:00.000Z');
    await writer.append(
      reviewStreamId(TENANT, accepted),
      TENANT,
      cause(),
      [
        {
          type: 'ApplicationAccepted',
          version: 1,
          data: {
            caseId: accepted,
            committeeId: 'c1',
            round: 1,
            decidedAt: '2026-01-12T08:00:00.000Z',
            tally: { accept: 3, reject: 0, quorum: 3, tieBrokenByChair: false },
            reasons: [],
          },
        },
      ],
      'no_stream',
    );
    // What the model held before: a row no stored event made, and a fact the store does not back.
    const stale = database.collection('case_figures');
    await stale.insertOne({ _id: `${TENANT}:${randomUUID()}` as never, tenantId: TENANT, caseId: 'gone', decision: 'refused' });
    await stale.insertOne({ _id: `${TENANT}:${pending}` as never, tenantId: TENANT, caseId: pending, decision: 'refused' });

    const result = await rebuildCaseFigures(store, personalData, database);

    expect(result).toEqual({ read: 3, applied: 3, rows: 2, caughtUp: 0, seconds: expect.any(Object) as unknown });
    const rows = await stale.find({}).sort({ submittedAt: 1 }).toArray();
    expect(rows).toEqual([
      expect.objectContaining({
        _id: `${TENANT}:${accepted}`,
        channel: 'phone',
        submittedAt: new Date('2026-01-10T08:00:00.000Z'),
        receivedAt: new Date('2026-01-10T08:00:00.000Z'),
        decision: 'accepted',
        decisionRound: 1,
        firstDecidedAt: new Date('2026-01-12T08:00:00.000Z'),
      }),
      expect.not.objectContaining({ decision: expect.anything() as unknown }),
    ]);
    expect(rows[1]).toMatchObject({ _id: `${TENANT}:${pending}`, submittedAt: new Date('2026-01-11T08:00:00.000Z') });
    // Stored sealed, as the services store them: the replay had to open them (no plain name in the store).
    const stored = await store.readAll({ after: '0', maxCount: 10 });
    expect(JSON.stringify(stored)).not.toContain('نورة سالم');
    // only the rebuilt collection is left: the one written beside it was renamed over it
    const names = (await database.db!.listCollections().toArray()).map((c) => c.name);
    expect(names).toContain('case_figures');
    expect(names).not.toContain('case_figures_rebuild');
  });

  it('applies what was stored while the rows were being folded, after the rebuilt rows replace the old ones', async () => {
    const writer = new EventWriter(store, 'rebuild-spec', personalData);
    const late = randomUUID();
    const result = await rebuildCaseFigures(store, personalData, database, {
      afterFold: () => submitted(writer, late, '2026-01-13T08:00:00.000Z'),
    });
    expect(result.caughtUp).toBe(1);
    const row = await database.collection('case_figures').findOne({ _id: `${TENANT}:${late}` as never });
    expect(row).toMatchObject({ caseId: late, channel: 'phone', submittedAt: new Date('2026-01-13T08:00:00.000Z') });
  });

  it('ends with the same rows as the projection applying the same events one at a time, as intake does', async () => {
    const oneByOne = database.model(`${CaseFigure.name}OneByOne`, CaseFigureSchema, 'case_figures_one_by_one');
    const handlers = new EventHandlers();
    new CaseFiguresProjection(handlers, oneByOne).onModuleInit();
    await replayStore(store, personalData, handlers);
    await rebuildCaseFigures(store, personalData, database);
    const sorted = { _id: 1 } as const;
    const folded = await database.collection('case_figures').find({}).sort(sorted).toArray();
    expect(folded.length).toBeGreaterThan(0);
    expect(folded).toEqual(await database.collection('case_figures_one_by_one').find({}).sort(sorted).toArray());
  });
});
