import { randomUUID } from 'node:crypto';
import type { PendingEvent } from '@athar/service-kit';
import { committeeQueueHarness } from './committee-queue.harness';

jest.setTimeout(60_000);

const tenantId = 'tuwaiq';
const criteria = [{ criterionId: 'job-seeker', met: false, reason: { ar: 'ليس باحثًا عن عمل', en: 'not a job seeker' } }];
const window = { days: 14, counting: 'calendar' as const };

/**
 * The committee reviews a case a researcher's override sent it: its queue shows the decision as it
 * stands (overridden, by whom and why), not the assessment the override replaced. Real event store
 * (the events are eligibility's, appended and delivered as the consumer would) and FerretDB.
 */
describe("the committee's queue shows the eligibility decision as it stands (an override; Tuwaiq 6-4)", () => {
  const harness = committeeQueueHarness('it_queue_elig', tenantId, 'assessment');
  const record = harness.record;
  const entry = async (caseId: string) => (await harness.entry(caseId))?.eligibility;

  it('after an override to eligible: the overridden decision, who overrode it and why, the criteria the assessment judged; a redelivered assessment changes nothing', async () => {
    const caseId = randomUUID();
    const [assessed] = await record(caseId, [
      {
        type: 'EligibilityAssessed',
        version: 1,
        data: {
          caseId,
          serviceId: 'job-seeker-training',
          policyVersion: 1,
          eligibilityPolicyVersion: 1,
          outcome: 'not-eligible',
          criteria,
          inputs: {},
          assessedAt: '2026-01-01T00:00:00.000Z',
          submittedAt: '2026-01-01T00:00:00.000Z',
          reviewWindow: window,
        },
      },
    ]);
    expect(await entry(caseId)).toMatchObject({ outcome: 'not-eligible', stage: 'assessed-not-eligible' });
    await record(caseId, [
      {
        type: 'EligibilityOverridden',
        version: 1,
        data: {
          caseId,
          serviceId: 'job-seeker-training',
          from: 'not-eligible',
          to: 'eligible',
          reason: 'الزيارة الميدانية أثبتت انتهاء العقد',
          overriddenBy: 'researcher-1',
          overriddenAt: '2026-01-02T00:00:00.000Z',
          submittedAt: '2026-01-01T00:00:00.000Z',
          reviewWindow: window,
        },
      },
    ]);
    const expected = {
      outcome: 'eligible',
      stage: 'overridden-eligible',
      assessedOutcome: 'not-eligible',
      criteria,
      override: { from: 'not-eligible', to: 'eligible', reason: 'الزيارة الميدانية أثبتت انتهاء العقد', by: 'researcher-1', at: '2026-01-02T00:00:00.000Z' },
    };
    expect(await entry(caseId)).toMatchObject(expected);
    await harness.dispatch(assessed);
    expect(await entry(caseId)).toMatchObject(expected);
  });

  it.each([
    ['lapsed', 'EligibilityLapsed', { reasons: [{ ar: 'انتهت صلاحية المستند: السيرة الذاتية', en: 'document expired: CV' }] }],
    ['reconfirmed', 'EligibilityReconfirmed', {}],
  ] as const)('after the periodic review: %s', async (stage, type, extra) => {
    const caseId = randomUUID();
    await record(caseId, [
      {
        type: 'EligibilityAssessed',
        version: 1,
        data: {
          caseId,
          serviceId: 'job-seeker-training',
          policyVersion: 1,
          eligibilityPolicyVersion: 1,
          outcome: 'eligible',
          criteria,
          inputs: {},
          assessedAt: '2026-01-01T00:00:00.000Z',
          submittedAt: '2026-01-01T00:00:00.000Z',
          reviewWindow: window,
        },
      },
    ]);
    await record(caseId, [
      {
        type,
        version: 1,
        data: { caseId, round: 'round-1', eligibilityPolicyVersion: 1, criteria, inputs: {}, reviewedAt: '2026-07-01T00:00:00.000Z', ...extra },
      } as PendingEvent<typeof type>,
    ]);
    expect(await entry(caseId)).toMatchObject({ outcome: 'eligible', stage, review: { result: stage, round: 'round-1' } });
  });
});
