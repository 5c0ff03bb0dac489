import type { PartnerAllocationScenario } from './partner-allocation-scenarios';

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms: number): string => new Date(ms).toISOString();
const raised = async (): Promise<boolean> => true;

/** A path through an eligibility workflow worth keeping as a recorded history (Tuwaiq 6-2; ADRs 0010, 0054). */
export type EligibilityScenario = Omit<PartnerAllocationScenario, 'workflow' | 'dir'> & {
  workflow: 'caseDocumentExpiry' | 'documentExpiryWatch';
  dir: 'eligibility';
};

const watch = (document: string, remindAt: number) => ({ documentId: document, verificationEventId: `verified-${document}`, remindAt: iso(remindAt) });

export const ELIGIBILITY_SCENARIOS: EligibilityScenario[] = [
  {
    // a case's second document, due sooner, arrives after the first (and is delivered twice)
    name: 'case-expiry-sooner-document',
    workflow: 'caseDocumentExpiry',
    dir: 'eligibility',
    input: (now) => ({ tenantId: 'tuwaiq', caseId: 'case-expiry', waiting: [watch('national-id', now + 60 * DAY_MS)], done: [] }),
    activities: () => ({ raiseExpiryTask: raised }),
    steps: [
      { sleepMs: DAY_MS, signal: { name: 'watchDocument', args: (now) => [watch('qualification', now + 20 * DAY_MS)] } },
      { sleepMs: DAY_MS, signal: { name: 'watchDocument', args: (now) => [watch('qualification', now + 20 * DAY_MS)] } },
    ],
  },
  {
    // the earlier design's watch, still registered for those already running
    name: 'document-expiry-watch',
    workflow: 'documentExpiryWatch',
    dir: 'eligibility',
    input: (now) => ({ tenantId: 'tuwaiq', caseId: 'case-watch', ...watch('cv', now + 10 * DAY_MS) }),
    activities: () => ({ raiseExpiryTask: raised }),
    steps: [],
  },
];
