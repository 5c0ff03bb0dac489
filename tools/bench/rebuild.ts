/**
 * Rebuilding a read model from the event store, against the store's raw read rate, in one run
 * (docs/performance.md; goal: rebuild ≥ 50 % of the raw read rate).
 *
 * It seeds a throw-away event-store schema with N cases' events through the services' write path
 * (EventWriter, personal fields sealed under each case's data key), then, in the same run:
 *   - reads them all back with `readAll` in pages of 500 (the raw read rate, events/s);
 *   - the same read, plus opening personal fields and upcasting (what the consumer does before a handler);
 *   - FerretDB's raw rate of one upsert at a time (what a projection's write costs on its own);
 *   - rebuilds two real read models into a fresh FerretDB database, one after the other, by feeding every
 *     stored event, opened and upcast as the messaging runtime does, through the real projection classes'
 *     handlers: intake's case figures (CaseFiguresProjection, one upsert or two per event) and
 *     eligibility's case view (AssessmentViewProjection, which re-reads the case's streams per event).
 * Kafka and the inbox are left out: a rebuild replays the store, not the topics. Events are applied one
 * at a time, in store order, as one consumer partition applies them. Bounded, loopback only, asserts
 * nothing; the schema and the database are dropped at the end.
 *
 *   npm run bench:rebuild                    # 300 cases (3,000 events)
 *   npm run bench:rebuild -- --cases 1000
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import mongoose from 'mongoose';
import { eventUpcasting, streamId } from '@athar/contracts';
import { createEventStoreFromEnv, schemaOwnerFromEnv } from '@athar/event-store';
import { PersonalDataProtector, PostgresDataKeyStore, TenantKeyring } from '@athar/personal-data';
import { CaseView, CaseViewSchema, CaseViews, EventHandlers, EventWriter, type Cause } from '@athar/service-kit';
import { CaseFigure, CaseFigureSchema } from '../../apps/intake/src/figures/case-figures.schema';
import { CaseFiguresProjection } from '../../apps/intake/src/figures/case-figures.projection';
import { AssessmentViewProjection } from '../../apps/eligibility/src/assessments/projection/assessment-view.projection';
import { EligibilityReader } from '../../apps/eligibility/src/read/eligibility-reader';
import { assessmentStream, documentsStream } from '../../apps/eligibility/src/eligibility-streams';
import { reviewStreamId } from '../../apps/committee-review/src/reviews/review-stream';
import { deliveryStreamId } from '../../apps/committee-review/src/service-delivery/delivery-stream';
import { writeResult } from './results';
import { readAllPages, rebuildCaseFigures, replayStore } from '../ops/read-model-rebuild';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '300' }, upserts: { type: 'string', default: '1000' } } });
const CASES = Number(values.cases);
const UPSERTS = Number(values.upserts);
if (!Number.isInteger(CASES) || CASES < 10 || CASES > 20_000) throw new Error('--cases must be an integer from 10 to 20000');
if (!Number.isInteger(UPSERTS) || UPSERTS < 100 || UPSERTS > 100_000) throw new Error('--upserts must be an integer from 100 to 100000');
const TENANT = 'tuwaiq';
const SCHEMA = `bench_rebuild_${randomBytes(4).toString('hex')}`;
const MONGO_URL = process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017';

const perSecond = (count: number, startedAt: number) => count / ((performance.now() - startedAt) / 1000);

/** One case as the services write it: drafted and submitted, assessed, two documents verified, reviewed, accepted, delivery opened (10 events). */
async function seedCase(writer: EventWriter, caseId: string, at: Date): Promise<void> {
  const iso = (minutes: number) => new Date(at.getTime() + minutes * 60_000).toISOString();
  // A run per append: event ids derive from the run, stream, type and index (two appends alike would be one event).
  let appends = 0;
  const cause = (): Cause => ({ kind: 'timer', workflow: 'bench', run: `${caseId}:${(appends += 1)}` });
  const reviewWindow = { days: 14, counting: 'calendar' as const };
  const common = {
    caseId,
    caseNumber: `TW-1448-${caseId.slice(0, 6)}`,
    servedBeforeElsewhere: false,
    serviceId: 'job-seeker-training',
    channel: 'website' as const,
  };
  const applicant = {
    fullName: 'سارة عبدالله العتيبي',
    nationalId: '1000000008',
    mobile: '+966500000000',
    qualification: 'bachelor' as const,
    employmentStatus: 'job-seeker' as const,
    preferredChannel: 'sms' as const,
  };
  const application = streamId('intake', 'application', TENANT, caseId);
  await writer.append(
    application,
    TENANT,
    cause(),
    [{ type: 'ApplicationDrafted', version: 2, data: { ...common, applicant, policyVersion: 1, draftedAt: iso(0) } }],
    'no_stream',
  );
  await writer.append(
    application,
    TENANT,
    cause(),
    [
      {
        type: 'ApplicationSubmitted',
        version: 2,
        data: { ...common, beneficiaryType: 'direct', applicant, submittedAt: iso(5), policyVersion: 1, reviewWindow, expectedResponseBy: iso(14 * 24 * 60) },
      },
    ],
    0,
  );
  const criteria = [{ criterionId: 'qualification', met: true, reason: { ar: 'المؤهل مقبول', en: 'Qualification accepted' } }];
  await writer.append(
    assessmentStream(TENANT, caseId),
    TENANT,
    cause(),
    [
      {
        type: 'EligibilityAssessed',
        version: 1,
        data: {
          caseId,
          serviceId: common.serviceId,
          policyVersion: 1,
          eligibilityPolicyVersion: 1,
          outcome: 'eligible',
          criteria,
          inputs: { qualification: 'bachelor' },
          assessedAt: iso(6),
          submittedAt: iso(5),
          reviewWindow,
        },
      },
    ],
    'no_stream',
  );
  const documents = documentsStream(TENANT, caseId);
  let revision: number | 'no_stream' = 'no_stream';
  for (const [i, documentId] of ['cv', 'id-card'].entries()) {
    const requested = {
      caseId,
      documentId,
      documentType: documentId,
      role: 'services-officer' as const,
      reason: 'attached' as const,
      requestedAt: iso(6),
      dueBy: null,
    };
    const verified = {
      caseId,
      documentId,
      documentType: documentId,
      method: 'original-sighted' as const,
      verifiedBy: 'officer-1',
      role: 'services-officer' as const,
      note: null,
      validUntil: null,
      verifiedAt: iso(30 + i),
    };
    await writer.append(documents, TENANT, cause(), [{ type: 'DocumentVerificationRequested', version: 1, data: requested }], revision);
    revision = revision === 'no_stream' ? 0 : revision + 1;
    await writer.append(documents, TENANT, cause(), [{ type: 'DocumentVerified', version: 1, data: verified }], revision);
    revision += 1;
  }
  const review = reviewStreamId(TENANT, caseId);
  await writer.append(
    review,
    TENANT,
    cause(),
    [
      {
        type: 'ReviewOpened',
        version: 1,
        data: { caseId, serviceId: common.serviceId, submittedAt: iso(5), openedAt: iso(7), deadline: iso(14 * 24 * 60), reviewWindow },
      },
    ],
    'no_stream',
  );
  await writer.append(
    review,
    TENANT,
    cause(),
    [
      {
        type: 'ApplicationAccepted',
        version: 1,
        data: {
          caseId,
          committeeId: 'committee-1',
          round: 1,
          decidedAt: iso(60),
          tally: { accept: 3, reject: 0, quorum: 3, tieBrokenByChair: false },
          reasons: [],
        },
      },
    ],
    0,
  );
  await writer.append(
    deliveryStreamId(TENANT, caseId),
    TENANT,
    cause(),
    [
      {
        type: 'ServiceDeliveryOpened',
        version: 1,
        data: {
          caseId,
          serviceId: common.serviceId,
          programme: { ar: 'برنامج', en: 'Programme' },
          startsOn: '2026-01-01',
          endsOn: '2026-03-01',
          openedAt: iso(61),
        },
      },
    ],
    'no_stream',
  );
}

