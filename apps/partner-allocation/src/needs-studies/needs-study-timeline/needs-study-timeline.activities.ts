import { breachStudyDeadline, remindAssessor } from '@athar/domain-partner-allocation';
import { facts, type AggregateCommands } from '@athar/service-kit';
import type { NeedsStudyTimelineActivities } from '@athar/workflows';
import { partnerRequestAggregate, partnerRequestStreamId } from '../../partner-requests/partner-request-stream';

/**
 * The study timeline's facts, through the one command path; caused by the stream's latest event, so
 * a retried activity derives the same ids and records nothing twice (ADR 0012).
 */
export function createNeedsStudyTimelineActivities(commands: AggregateCommands): NeedsStudyTimelineActivities {
  return {
    async recordStudyReminder({ tenantId, partnerRequestId, percent, firedAt }) {
      await commands.handle(partnerRequestAggregate, {
        streamId: partnerRequestStreamId(tenantId, partnerRequestId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No partner request ${partnerRequestId} of ${tenantId}`),
        decide: (state) => {
          const reminder = remindAssessor(state, percent, new Date(firedAt));
          return facts(...(reminder ? [{ type: 'NeedsStudyReminderSent' as const, version: 1, data: reminder }] : []));
        },
      });
    },
    async recordStudyBreach({ tenantId, partnerRequestId, firedAt }) {
      await commands.handle(partnerRequestAggregate, {
        streamId: partnerRequestStreamId(tenantId, partnerRequestId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No partner request ${partnerRequestId} of ${tenantId}`),
        decide: (state) => {
          const breach = breachStudyDeadline(state, new Date(firedAt));
          return facts(...(breach ? [{ type: 'NeedsStudyDeadlineBreached' as const, version: 1, data: breach }] : []));
        },
      });
    },
  };
}
