import type { AgreementStanding } from '@athar/workflows';

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A path through a partner-allocation workflow worth keeping as a recorded history (Tuwaiq, partner
 * allocation 2–4; ADRs 0037–0039): its input, what the deciders behind the activities answer, and the
 * signals sent when. `now` is the test server's clock when the scenario starts.
 */
export interface PartnerAllocationScenario {
  name: string;
  workflow: 'needsStudyTimeline' | 'allocationRoundTimeline' | 'partnerAgreementTimeline';
  /** The folder under libs/workflows/src the workflow lives in; its histories go to <dir>/histories. */
  dir: 'needs-study' | 'allocation-round' | 'partner-agreement';
  input: (now: number) => Record<string, unknown>;
  activities: (now: number) => Record<string, (input: unknown) => Promise<unknown>>;
  steps: Array<{ sleepMs: number; signal?: { name: string; args?: (now: number) => unknown[] } }>;
}

const none = async (): Promise<void> => undefined;
const closed = async (): Promise<AgreementStanding> => ({ status: 'closed' });
/** Answers with each of the given values in turn, the last one from then on. */
const answering = <T>(...answers: T[]) => {
  let calls = 0;
  return async (): Promise<T> => {
    const answer = answers[Math.min(calls, answers.length - 1)];
    calls += 1;
    if (answer instanceof Error) throw answer;
    return answer;
  };
};

const studyInput = (partnerRequestId: string) => (now: number) => ({
  tenantId: 'tuwaiq',
  partnerRequestId,
  deadline: iso(now + 10 * DAY_MS),
  points: [
    { percent: 50, at: iso(now + 5 * DAY_MS) },
    { percent: 80, at: iso(now + 8 * DAY_MS) },
  ],
});

export const PARTNER_ALLOCATION_SCENARIOS: PartnerAllocationScenario[] = [
  {
    name: 'study-breached',
    workflow: 'needsStudyTimeline',
    dir: 'needs-study',
    input: studyInput('request-breached'),
    activities: () => ({ recordStudyReminder: none, recordStudyBreach: none }),
    steps: [{ sleepMs: 11 * DAY_MS }],
  },
  {
    name: 'studied-after-reminder',
    workflow: 'needsStudyTimeline',
    dir: 'needs-study',
    input: studyInput('request-studied'),
    activities: () => ({ recordStudyReminder: none, recordStudyBreach: none }),
    steps: [{ sleepMs: 6 * DAY_MS, signal: { name: 'needsStudyCompleted' } }],
  },
  {
    name: 'round-proposed',
    workflow: 'allocationRoundTimeline',
    dir: 'allocation-round',
    input: (now) => ({ tenantId: 'tuwaiq', roundId: 'round-proposed', opensAt: iso(now + 2 * DAY_MS), closesAt: iso(now + 30 * DAY_MS) }),
    activities: () => ({ openAllocationRound: none, closeAllocationRound: none }),
    steps: [{ sleepMs: 31 * DAY_MS }],
  },
  {
    name: 'round-close-asked-again',
    workflow: 'allocationRoundTimeline',
    dir: 'allocation-round',
    input: (now) => ({ tenantId: 'tuwaiq', roundId: 'round-not-yet', opensAt: iso(now - DAY_MS), closesAt: iso(now + 3 * DAY_MS) }),
    activities: () => ({ openAllocationRound: none, closeAllocationRound: answering<Error | undefined>(new Error('not yet'), undefined) }),
    steps: [{ sleepMs: 4 * DAY_MS }],
  },
  {
    name: 'agreement-lapsed',
    workflow: 'partnerAgreementTimeline',
    dir: 'partner-agreement',
    input: (now) => ({ tenantId: 'tuwaiq', agreementId: 'agreement-lapsed', signBy: iso(now + 14 * DAY_MS) }),
    activities: () => ({ lapseUnsignedAgreement: closed, endAgreementAtTerm: closed }),
    steps: [{ sleepMs: 15 * DAY_MS }],
  },
  {
    name: 'agreement-in-force-then-ended',
    workflow: 'partnerAgreementTimeline',
    dir: 'partner-agreement',
    input: (now) => ({ tenantId: 'tuwaiq', agreementId: 'agreement-ended', signBy: iso(now + 14 * DAY_MS) }),
    activities: () => ({ lapseUnsignedAgreement: closed, endAgreementAtTerm: closed }),
    steps: [
      { sleepMs: 5 * DAY_MS, signal: { name: 'partnerAgreementInForce', args: (now) => [{ termEndsAt: iso(now + 365 * DAY_MS) }] } },
      { sleepMs: 361 * DAY_MS },
    ],
  },
  {
    name: 'agreement-deciders-not-yet',
    workflow: 'partnerAgreementTimeline',
    dir: 'partner-agreement',
    input: (now) => ({ tenantId: 'tuwaiq', agreementId: 'agreement-not-yet', signBy: iso(now + 3 * DAY_MS) }),
    activities: (now) => {
      const inForce: AgreementStanding = { status: 'in-force', termEndsAt: iso(now + 33 * DAY_MS) };
      return {
        lapseUnsignedAgreement: answering<AgreementStanding>({ status: 'pending' }, inForce),
        endAgreementAtTerm: answering<AgreementStanding>(inForce, { status: 'closed' }),
      };
    },
    steps: [{ sleepMs: 34 * DAY_MS }],
  },
  {
    name: 'agreement-terminated-in-force',
    workflow: 'partnerAgreementTimeline',
    dir: 'partner-agreement',
    input: (now) => ({ tenantId: 'tuwaiq', agreementId: 'agreement-terminated', signBy: iso(now + 14 * DAY_MS) }),
    activities: () => ({ lapseUnsignedAgreement: closed, endAgreementAtTerm: closed }),
    steps: [
      { sleepMs: 2 * DAY_MS, signal: { name: 'partnerAgreementInForce', args: (now) => [{ termEndsAt: iso(now + 365 * DAY_MS) }] } },
      { sleepMs: 30 * DAY_MS, signal: { name: 'partnerAgreementTerminated' } },
    ],
  },
];
