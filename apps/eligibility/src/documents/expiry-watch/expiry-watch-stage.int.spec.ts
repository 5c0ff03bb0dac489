import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import mongoose from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { PostgresEventStore } from '@athar/event-store';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import {
  caseDocumentExpiryWorkflowId,
  caseSearchAttributes,
  DEADLINE,
  eligibilityTaskQueue,
  REVIEW_SEARCH_ATTRIBUTES,
  STAGE,
  watchDocumentSignal,
  WORKFLOWS_PATH,
  type caseDocumentExpiry,
  type DocumentWatch,
} from '@athar/workflows';
import { ensureSearchAttributes, scopedQuery } from '@athar/temporal-kit';
import { EligibilityPolicies } from '../../assessments/policies/eligibility-policies';
import { Beneficiary, BeneficiarySchema } from '../../beneficiaries/beneficiary.schema';
import { documentsStream } from '../../eligibility-streams';
import { createEligibilityActivities } from '../../reverification/eligibility.activities';

jest.setTimeout(120_000);

const ADDRESS = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
const NAMESPACE = process.env.TEMPORAL_NAMESPACE ?? 'default';
const DAY_MS = 86_400_000;
const staff = (tenantId: string) => ({
  kind: 'request' as const,
  principal: { userId: 'officer-1', tenantId, roles: ['services-officer' as const] },
  channel: 'system' as const,
});

/**
 * On the shared Temporal (dev server, SQLite visibility) with the real event store: a case's
 * document-expiry workflow that has done its work ends with a final Stage, and the runbook's query for documents due
 * (`npm run workflows -- --query 'Stage="document-valid"' --due-within 7`, the same query text) lists
 * the watch still waiting and never the finished one.
 */
describe("a case's document-expiry workflow ends with a final stage and its deadline is the next reminder; the runbook query lists no finished work (Tuwaiq 6-2)", () => {
  let store: PostgresEventStore;
  let writer: EventWriter;
  let mongo: mongoose.Connection;
  let connection: Connection;
  let client: Client;
  const instance = `it${randomUUID().slice(0, 8)}`;
  const taskQueue = eligibilityTaskQueue(instance);
  const schema = `it_expiry_stage_${randomUUID().slice(0, 8)}`;
  const started: string[] = [];

  beforeAll(async () => {
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    writer = new EventWriter(store, 'eligibility');
    mongo = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    connection = await Connection.connect({ address: ADDRESS });
    await ensureSearchAttributes(connection, NAMESPACE, REVIEW_SEARCH_ATTRIBUTES);
    client = new Client({ connection, namespace: NAMESPACE });
  });

  afterAll(async () => {
    for (const workflowId of started)
      await client?.workflow
        .getHandle(workflowId)
        .terminate('test over')
        .catch(() => undefined);
    await connection?.close();
    await store?.dropSchema();
    await store?.close();
    await mongo?.dropDatabase();
    await mongo?.close();
  });

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

  /** Sends a verified document to its case's workflow as the eligibility service does (StartExpiryWatchReactor). */
  async function watchDocument(caseId: string, remindAt: Date) {
    const verification = await verifiedDocument('tuwaiq', caseId, new Date(remindAt.getTime() + 30 * DAY_MS));
    const watch: DocumentWatch = {
      documentId: (verification.data as { documentId: string }).documentId,
      verificationEventId: verification.eventId,
      remindAt: remindAt.toISOString(),
    };
    const workflowId = caseDocumentExpiryWorkflowId('tuwaiq', caseId);
    started.push(workflowId);
    return client.workflow.signalWithStart<typeof caseDocumentExpiry, [DocumentWatch]>('caseDocumentExpiry', {
      taskQueue,
      workflowId,
      args: [{ tenantId: 'tuwaiq', caseId, waiting: [watch], done: [] }],
      signal: watchDocumentSignal,
      signalArgs: [watch],
      typedSearchAttributes: caseSearchAttributes('tuwaiq', caseId, 'document-valid', watch.remindAt),
    });
  }
  const startWatch = (remindAt: Date) => watchDocument(randomUUID(), remindAt);

  it("the finished workflow ends as reverification-opened; a case's sooner document moves its deadline; the runbook query returns the waiting case once and no completed one", async () => {
    const worker = await Worker.create({
      connection: await NativeConnection.connect({ address: ADDRESS }),
      namespace: NAMESPACE,
      taskQueue,
      workflowsPath: WORKFLOWS_PATH,
      activities: createEligibilityActivities(
        new AggregateCommands(writer),
        writer,
        new EligibilityPolicies(),
        mongo.model(Beneficiary.name, BeneficiarySchema),
      ),
    });
    const { done, waiting } = await worker.runUntil(async () => {
      const finished = await startWatch(new Date(Date.now() - 1000)); // due already: raises its task and ends
      const caseId = randomUUID();
      const pending = await watchDocument(caseId, new Date(Date.now() + 2 * DAY_MS)); // due in two days: still waiting
      // A second document of the same case, due sooner: the same workflow, whose Deadline becomes its reminder.
      const sooner = new Date(Date.now() + DAY_MS);
      await watchDocument(caseId, sooner);
      expect(await finished.result()).toEqual({ raised: 1, superseded: 0 });
      let deadline: Date | undefined;
      for (let attempt = 0; attempt < 50 && deadline?.getTime() !== sooner.getTime(); attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200));
        deadline = (await pending.describe()).typedSearchAttributes.get(DEADLINE);
      }
      expect(deadline?.toISOString()).toBe(sooner.toISOString());
      return { done: finished, waiting: pending };
    });

    const described = await done.describe();
    expect(described.status.name).toBe('COMPLETED');
    expect(described.typedSearchAttributes.get(STAGE)).toBe('reverification-opened');

    const query = scopedQuery('Stage="document-valid"', { dueWithinDays: 7, instance });
    // Visibility is eventually consistent: wait until the waiting watch is listed, then nothing else may be.
    let listed: Array<{ workflowId: string; status: string }> = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      listed = [];
      for await (const workflow of client.workflow.list({ query })) listed.push({ workflowId: workflow.workflowId, status: workflow.status.name });
      if (listed.some((w) => w.workflowId === waiting.workflowId)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(listed).toEqual([{ workflowId: waiting.workflowId, status: 'RUNNING' }]);
    // Whatever it says, the query never lists finished work, even by a stage a finished workflow kept.
    const byDeadline = [];
    for await (const workflow of client.workflow.list({ query: scopedQuery(undefined, { dueWithinDays: 7, instance }) })) byDeadline.push(workflow.status.name);
    expect(byDeadline.every((status) => status === 'RUNNING')).toBe(true);
  });
});
