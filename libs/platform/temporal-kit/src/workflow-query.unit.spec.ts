import { committeeReviewTaskQueue, eligibilityTaskQueue, feedbackTaskQueue, partnerAllocationTaskQueue } from '@athar/workflows';
import { scopedQuery } from './workflow-query';

describe('the visibility query of npm run workflows (docs/runbook.md)', () => {
  it("narrows to every task queue of the instance, partner allocation's (its overdue impact reports, needs studies, rounds, agreements) and feedback's (complaints, surveys) too", () => {
    const query = scopedQuery('Stage="report-overdue"', { instance: 'athar' });
    expect(query).toBe(
      `(Stage="report-overdue") AND ExecutionStatus="Running" AND TaskQueue IN (${[
        committeeReviewTaskQueue('athar'),
        eligibilityTaskQueue('athar'),
        partnerAllocationTaskQueue('athar'),
        feedbackTaskQueue('athar'),
      ]
        .map((q) => `"${q}"`)
        .join(', ')})`,
    );
  });

  it('spans every instance when none is named, and finished workflows on request', () => {
    expect(scopedQuery(undefined, { instance: null, includeClosed: true })).toBe('ExecutionStatus="Running"');
    expect(scopedQuery('Stage="x"', { instance: null, includeClosed: true })).toBe('(Stage="x")');
  });
});
