// The visibility query `npm run workflows` sends (docs/runbook.md), shared so tests run the same query.
import { eligibilityTaskQueue, committeeReviewTaskQueue, feedbackTaskQueue, partnerAllocationTaskQueue } from '@athar/workflows';

export interface WorkflowQueryOptions {
  /** Days ahead: adds `Deadline < "<now + days>"`. */
  dueWithinDays?: number;
  /** The instance whose task queues the query is narrowed to; null: every instance. */
  instance: string | null;
  /** Finished workflows too (completed, failed, terminated…); by default only running ones. */
  includeClosed?: boolean;
  now?: Date;
}

/**
 * The user's query, narrowed to running workflows (a finished workflow keeps its last search attributes,
 * so without this a stage query could list finished work), to a deadline window and to the instance's
 * task queues.
 */
export function scopedQuery(query: string | undefined, options: WorkflowQueryOptions): string {
  const clauses: string[] = [];
  if (query?.trim()) clauses.push(`(${query.trim()})`);
  if (!options.includeClosed) clauses.push('ExecutionStatus="Running"');
  if (options.dueWithinDays !== undefined)
    clauses.push(`Deadline < "${new Date((options.now ?? new Date()).getTime() + options.dueWithinDays * 86_400_000).toISOString()}"`);
  if (options.instance !== null) {
    // every service that runs a worker: partner allocation's overdue impact reports (docs/adr/0040) and feedback's breached complaints (docs/adr/0042) are found here too
    const queues = [
      committeeReviewTaskQueue(options.instance),
      eligibilityTaskQueue(options.instance),
      partnerAllocationTaskQueue(options.instance),
      feedbackTaskQueue(options.instance),
    ]
      .map((q) => `"${q}"`)
      .join(', ');
    clauses.push(`TaskQueue IN (${queues})`);
  }
  return clauses.length > 0 ? clauses.join(' AND ') : 'ExecutionStatus="Running"';
}