async function main(): Promise<void> {
  const owner = schemaOwnerFromEnv();
  const store = await createEventStoreFromEnv({ ...process.env, ATHAR_EVENT_STORE_SCHEMA: SCHEMA });
  const keys = new PostgresDataKeyStore(owner.pool, SCHEMA);
  const personalData = new PersonalDataProtector(keys, TenantKeyring.fromEnv());
  const writer = new EventWriter(store, 'bench', personalData);
  const connection = await mongoose.createConnection(MONGO_URL, { serverSelectionTimeoutMS: 5000 }).asPromise();
  const db = connection.useDb(`bench_rebuild_${randomBytes(4).toString('hex')}`);
  const rows: string[] = [];
  const row = (what: string, value: string) => rows.push(`| ${what} | ${value} |`);
  try {
    await keys.ensureSchema(owner);
    console.log(`[rebuild] seeding ${CASES} cases (10 events each) through EventWriter into schema ${SCHEMA}…`);
    let started = performance.now();
    const ids = Array.from({ length: CASES }, () => randomUUID());
    const pending = [...ids];
    const base = new Date('2026-01-10T06:00:00Z');
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let id = pending.shift(); id !== undefined; id = pending.shift()) await seedCase(writer, id, base);
      }),
    );
    const seedRate = perSecond(CASES * 10, started);

    // Warm the pool, the statement cache and the JIT once, then measure.
    await readAllPages(store);
    started = performance.now();
    const { read: events } = await readAllPages(store);
    const rawRead = perSecond(events, started);
    started = performance.now();
    await readAllPages(store, async (page) => {
      for (const event of await personalData.open(page)) eventUpcasting.upcastKnown(event);
    });
    const openedRead = perSecond(events, started);

    const scratch = db.collection('upserts');
    started = performance.now();
    for (let i = 0; i < UPSERTS; i += 1) await scratch.updateOne({ _id: `row-${i % 300}` as never }, { $set: { at: new Date(), n: i } }, { upsert: true });
    const rawUpsert = perSecond(UPSERTS, started);

    /** Replays the whole store through one projection's handlers, as the runtime feeds a consumed event. */
    const rebuild = async (register: (handlers: EventHandlers) => void): Promise<{ rate: number; handled: number }> => {
      const handlers = new EventHandlers();
      register(handlers);
      const begun = performance.now();
      // The operator's rebuild loop itself (docs/runbook.md, "Rebuilding a read model"), timed.
      const { applied: handled } = await replayStore(store, personalData, handlers);
      return { rate: perSecond(events, begun), handled };
    };

    // The operator's rebuild of the case figures (docs/adr/0053: folded in memory, rows written in
    // batches, renamed over the live collection), timed; and, beside it, the same projection applied one
    // event at a time as a consumer applies them (what a rebuild cost before the fold).
    const figures = db.model(CaseFigure.name, CaseFigureSchema);
    started = performance.now();
    const folded = await rebuildCaseFigures(store, personalData, db);
    const figuresRebuild = { rate: perSecond(events, started), handled: folded.applied };
    const figureRows = await figures.countDocuments({ tenantId: TENANT, decision: 'accepted', deliveryOpenedAt: { $ne: null } });
    const oneByOne = db.model(`${CaseFigure.name}OneByOne`, CaseFigureSchema, 'case_figures_one_by_one');
    await oneByOne.init();
    const figuresOneByOne = await rebuild((handlers) => new CaseFiguresProjection(handlers, oneByOne).onModuleInit());

    const views = db.model(CaseView.name, CaseViewSchema);
    await views.init();
    const viewsRebuild = await rebuild((handlers) =>
      new AssessmentViewProjection(handlers, new CaseViews(views), new EligibilityReader(new EventWriter(store, 'eligibility', personalData))).onModuleInit(),
    );
    const viewRows = await views.countDocuments({ tenantId: TENANT, stage: 'assessed-eligible', 'details.documents.1': { $exists: true } });

    const ratio = (rate: number) => `${(rate / rawRead).toFixed(2)} × raw read (goal ≥ 0.5)`;
    row('events seeded through EventWriter/s (8 writers, sealed)', `${seedRate.toFixed(0)} (${events} events, ${CASES} cases)`);
    row('raw read: readAll events/s (pages of 500)', rawRead.toFixed(0));
    row('readAll + open personal fields + upcast, events/s', `${openedRead.toFixed(0)} (${(openedRead / rawRead).toFixed(2)} × raw read)`);
    row('raw FerretDB upserts/s (one at a time)', rawUpsert.toFixed(0));
    row(
      'rebuild case figures (intake), events/s',
      `${figuresRebuild.rate.toFixed(0)}: ${ratio(figuresRebuild.rate)}; ${figuresRebuild.handled} events applied, ${figureRows} of ${CASES} rows complete; ` +
        `folding ${(events / folded.seconds.fold).toFixed(0)} events/s, writing ${(CASES / folded.seconds.write).toFixed(0)} rows/s`,
    );
    row('the same projection applied one event at a time (before the fold), events/s', `${figuresOneByOne.rate.toFixed(0)}: ${ratio(figuresOneByOne.rate)}`);
    row(
      'rebuild case view (eligibility), events/s',
      `${viewsRebuild.rate.toFixed(0)}: ${ratio(viewsRebuild.rate)}; ${viewsRebuild.handled} events applied, ${viewRows} of ${CASES} rows complete`,
    );
    console.log(`### Read-model rebuild, ${new Date().toISOString()}: ${CASES} cases, ${events} events (schema and database dropped)\n`);
    console.log('| figure | value |\n|---|---|');
    console.log(rows.join('\n'));
    writeResult('rebuild', {
      events,
      rawRead,
      openedRead,
      rawUpsert,
      figuresRate: figuresRebuild.rate,
      figuresOneByOneRate: figuresOneByOne.rate,
      viewsRate: viewsRebuild.rate,
      figuresRatio: figuresRebuild.rate / rawRead,
      viewsRatio: viewsRebuild.rate / rawRead,
      figuresComplete: figureRows === CASES,
      viewsComplete: viewRows === CASES,
      table: rows,
    });
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await connection.close();
    await store.close();
    await owner.pool.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await owner.pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
