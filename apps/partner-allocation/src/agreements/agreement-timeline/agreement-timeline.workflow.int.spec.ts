import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import {
  partnerAgreementInForceSignal,
  partnerAgreementTerminatedSignal,
  partnerAgreementWorkflowId,
  partnerAllocationTaskQueue,
  type AgreementStanding,
  type PartnerAgreementTimelineInput,
} from '@athar/workflows';
import { expectOnTime, recordingActivities, stagesOf, timeSkipping, workerFor } from '../../testing/time-skipping';

jest.setTimeout(120_000);

const DAY_MS = 24 * 3600_000;
type Fired = { tenantId: string; agreementId: string; firedAt: string };

/**
 * The partner agreement's timeline under time skipping (Tuwaiq, partner allocation 4; ADR 0039): it lapses
 * at the signature deadline unless the in-force signal came, ends at the term's end, and a termination
 * ends it. The activities are stubs answering as the deciders would and recording their calls.
 */
describe('partner-agreement timeline workflow (time skipping)', () => {
  let env: TestWorkflowEnvironment;
  const taskQueue = partnerAllocationTaskQueue(`it${randomUUID().slice(0, 8)}`);

  beforeAll(async () => {
    env = await timeSkipping();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function agreementInput(signByInMs: number): Promise<PartnerAgreementTimelineInput> {
    return { tenantId: 'tuwaiq', agreementId: randomUUID(), signBy: new Date((await env.currentTimeMs()) + signByInMs).toISOString() };
  }

  const closed = async (): Promise<AgreementStanding> => ({ status: 'closed' });

  it('lapses at the signature deadline when the in-force signal never came', async () => {
    const input = await agreementInput(14 * DAY_MS);
    const { activities, calls } = recordingActivities({ lapseUnsignedAgreement: closed, endAgreementAtTerm: closed });
    const workflowId = partnerAgreementWorkflowId(input.tenantId, input.agreementId);
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(() => env.client.workflow.execute('partnerAgreementTimeline', { taskQueue, workflowId, args: [input] }));
    expect(outcome).toBe('lapsed');
    expect(calls.map((c) => c.name)).toEqual(['lapseUnsignedAgreement']);
    expect(calls[0].input).toMatchObject({ tenantId: 'tuwaiq', agreementId: input.agreementId });
    expectOnTime((calls[0].input as Fired).firedAt, input.signBy);
    expect(await stagesOf(env, workflowId)).toEqual(['lapsed']);
  });

  it('signed in time: no lapse; it ends at the term’s end, once', async () => {
    const input = await agreementInput(14 * DAY_MS);
    const { activities, calls } = recordingActivities({ lapseUnsignedAgreement: closed, endAgreementAtTerm: closed });
    const workflowId = partnerAgreementWorkflowId(input.tenantId, input.agreementId);
    const termEndsAt = new Date((await env.currentTimeMs()) + 365 * DAY_MS).toISOString();
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(async () => {
      const handle = await env.client.workflow.start('partnerAgreementTimeline', { taskQueue, workflowId, args: [input] });
      await env.sleep(5 * DAY_MS);
      await handle.signal(partnerAgreementInForceSignal, { termEndsAt });
      return handle.result();
    });
    expect(outcome).toBe('ended');
    expect(calls.map((c) => c.name)).toEqual(['endAgreementAtTerm']);
    expectOnTime((calls[0].input as Fired).firedAt, termEndsAt);
    expect(await stagesOf(env, workflowId)).toEqual(['in-force', 'ended']);
  });

  it('the lapse decider finds it signed (the signal lost in a race): it runs to the term’s end the decider gave', async () => {
    const input = await agreementInput(7 * DAY_MS);
    const termEndsAt = new Date(Date.parse(input.signBy) + 90 * DAY_MS).toISOString();
    const { activities, calls } = recordingActivities({
      lapseUnsignedAgreement: async (): Promise<AgreementStanding> => ({ status: 'in-force', termEndsAt }),
      endAgreementAtTerm: closed,
    });
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(() =>
      env.client.workflow.execute('partnerAgreementTimeline', {
        taskQueue,
        workflowId: partnerAgreementWorkflowId(input.tenantId, input.agreementId),
        args: [input],
      }),
    );
    expect(outcome).toBe('ended');
    expect(calls.map((c) => c.name)).toEqual(['lapseUnsignedAgreement', 'endAgreementAtTerm']);
    expectOnTime((calls[1].input as Fired).firedAt, termEndsAt);
  });

  it('deciders that say "not yet" (pending; in force still) are asked again until they close it', async () => {
    const input = await agreementInput(3 * DAY_MS);
    const termEndsAt = new Date(Date.parse(input.signBy) + 30 * DAY_MS).toISOString();
    let lapseAnswers = 0;
    let endAnswers = 0;
    const { activities, calls } = recordingActivities({
      lapseUnsignedAgreement: async (): Promise<AgreementStanding> => ((lapseAnswers += 1) < 2 ? { status: 'pending' } : { status: 'in-force', termEndsAt }),
      endAgreementAtTerm: async (): Promise<AgreementStanding> => ((endAnswers += 1) < 3 ? { status: 'in-force', termEndsAt } : { status: 'closed' }),
    });
    const outcome = await (
      await workerFor(env, taskQueue, activities)
    ).runUntil(() =>
      env.client.workflow.execute('partnerAgreementTimeline', {
        taskQueue,
        workflowId: partnerAgreementWorkflowId(input.tenantId, input.agreementId),
        args: [input],
      }),
    );
    expect(outcome).toBe('ended');
    expect(calls.map((c) => c.name)).toEqual([
      'lapseUnsignedAgreement',
      'lapseUnsignedAgreement',
      'endAgreementAtTerm',
      'endAgreementAtTerm',
      'endAgreementAtTerm',
    ]);
    // Asked again a moment later, not a day later.
    const fired = calls.map((c) => Date.parse((c.input as Fired).firedAt));
    expect(fired[1] - fired[0]).toBeLessThan(10_000);
    expect(fired[4] - fired[2]).toBeLessThan(20_000);
  });

  it('a termination signal ends it: before signature, and once in force, nothing lapses or ends', async () => {
    for (const inForceFirst of [false, true]) {
      const input = await agreementInput(14 * DAY_MS);
      const { activities, calls } = recordingActivities({ lapseUnsignedAgreement: closed, endAgreementAtTerm: closed });
      const termEndsAt = new Date((await env.currentTimeMs()) + 365 * DAY_MS).toISOString();
      const workflowId = partnerAgreementWorkflowId(input.tenantId, input.agreementId);
      const outcome = await (
        await workerFor(env, taskQueue, activities)
      ).runUntil(async () => {
        const handle = await env.client.workflow.start('partnerAgreementTimeline', { taskQueue, workflowId, args: [input] });
        await env.sleep(2 * DAY_MS);
        if (inForceFirst) {
          await handle.signal(partnerAgreementInForceSignal, { termEndsAt });
          await env.sleep(30 * DAY_MS);
        }
        await handle.signal(partnerAgreementTerminatedSignal);
        return handle.result();
      });
      expect(outcome).toBe('terminated');
      expect(calls).toEqual([]);
      expect(await stagesOf(env, workflowId)).toEqual(inForceFirst ? ['in-force'] : []);
    }
  });
});
