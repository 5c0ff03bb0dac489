import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { Worker, NativeConnection } from '@temporalio/worker';
import mongoose, { type Model } from 'mongoose';
import { PostgresEventStore } from '@athar/event-store';
import { AggregateCommands, EventWriter } from '@athar/service-kit';
import type { TemporalRuntime } from '@athar/temporal-kit';
import { eligibilityTaskQueue, policyReviewScheduleId, reverificationScheduleId, WORKFLOWS_PATH } from '@athar/workflows';
import { EligibilityPolicies } from '../assessments/policies/eligibility-policies';
import { Beneficiary, BeneficiarySchema } from '../beneficiaries/beneficiary.schema';
import { assessmentStream } from '../eligibility-streams';
import { createEligibilityActivities } from './eligibility.activities';
import { EligibilitySchedules } from './eligibility-schedules';

jest.setTimeout(90_000);

const DAY_MS = 86_400_000;

/**
 * Temporal schedules are a server feature the time-skipping test server lacks, so these run on the
 * Temporal dev server: the spec the server computes (its next action times), and a triggered run
 * that reviews a real beneficiary through a real worker.
 */
describe('eligibility schedules per tenant (Tuwaiq 6-4: periodic review; the policy is updated yearly)', () => {
  const instance = `it${randomUUID().slice(0, 8)}`;
  const schema = `it_schedules_${randomUUID().slice(0, 8)}`;
  let connection: Connection;
  let client: Client;
  let schedules: EligibilitySchedules;
  let store: PostgresEventStore;
  let mongo: mongoose.Connection;
  let beneficiaries: Model<Beneficiary>;
  const policies = new EligibilityPolicies();

  beforeAll(async () => {
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    const runtime = { client, instance, taskQueue: eligibilityTaskQueue(instance) } as TemporalRuntime;
    schedules = new EligibilitySchedules(runtime, policies);
    store = new PostgresEventStore({ connectionString: process.env.ATHAR_PG_URL ?? 'postgres://athar:athar@127.0.0.1:15432/athar', schema });
    await store.ensureSchema();
    mongo = await mongoose.createConnection(`${process.env.ATHAR_MONGO_URL ?? 'mongodb://127.0.0.1:27017'}/${schema}`).asPromise();
    beneficiaries = mongo.model(Beneficiary.name, BeneficiarySchema);
  });

  afterAll(async () => {
    for (const id of [reverificationScheduleId(instance, 'tuwaiq'), policyReviewScheduleId(instance, 'tuwaiq')])
      await client.schedule
        .getHandle(id)
        .delete()
        .catch(() => undefined);
    await connection?.close();
    await store?.dropSchema();
    await store?.close();
    await mongo?.dropDatabase();
    await mongo?.close();
  });

  it('schedules the periodic review every 180 days and the policy reminder on the anniversary of its effective date, idempotently', async () => {
    const now = new Date();
    await schedules.ensureForTenant('tuwaiq', now);
    await schedules.ensureForTenant('tuwaiq', now); // a restart: brought up to date, not duplicated

    const review = await client.schedule.getHandle(reverificationScheduleId(instance, 'tuwaiq')).describe();
    expect(review.spec.intervals?.map((i) => i.every)).toEqual([180 * DAY_MS]);
    const [first, second] = review.info.nextActionTimes;
    expect(second.getTime() - first.getTime()).toBe(180 * DAY_MS);
    expect(review.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: 'periodicReverification',
      taskQueue: eligibilityTaskQueue(instance),
      args: [{ tenantId: 'tuwaiq' }],
    });

    const reminder = await client.schedule.getHandle(policyReviewScheduleId(instance, 'tuwaiq')).describe();
    const next = reminder.info.nextActionTimes[0];
    // Version 1 took effect on 2024-01-01: reminded every 1 January (06:00 UTC), the next one still ahead.
    expect([next.getUTCMonth(), next.getUTCDate(), next.getUTCHours()]).toEqual([0, 1, 6]);
    expect(next.getTime()).toBeGreaterThan(now.getTime());
    expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(366 * DAY_MS);
    expect(reminder.action).toMatchObject({ workflowType: 'eligibilityPolicyReview', args: [{ tenantId: 'tuwaiq', eligibilityPolicyVersion: 1 }] });

    const listed: string[] = [];
    for await (const s of client.schedule.list()) if (s.scheduleId.startsWith(`${instance}/`)) listed.push(s.scheduleId);
    expect(listed.sort()).toEqual([policyReviewScheduleId(instance, 'tuwaiq'), reverificationScheduleId(instance, 'tuwaiq')].sort());
  });

  it("a triggered run of the schedule reviews the tenant's beneficiaries through the worker", async () => {
    const caseId = randomUUID();
    await beneficiaries.create({
      _id: `tuwaiq:${caseId}`,
      tenantId: 'tuwaiq',
      caseId,
      serviceId: 'job-seeker-training',
      submittedAt: new Date(),
      applicant: { birthDate: '1995-05-05', qualification: 'diploma', employmentStatus: 'job-seeker' },
      outcome: 'eligible',
      accepted: true,
      lastPosition: 1,
    });
    const native = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
    const worker = await Worker.create({
      connection: native,
      namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
      taskQueue: eligibilityTaskQueue(instance),
      workflowsPath: WORKFLOWS_PATH,
      activities: createEligibilityActivities(
        new AggregateCommands(new EventWriter(store, 'eligibility')),
        new EventWriter(store, 'eligibility'),
        policies,
        beneficiaries,
      ),
    });
    try {
      await worker.runUntil(async () => {
        const handle = client.schedule.getHandle(reverificationScheduleId(instance, 'tuwaiq'));
        await handle.trigger();
        let workflowId: string | undefined;
        for (let i = 0; i < 40 && !workflowId; i += 1) {
          workflowId = (await handle.describe()).info.recentActions[0]?.action.workflow.workflowId;
          if (!workflowId) await new Promise((r) => setTimeout(r, 250));
        }
        expect(workflowId).toMatch(new RegExp(`^${instance}/eligibility-reverification/tuwaiq-`));
        const result = await client.workflow.getHandle(workflowId!).result();
        expect(result).toMatchObject({ reviewed: 1, confirmed: 1, lapsed: 0 });
      });
    } finally {
      await native.close();
    }
    const [event] = await store.readStream(assessmentStream('tuwaiq', caseId));
    expect(event).toMatchObject({ type: 'EligibilityReconfirmed', data: { eligibilityPolicyVersion: 1 } });
  });
});
