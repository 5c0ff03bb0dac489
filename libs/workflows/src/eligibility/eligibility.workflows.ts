import { condition, continueAsNew, patched, proxyActivities, setHandler, sleep, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { DEADLINE, STAGE } from '../search-attributes';
import {
  EXPIRY_WATCH_FINAL_STAGE,
  REVIEW_PAGE_SIZE,
  watchDocumentSignal,
  type BeneficiaryPage,
  type CaseDocumentExpiryInput,
  type CaseDocumentExpiryResult,
  type DocumentExpiryWatchInput,
  type DocumentWatch,
  type EligibilityActivities,
  type PeriodicReverificationInput,
  type PeriodicReverificationResult,
  type PolicyReviewReminderInput,
} from './definitions';

const { raiseExpiryTask, reviewBeneficiaries, remindPolicyReview } = proxyActivities<EligibilityActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * All of one case's expiring documents in one workflow (Tuwaiq 6-2; docs/adr/0054). Each verified
 * document with an expiry arrives as a `watchDocument` signal (signal-with-start: the first starts the
 * workflow); it sleeps until the earliest reminder is due, raises that task, and goes on with the next.
 * A later, earlier-due document wakes it; a later-due one does not. It ends once nothing is waiting,
 * with a final Stage (`reverification-opened` if it raised a task, else `superseded`), and its Deadline
 * is always the next reminder, so the runbook's query for documents due lists the case once.
 */
export async function caseDocumentExpiry(input: CaseDocumentExpiryInput): Promise<CaseDocumentExpiryResult> {
  const { tenantId, caseId } = input;
  const done = new Set(input.done);
  // Keyed by verification: a redelivered signal adds nothing, a new verification is its own watch (the
  // activity finds the earlier one superseded when its time comes).
  const waiting = new Map<string, DocumentWatch>();
  const watch = (w: DocumentWatch) => {
    if (!done.has(w.verificationEventId) && !waiting.has(w.verificationEventId)) waiting.set(w.verificationEventId, w);
  };
  input.waiting.forEach(watch);
  setHandler(watchDocumentSignal, watch);
  const next = (): DocumentWatch | undefined =>
    [...waiting.values()].reduce<DocumentWatch | undefined>(
      (soonest, w) => (!soonest || Date.parse(w.remindAt) < Date.parse(soonest.remindAt) ? w : soonest),
      undefined,
    );

  const result: CaseDocumentExpiryResult = { raised: 0, superseded: 0 };
  // What the start (or the run before continue-as-new) already published: no upsert needed for it.
  let published: string | null = workflowInfo().typedSearchAttributes.get(DEADLINE)?.toISOString() ?? null;
  for (let due = next(); due; due = next()) {
    if (due.remindAt !== published) {
      upsertSearchAttributes([
        { key: STAGE, value: 'document-valid' },
        { key: DEADLINE, value: new Date(due.remindAt) },
      ]);
      published = due.remindAt;
    }
    const wait = Date.parse(due.remindAt) - Date.now();
    if (wait > 0) {
      const soonest = due.verificationEventId;
      await condition(() => next()?.verificationEventId !== soonest, wait); // timed out: it is due now
      continue;
    }
    const raised = await raiseExpiryTask({ tenantId, caseId, ...due, firedAt: new Date(Date.now()).toISOString() });
    waiting.delete(due.verificationEventId);
    done.add(due.verificationEventId);
    if (raised) result.raised += 1;
    else result.superseded += 1;
    if (workflowInfo().continueAsNewSuggested && waiting.size > 0)
      await continueAsNew<typeof caseDocumentExpiry>({ tenantId, caseId, waiting: [...waiting.values()], done: [...done] });
  }
  upsertSearchAttributes([{ key: STAGE, value: result.raised > 0 ? 'reverification-opened' : 'superseded' }]);
  return result;
}

/**
 * The earlier design, one workflow per verified document (docs/adr/0054): no longer started, kept so
 * the watches already running finish. Sleeps until an expiring document is due for re-verification, then raises the task. It
 * ends with a final Stage (`reverification-opened`, or `superseded` when the document was verified or
 * rejected since), so a query for `document-valid` lists only watches still waiting.
 */
export async function documentExpiryWatch(input: DocumentExpiryWatchInput): Promise<boolean> {
  const wait = Date.parse(input.remindAt) - Date.now();
  if (wait > 0) await sleep(wait);
  const raised = await raiseExpiryTask({ ...input, firedAt: new Date(Date.now()).toISOString() });
  // Watches that ran this far before the final stage existed end as they were (no marker in their history).
  if (patched(EXPIRY_WATCH_FINAL_STAGE)) upsertSearchAttributes([{ key: STAGE, value: raised ? 'reverification-opened' : 'superseded' }]);
  return raised;
}

/**
 * One round of the periodic review of beneficiaries (Tuwaiq 6-4), started by the tenant's schedule.
 * The round is the workflow id (the schedule names each run after its time), so a retried page records
 * nothing twice; every beneficiary is judged as of the round's start.
 */
export async function periodicReverification(input: PeriodicReverificationInput): Promise<PeriodicReverificationResult> {
  const round = workflowInfo().workflowId;
  const asOf = new Date(Date.now()).toISOString();
  const totals: PeriodicReverificationResult = { round, reviewed: 0, confirmed: 0, lapsed: 0 };
  let after: string | null = null;
  do {
    const page: BeneficiaryPage = await reviewBeneficiaries({ tenantId: input.tenantId, round, asOf, after, limit: REVIEW_PAGE_SIZE });
    totals.reviewed += page.reviewed;
    totals.confirmed += page.confirmed;
    totals.lapsed += page.lapsed;
    after = page.next;
  } while (after !== null);
  return totals;
}

/** The yearly reminder that the tenant's eligibility policy is due for review (Tuwaiq 6-4: updated yearly). */
export async function eligibilityPolicyReview(input: PolicyReviewReminderInput): Promise<void> {
  await remindPolicyReview({ ...input, round: workflowInfo().workflowId, dueAt: new Date(Date.now()).toISOString() });
}
