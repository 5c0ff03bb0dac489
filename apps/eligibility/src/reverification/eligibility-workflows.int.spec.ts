import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import mongoose, { type Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import { ensureSearchAttributes } from '@athar/temporal-kit';
import {
  caseDocumentExpiryWorkflowId,
  documentExpiryWatchWorkflowId,
  eligibilityTaskQueue,
  REVIEW_SEARCH_ATTRIBUTES,
  watchDocumentSignal,
  WORKFLOWS_PATH,
  type caseDocumentExpiry,
  type DocumentWatch,
  type PeriodicReverificationResult,
} from '@athar/workflows';
import { EligibilityPolicies } from '../assessments/policies/eligibility-policies';
import { Beneficiary, BeneficiarySchema } from '../beneficiaries/beneficiary.schema';
import { assessmentStream, documentsStream, policyStream } from '../eligibility-streams';
import { createEligibilityActivities } from './eligibility.activities';

jest.setTimeout(90_000);

const TEST_SERVER = join(process.env.ATHAR_ENGINES_DIR ?? join(__dirname, '../../../../.engines'), 'bin', 'temporal-test-server');
const DAY_MS = 86_400_000;
const staff = (tenantId: string) => ({
  kind: 'request' as const,
  principal: { userId: 'officer-1', tenantId, roles: ['services-officer' as const] },
  channel: 'system' as const,
});

/**
 * The eligibility workflows under time skipping (Java test server), with their activities on the real
 * PostgreSQL event store and FerretDB read model: months pass in well under a second.
 */
describe('eligibility timers and reviews (Tuwaiq 6-2 expiring documents, 6-4 periodic review, yearly policy review)', () => {
  let env: TestWorkflowEnvironment;
  let store: PostgresEventStore;
  let writer: EventWriter;
  let connection: mongoose.Connection;
  let beneficiaries: Model<Beneficiary>;
  const schema = `it_eligibility_${randomUUID().slice(0, 8)}`;
  const taskQueue = eligibilityTaskQueue(`it${randomUUID().slice(0, 8)}`);
  const policies = new EligibilityPolicies();

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: TEST_SERVER } } });
    await ensureSearchAttributes(env.connection, env.namespace ?? 'default', REVIEW_SEARCH_ATTRIBUTES);
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'eligibility');
    connection = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    beneficiaries = connection.model(Beneficiary.name, BeneficiarySchema);
  });

  afterAll(async () => {
    await env?.teardown();
    await store?.dropSchema();
    await store?.close();
    await connection?.dropDatabase();
    await connection?.close();
  });

  const runWorker = async <T>(fn: () => Promise<T>): Promise<T> =>
    (
      await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowsPath: WORKFLOWS_PATH,
        activities: createEligibilityActivities(new AggregateCommands(writer), writer, policies, beneficiaries),
      })
    ).runUntil(fn);

  async function verifiedDocument(tenantId: string, caseId: string, validUntil: Date): Promise<RecordedEvent> {
    const documentId = randomUUID();
    const base = { caseId, documentId, documentType: 'national-id', role: 'services-officer' as const };
    await writer.append(
      documentsStream(tenantId, caseId),
      tenantId,
      staff(tenantId),
      [{ type: 'DocumentVerificationRequested', version: 1, data: { ...base, reason: 'attached', requestedAt: new Date().toISOString(), dueBy: null } }],
      'any',
    );
    await writer.append(
      documentsStream(tenantId, caseId),
      tenantId,
      staff(tenantId),
      [
        {
          type: 'DocumentVerified',
          version: 1,
          data: {
            ...base,
            method: 'government-platform',
            verifiedBy: 'officer-1',
            note: null,
            validUntil: validUntil.toISOString(),
            verifiedAt: new Date().toISOString(),
          },
        },
      ],
      'any',
    );
    const history = await store.readStream(documentsStream(tenantId, caseId));
    return history[history.length - 1];
  }

  /** Sends a verified document to its case's expiry workflow as the eligibility service does (StartExpiryWatchReactor). */
  const watchDocument = (caseId: string, watch: DocumentWatch) =>
    env.client.workflow.signalWithStart<typeof caseDocumentExpiry, [DocumentWatch]>('caseDocumentExpiry', {
      taskQueue,
      workflowId: caseDocumentExpiryWorkflowId('tuwaiq', caseId),
      args: [{ tenantId: 'tuwaiq', caseId, waiting: [watch], done: [] }],
      signal: watchDocumentSignal,
      signalArgs: [watch],
    });
  const watchOf = (verification: RecordedEvent, remindAt: number): DocumentWatch => ({
    documentId: (verification.data as { documentId: string }).documentId,
    verificationEventId: verification.eventId,
    remindAt: new Date(remindAt).toISOString(),
  });
  const requestedAt = (event: RecordedEvent) => Date.parse((event.data as { requestedAt: string }).requestedAt);

  it('raises the re-verification task of an expiring document 30 days before it expires, due by the expiry', async () => {
    const caseId = randomUUID();
    const start = await env.currentTimeMs();
    const validUntil = new Date(start + 90 * DAY_MS);
    const verification = await verifiedDocument('tuwaiq', caseId, validUntil);
    const remindAt = new Date(validUntil.getTime() - 30 * DAY_MS).toISOString();
    const outcome = await runWorker(async () => (await watchDocument(caseId, watchOf(verification, Date.parse(remindAt)))).result());
    expect(outcome).toEqual({ raised: 1, superseded: 0 });
    const task = (await store.readStream(documentsStream('tuwaiq', caseId))).at(-1)!;
    expect(task.type).toBe('DocumentVerificationRequested');
    expect(task.data).toMatchObject({ reason: 'expiring', dueBy: validUntil.toISOString(), role: 'services-officer' });
    // The task is stamped with the workflow's (skipped) time when the timer fired, not the wall clock.
    const firedAt = Date.parse((task.data as { requestedAt: string }).requestedAt);
    expect(firedAt).toBeGreaterThanOrEqual(Date.parse(remindAt));
    expect(firedAt - Date.parse(remindAt)).toBeLessThan(60_000);
  });

  it('raises nothing when the document was verified again before the watch fired', async () => {
    const caseId = randomUUID();
    const start = await env.currentTimeMs();
    const first = await verifiedDocument('tuwaiq', caseId, new Date(start + 60 * DAY_MS));
    const documentId = (first.data as { documentId: string }).documentId;
    await writer.append(
      documentsStream('tuwaiq', caseId),
      'tuwaiq',
      staff('tuwaiq'),
      [
        {
          type: 'DocumentVerificationRequested',
          version: 1,
          data: {
            caseId,
            documentId,
            documentType: 'national-id',
            role: 'services-officer',
            reason: 'attached',
            requestedAt: new Date().toISOString(),
            dueBy: null,
          },
        },
        {
          type: 'DocumentVerified',
          version: 1,
          data: {
            caseId,
            documentId,
            documentType: 'national-id',
            method: 'original-sighted',
            verifiedBy: 'officer-1',
            role: 'services-officer',
            note: null,
            validUntil: new Date(start + 900 * DAY_MS).toISOString(),
            verifiedAt: new Date().toISOString(),
          },
        },
      ],
      'any',
    );
    const outcome = await runWorker(async () => (await watchDocument(caseId, watchOf(first, start + 30 * DAY_MS))).result());
    expect(outcome).toEqual({ raised: 0, superseded: 1 });
    expect((await store.readStream(documentsStream('tuwaiq', caseId))).at(-1)!.type).toBe('DocumentVerified');
  });

  it("one workflow watches all of a case's documents: a later document due sooner is raised first, each at its own time, a redelivery once", async () => {
    const caseId = randomUUID();
    const start = await env.currentTimeMs();
    const passport = await verifiedDocument('tuwaiq', caseId, new Date(start + 90 * DAY_MS));
    const certificate = await verifiedDocument('tuwaiq', caseId, new Date(start + 50 * DAY_MS));
    const outcome = await runWorker(async () => {
      const handle = await watchDocument(caseId, watchOf(passport, start + 60 * DAY_MS));
      // The second verification goes to the same running workflow, and so does its redelivery.
      const again = await watchDocument(caseId, watchOf(certificate, start + 20 * DAY_MS));
      await watchDocument(caseId, watchOf(certificate, start + 20 * DAY_MS));
      expect(again.signaledRunId).toBe(handle.signaledRunId);
      return handle.result();
    });
    expect(outcome).toEqual({ raised: 2, superseded: 0 });
    const tasks = (await store.readStream(documentsStream('tuwaiq', caseId))).filter(
      (e) => e.type === 'DocumentVerificationRequested' && (e.data as { reason: string }).reason === 'expiring',
    );
    expect(tasks.map((t) => (t.data as { documentId: string }).documentId)).toEqual([watchOf(certificate, 0).documentId, watchOf(passport, 0).documentId]);
    expect(requestedAt(tasks[0]) - (start + 20 * DAY_MS)).toBeGreaterThanOrEqual(0);
    expect(requestedAt(tasks[0]) - (start + 20 * DAY_MS)).toBeLessThan(60_000);
    expect(requestedAt(tasks[1]) - (start + 60 * DAY_MS)).toBeGreaterThanOrEqual(0);
    expect(requestedAt(tasks[1]) - (start + 60 * DAY_MS)).toBeLessThan(60_000);
  });

  it('the earlier per-document watch, still running where it was started before the case workflow, raises its task', async () => {
    const caseId = randomUUID();
    const start = await env.currentTimeMs();
    const verification = await verifiedDocument('tuwaiq', caseId, new Date(start + 40 * DAY_MS));
    const documentId = (verification.data as { documentId: string }).documentId;
    const raised = await runWorker(() =>
      env.client.workflow.execute('documentExpiryWatch', {
        taskQueue,
        workflowId: documentExpiryWatchWorkflowId('tuwaiq', caseId, documentId, verification.eventId),
        args: [{ tenantId: 'tuwaiq', caseId, documentId, verificationEventId: verification.eventId, remindAt: new Date(start + 10 * DAY_MS).toISOString() }],
      }),
    );
    expect(raised).toBe(true);
    expect((await store.readStream(documentsStream('tuwaiq', caseId))).at(-1)!.data).toMatchObject({ reason: 'expiring', documentId });
  });

  it('a year on, the periodic review finds one beneficiary still eligible and one lapsed (ID expired), once per round', async () => {
    const now = await env.currentTimeMs();
    const yearOn = now + 365 * DAY_MS;
    const young = randomUUID();
    const expiring = randomUUID();
    const birth = (yearsBeforeYearOn: number, dayOffset: number) =>
      new Date(yearOn - yearsBeforeYearOn * 365.25 * DAY_MS + dayOffset * DAY_MS).toISOString().slice(0, 10);
    const eligible = {
      tenantId: 'tuwaiq',
      serviceId: 'job-seeker-training',
      submittedAt: new Date(now),
      outcome: 'eligible' as const,
      accepted: true,
      lastPosition: 1,
    };
    const awaitingCommittee = randomUUID();
    await beneficiaries.create([
      { _id: `tuwaiq:${young}`, caseId: young, applicant: { birthDate: birth(25, 0), qualification: 'bachelor', employmentStatus: 'job-seeker' }, ...eligible },
      {
        _id: `tuwaiq:${expiring}`,
        caseId: expiring,
        applicant: { birthDate: birth(30, 0), qualification: 'bachelor', employmentStatus: 'job-seeker' },
        ...eligible,
      },
      // Eligible but not (yet) accepted by the committee: not a beneficiary to review.
      {
        _id: `tuwaiq:${awaitingCommittee}`,
        caseId: awaitingCommittee,
        applicant: { birthDate: birth(30, 0), qualification: 'bachelor', employmentStatus: 'job-seeker' },
        ...eligible,
        accepted: null,
      },
    ]);
    await verifiedDocument('tuwaiq', young, new Date(now + 3 * 365 * DAY_MS));
    await verifiedDocument('tuwaiq', expiring, new Date(now + 200 * DAY_MS));

    await env.sleep(365 * DAY_MS);
    const round = `${taskQueue}-reverification-round-1`;
    const run = () => runWorker(() => env.client.workflow.execute('periodicReverification', { taskQueue, workflowId: round, args: [{ tenantId: 'tuwaiq' }] }));
    const result: PeriodicReverificationResult = await run();
    expect(result).toMatchObject({ round, reviewed: 2, confirmed: 1, lapsed: 1 });

    const [youngEvent] = (await store.readStream(assessmentStream('tuwaiq', young))).slice(-1);
    expect(youngEvent).toMatchObject({ type: 'EligibilityReconfirmed', data: { round, eligibilityPolicyVersion: 1 } });
    const [lapsed] = (await store.readStream(assessmentStream('tuwaiq', expiring))).slice(-1);
    expect(lapsed.type).toBe('EligibilityLapsed');
    expect((lapsed.data as { reasons: Array<{ en: string }> }).reasons.map((r) => r.en)).toEqual(['document expired: national ID']);
    expect(lapsed.actor).toMatchObject({ id: 'workflow:periodicReverification', role: 'service' });

    // The same round again (a retried run) records nothing twice.
    await env.client.workflow
      .getHandle(round)
      .terminate()
      .catch(() => undefined);
    await runWorker(() =>
      env.client.workflow.execute('periodicReverification', {
        taskQueue,
        workflowId: round,
        args: [{ tenantId: 'tuwaiq' }],
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      }),
    );
    expect(await store.readStream(assessmentStream('tuwaiq', expiring))).toHaveLength(1);
    await expect(store.readStream(assessmentStream('tuwaiq', awaitingCommittee))).rejects.toThrow();
  });

  it('reminds the admin once a round that the policy version in force is due for its yearly review, and not for a superseded one', async () => {
    const round = `${taskQueue}-policy-review-1`;
    await runWorker(() =>
      env.client.workflow.execute('eligibilityPolicyReview', { taskQueue, workflowId: round, args: [{ tenantId: 'tuwaiq', eligibilityPolicyVersion: 1 }] }),
    );
    await runWorker(() =>
      env.client.workflow.execute('eligibilityPolicyReview', {
        taskQueue,
        workflowId: `${round}-old`,
        args: [{ tenantId: 'tuwaiq', eligibilityPolicyVersion: 99 }],
      }),
    );
    const reminders = await store.readStream(policyStream('tuwaiq'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      type: 'EligibilityPolicyReviewDue',
      data: { round, eligibilityPolicyVersion: 1, effectiveFrom: '2024-01-01T00:00:00Z' },
    });
  });
});
