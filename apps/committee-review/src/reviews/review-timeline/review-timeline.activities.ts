import { breachDeadline, escalateReview, remindCommittee, roundBreached } from '@athar/domain-committee-review';
import { facts, type AggregateCommands, type PendingEvent, type StreamCommand } from '@athar/service-kit';
import type { ReviewTimelineActivities } from '@athar/workflows';
import type { ReviewState } from '@athar/domain-committee-review';
import { reviewAggregate, reviewStreamId, type ReviewEventType } from '../review-stream';

/** A timer's fact on a case's review, caused by the stream's latest event (ADR 0012): a retried activity derives the same ids. */
const timerOnReview = (tenantId: string, caseId: string): Omit<StreamCommand<ReviewState, ReviewEventType, unknown>, 'decide'> => ({
  streamId: reviewStreamId(tenantId, caseId),
  tenantId,
  cause: (latest) => ({ kind: 'event', event: latest! }),
  whenMissing: () => new Error(`No review for case ${caseId} of ${tenantId}`),
});

/**
 * Activities append events and never touch read models (ARCHITECTURE, flow step 4). A retried activity
 * finds its fact already recorded and writes nothing new. A fact for a round that is no longer the
 * current one (a late timer of an old round) records nothing.
 */
export function createReviewTimelineActivities(commands: AggregateCommands): ReviewTimelineActivities {
  return {
    async recordDeadlineBreach({ tenantId, caseId, firedAt, round }) {
      const at = new Date(firedAt);
      const { result } = await commands.handle(reviewAggregate, {
        ...timerOnReview(tenantId, caseId),
        decide: (state) => {
          // A late timer of a round that is no longer current records nothing; its answer comes from that round's decision.
          const breached = roundBreached(state, round ?? state.round, at);
          if (round !== undefined && state.round !== round) return { events: [], result: { breached } };
          const breach = breachDeadline(state, caseId, at);
          const escalation = escalateReview(state, caseId, at);
          const events: PendingEvent<ReviewEventType>[] = [];
          if (breach) events.push({ type: 'ReviewDeadlineBreached', version: 1, data: breach });
          if (escalation) events.push({ type: 'ReviewEscalated', version: 1, data: escalation });
          return { events, result: { breached } };
        },
      });
      return result;
    },
    async recordReminder({ tenantId, caseId, committeeId, round, percent, firedAt }) {
      await commands.handle(reviewAggregate, {
        ...timerOnReview(tenantId, caseId),
        decide: (state) => {
          const reminder = remindCommittee(state, caseId, committeeId, round, percent, new Date(firedAt));
          return facts(...(reminder ? [{ type: 'ReviewReminderSent' as const, version: 1, data: reminder }] : []));
        },
      });
    },
  };
}
