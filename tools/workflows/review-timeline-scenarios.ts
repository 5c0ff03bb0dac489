const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms: number): string => new Date(ms).toISOString();

/** A path through a workflow worth keeping as a recorded history: its input and what happens when. */
export interface TimelineScenario {
  name: string;
  workflow: 'reviewTimeline' | 'serviceDelivery';
  /** Which recordings include it (v1: the code before reminders and rounds; v2: reminders, escalation, rounds; v3: breach by instant, ADR 0016). */
  versions: string[];
  input: (nowMs: number) => Record<string, unknown>;
  steps: Array<{ sleepMs: number; signal?: 'accepted' | 'rejected' }>;
  /** The store holds a decision made in time whose signal has not arrived: the breach activity finds no breach (v3). */
  decidedInTimeBeforeSignal?: boolean;
}

const v2Points = (now: number) => [
  { percent: 50, at: iso(now + 7 * DAY_MS), remind: true, atRisk: false },
  { percent: 80, at: iso(now + 11.2 * DAY_MS), remind: true, atRisk: true },
];

export const REVIEW_TIMELINE_SCENARIOS: TimelineScenario[] = [
  {
    name: 'decided-in-time',
    workflow: 'reviewTimeline',
    versions: ['v1'],
    input: (now) => ({ tenantId: 'awj', caseId: 'case-decided', deadline: iso(now + 14 * DAY_MS) }),
    steps: [{ sleepMs: 3 * DAY_MS, signal: 'accepted' }],
  },
  {
    name: 'breached',
    workflow: 'reviewTimeline',
    versions: ['v1'],
    input: (now) => ({ tenantId: 'awj', caseId: 'case-breached', deadline: iso(now + 14 * DAY_MS) }),
    steps: [{ sleepMs: 15 * DAY_MS }],
  },
  {
    name: 'decided-before-reminders',
    workflow: 'reviewTimeline',
    versions: ['v2'],
    input: (now) => ({
      tenantId: 'awj',
      caseId: 'case-early',
      round: 1,
      committeeId: 'research-committee',
      deadline: iso(now + 14 * DAY_MS),
      points: v2Points(now),
    }),
    steps: [{ sleepMs: 2 * DAY_MS, signal: 'rejected' }],
  },
  {
    name: 'reminded-then-decided',
    workflow: 'reviewTimeline',
    versions: ['v2'],
    input: (now) => ({
      tenantId: 'awj',
      caseId: 'case-reminded',
      round: 1,
      committeeId: 'research-committee',
      deadline: iso(now + 14 * DAY_MS),
      points: v2Points(now),
    }),
    steps: [{ sleepMs: 12 * DAY_MS, signal: 'accepted' }],
  },
  {
    name: 'breached-then-decided-late',
    workflow: 'reviewTimeline',
    versions: ['v2'],
    input: (now) => ({
      tenantId: 'quwayiyah',
      caseId: 'case-late',
      round: 2,
      committeeId: 'research-committee',
      deadline: iso(now + 14 * DAY_MS),
      points: v2Points(now),
    }),
    steps: [{ sleepMs: 16 * DAY_MS, signal: 'rejected' }],
  },
  // v3 (ADR 0016): the breach is judged by instants; Stage follows what the breach activity found.
  {
    name: 'decided-before-reminders',
    workflow: 'reviewTimeline',
    versions: ['v3'],
    input: (now) => ({
      tenantId: 'awj',
      caseId: 'case-v3-early',
      round: 1,
      committeeId: 'research-committee',
      deadline: iso(now + 14 * DAY_MS),
      points: v2Points(now),
    }),
    steps: [{ sleepMs: 2 * DAY_MS, signal: 'rejected' }],
  },
  {
    name: 'breached-then-decided-late',
    workflow: 'reviewTimeline',
    versions: ['v3'],
    input: (now) => ({
      tenantId: 'awj',
      caseId: 'case-v3-late',
      round: 1,
      committeeId: 'research-committee',
      deadline: iso(now + 14 * DAY_MS),
      points: v2Points(now),
    }),
    steps: [{ sleepMs: 16 * DAY_MS, signal: 'accepted' }],
  },
  {
    name: 'decided-in-time-signal-late',
    workflow: 'reviewTimeline',
    versions: ['v3'],
    decidedInTimeBeforeSignal: true,
    input: (now) => ({
      tenantId: 'awj',
      caseId: 'case-v3-signal-late',
      round: 1,
      committeeId: 'research-committee',
      deadline: iso(now + 14 * DAY_MS),
      points: v2Points(now),
    }),
    steps: [{ sleepMs: 15 * DAY_MS }],
  },
  {
    name: 'service-delivery-ended',
    workflow: 'serviceDelivery',
    versions: ['v2'],
    input: (now) => ({ tenantId: 'awj', caseId: 'case-delivered', endsOn: iso(now + 90 * DAY_MS) }),
    steps: [{ sleepMs: 91 * DAY_MS }],
  },
];
