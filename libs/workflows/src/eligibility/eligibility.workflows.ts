import { patched, proxyActivities, sleep, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { STAGE } from '../search-attributes';
import {
  EXPIRY_WATCH_FINAL_STAGE,
  REVIEW_PAGE_SIZE,
  type BeneficiaryPage,
  type DocumentExpiryWatchInput,
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
 * Sleeps until an expiring document is due for re-verification, then raises the task. It
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
