// What `npm start` tells about the demo applications it makes: draft or submitted, what a draft still
// lacks, and a call that answers for the case (tools/platform/start-cli.ts).
import { existsSync, readFileSync } from 'node:fs';

/** What intake answers to POST /applications (its ApplicationReceiptDto), as far as the demo needs. */
export interface Receipt {
  caseId: string;
  caseNumber: string;
  status: 'draft' | 'submitted';
  checklist: Array<{ item: string; done: boolean; label: { ar: string; en: string } }>;
}

export interface DemoCase {
  tenantId: string;
  caseId: string;
  caseNumber: string;
  status: 'draft' | 'submitted';
  /** A draft's checklist items not yet done (their English labels). */
  missing: string[];
}

export function demoCaseFrom(tenantId: string, receipt: Receipt): DemoCase {
  const missing = receipt.checklist.filter((item) => !item.done).map((item) => item.label.en);
  return { tenantId, caseId: receipt.caseId, caseNumber: receipt.caseNumber, status: receipt.status, missing };
}

/** The demo cases recorded at the first start; null when none were made yet, [] for a marker from before they were recorded. */
export function readDemoCases(marker: string): DemoCase[] | null {
  if (!existsSync(marker)) return null;
  try {
    const { cases } = JSON.parse(readFileSync(marker, 'utf8')) as { cases?: DemoCase[] };
    return Array.isArray(cases) ? cases : [];
  } catch {
    return [];
  }
}

export function describeDemoCase(demoCase: DemoCase): string {
  const ids = `${demoCase.caseNumber} (case id ${demoCase.caseId})`;
  return demoCase.status === 'submitted' ? `submitted ${ids}` : `draft ${ids}, missing: ${demoCase.missing.join(', ') || 'nothing'}`;
}

/**
 * A call that answers for this case: a submitted case has a status across the five services
 * (GET /cases/{id}/status); a draft is read from intake (GET /applications/{id}). Both read the
 * beneficiary's record, so both name their purpose.
 */
export function tryCall(demoCase: DemoCase, intakeUrl: string): string {
  const token = `"Authorization: Bearer $(npm run -s token -- --tenant ${demoCase.tenantId} --role relations-officer)"`;
  const path = demoCase.status === 'submitted' ? `/cases/${demoCase.caseId}/status` : `/applications/${demoCase.caseId}`;
  return `curl -sS --fail-with-body -H ${token} -H 'X-Purpose: case-handling' ${intakeUrl}${path}`;
}
