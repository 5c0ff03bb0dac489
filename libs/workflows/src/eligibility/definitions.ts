// Names shared by the eligibility workflows, their worker and the code that starts or schedules them.
// Free of Node built-ins: the workflow bundle imports this file.
import { defineSignal } from '@temporalio/workflow';

/**
 * Task queue of the eligibility service's worker, per platform instance: document expiry watches,
 * periodic re-verification rounds and eligibility-policy reviews (the latter two started by schedules).
 */
export function eligibilityTaskQueue(instance: string): string {
  return `${instance}.eligibility`;
}

export interface DocumentExpiryWatchInput {
  tenantId: string;
  caseId: string;
  documentId: string;
  /** The verification being watched: re-verified or rejected since means nothing to raise. */
  verificationEventId: string;
  /** ISO instant: the document's expiry less the rule's lead time. */
  remindAt: string;
}

/** One verified document's reminder, inside its case's expiry workflow (docs/adr/0054). */
export interface DocumentWatch {
  documentId: string;
  /** The verification being watched: re-verified or rejected since means nothing to raise. */
  verificationEventId: string;
  /** ISO instant: the document's expiry less the rule's lead time. */
  remindAt: string;
}

/**
 * A case's document-expiry workflow: the watches still waiting, and the verifications already dealt
 * with (carried over continue-as-new, so a redelivered verification is not watched twice).
 */
export interface CaseDocumentExpiryInput {
  tenantId: string;
  caseId: string;
  waiting: DocumentWatch[];
  done: string[];
}

/** What a case's expiry workflow did before it ended: tasks raised, and watches superseded by a later decision. */
export interface CaseDocumentExpiryResult {
  raised: number;
  superseded: number;
}

/** A verified document to watch, sent to its case's expiry workflow with signal-with-start. */
export const watchDocumentSignal = defineSignal<[DocumentWatch]>('watchDocument');

/** One expiry workflow per case, for all of its documents (docs/adr/0054). */
export function caseDocumentExpiryWorkflowId(tenantId: string, caseId: string): string {
  return `document-expiry/${tenantId}/${caseId}`;
}

export interface PeriodicReverificationInput {
  tenantId: string;
}

export interface PeriodicReverificationResult {
  round: string;
  reviewed: number;
  confirmed: number;
  lapsed: number;
}

export interface PolicyReviewReminderInput {
  tenantId: string;
  eligibilityPolicyVersion: number;
}

export interface BeneficiaryPage {
  reviewed: number;
  confirmed: number;
  lapsed: number;
  /** The last case of this page, to continue after; null when there are no more. */
  next: string | null;
}

export interface EligibilityActivities {
  /** Opens the re-verification task of an expiring document (idempotent; nothing if re-verified since). */
  raiseExpiryTask(input: DocumentExpiryWatchInput & { firedAt: string }): Promise<boolean>;
  /** Re-checks one page of the tenant's beneficiaries as of `asOf`, recording confirmed or lapsed once per round. */
  reviewBeneficiaries(input: { tenantId: string; round: string; asOf: string; after: string | null; limit: number }): Promise<BeneficiaryPage>;
  /** Records that a policy version is due for its yearly review and tells the tenant's admin (once per round). */
  remindPolicyReview(input: PolicyReviewReminderInput & { round: string; dueAt: string }): Promise<void>;
}

/**
 * The earlier design, one watch per verification: no longer started (docs/adr/0054), kept so the
 * watches already running finish where they are.
 */
export function documentExpiryWatchWorkflowId(tenantId: string, caseId: string, documentId: string, verificationEventId: string): string {
  return `document-expiry/${tenantId}/${caseId}/${documentId}/${verificationEventId}`;
}

/** Schedules are per platform instance (each has its own task queues) and tenant. */
export function reverificationScheduleId(instance: string, tenantId: string): string {
  return `${instance}/eligibility-reverification/${tenantId}`;
}

export function policyReviewScheduleId(instance: string, tenantId: string): string {
  return `${instance}/eligibility-policy-review/${tenantId}`;
}

/** Marks the expiry watch that ends with a final Stage (reverification-opened or superseded) in new histories. */
export const EXPIRY_WATCH_FINAL_STAGE = 'expiry-watch-final-stage';

/** Where a document-expiry watch stands: waiting (`document-valid`), or finished with its task raised or superseded. */
export type ExpiryWatchStage = 'document-valid' | 'reverification-opened' | 'superseded';

/** Beneficiaries reviewed per activity call: bounded work and a bounded history per call. */
export const REVIEW_PAGE_SIZE = 100;
