import { breachDeadline, deadlineBreached, escalateReview, remindCommittee } from '@athar/domain-committee-review';
import type { EventWriter, PendingEvent } from '@athar/service-kit';
import type { ReviewTimelineActivities } from '@athar/workflows';
import { appendAfterLatest, roundDecidedLate, type ReviewEventType } from '../review-stream';

/**
 * Activities append events and never touch read models (ARCHITECTURE, flow step 4). A retried activity
 * finds its fact already recorded and writes nothing new. A fact for a round that is no longer the
 * current one (a late timer of an old round) records nothing.
 */
export function createReviewTimelineActivities(writer: EventWriter): ReviewTimelineActivities {
  return {
    async recordDeadlineBreach({ tenantId, caseId, firedAt, round }) {
      const at = new Date(firedAt);
      const { state, history } = await appendAfterLatest(writer, tenantId, caseId, (state) => {
        if (round !== undefined && state.round !== round) return [];
        const breach = breachDeadline(state, caseId, at);
        const escalation = escalateReview(state, caseId, at);
        const events: PendingEvent<ReviewEventType>[] = [];
        if (breach) events.push({ type: 'ReviewDeadlineBreached', version: 1, data: breach });
        if (escalation) events.push({ type: 'ReviewEscalated', version: 1, data: escalation });
        return events;
      });
      // A late timer of a round that is no longer current records nothing; its answer comes from that round's decision.
      if (round !== undefined && state.round !== round) return { breached: roundDecidedLate(history, round) };
      return { breached: state.breached || deadlineBreached(state, at) === true };
    },
    async recordReminder({ tenantId, caseId, committeeId, round, percent, firedAt }) {
      await appendAfterLatest(writer, tenantId, caseId, (state) => {
        const reminder = remindCommittee(state, caseId, committeeId, round, percent, new Date(firedAt));
        return reminder ? [{ type: 'ReviewReminderSent', version: 1, data: reminder }] : [];
      });
    },
  };
}
