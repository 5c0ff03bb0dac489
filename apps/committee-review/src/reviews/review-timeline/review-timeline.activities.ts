import { breachDeadline } from '@athar/domain-committee-review';
import type { EventWriter } from '@athar/service-kit';
import type { ReviewTimelineActivities } from '@athar/workflows';
import { reviewStateOf, reviewStreamId } from '../review-stream';

/**
 * Activities append events and never touch read models (ARCHITECTURE, flow step 4). The breach is
 * caused by the ReviewOpened event, so a retried activity derives the same event id and writes nothing new.
 */
export function createReviewTimelineActivities(writer: EventWriter): ReviewTimelineActivities {
  return {
    async recordDeadlineBreach({ tenantId, caseId, firedAt }) {
      const streamId = reviewStreamId(tenantId, caseId);
      const { history } = await writer.load(streamId);
      const opened = history.find((e) => e.type === 'ReviewOpened');
      if (!opened) throw new Error(`No open review for case ${caseId} of ${tenantId}`);
      await writer.decideAndAppend(streamId, tenantId, { kind: 'event', event: opened }, (fresh) => {
        const breach = breachDeadline(reviewStateOf(fresh), caseId, new Date(firedAt));
        return breach ? [{ type: 'ReviewDeadlineBreached', version: 1, data: breach }] : [];
      });
    },
  };
}
