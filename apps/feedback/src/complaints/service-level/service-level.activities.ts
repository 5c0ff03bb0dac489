import { breachServiceLevel, remindHandler } from '@athar/domain-feedback';
import { facts, type AggregateCommands } from '@athar/service-kit';
import type { ComplaintServiceLevelActivities } from '@athar/workflows';
import { complaintAggregate, complaintStreamId } from '../complaint-stream';

/**
 * The service-level workflow's facts, through the one command path; caused by the stream's latest event,
 * so a retried activity derives the same ids and records nothing twice (ADR 0012). The breach is judged
 * by the instants (ADR 0016).
 */
export function createComplaintServiceLevelActivities(commands: AggregateCommands): ComplaintServiceLevelActivities {
  return {
    async recordComplaintReminder({ tenantId, complaintId, round, percent, atRisk, firedAt }) {
      await commands.handle(complaintAggregate, {
        streamId: complaintStreamId(tenantId, complaintId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No complaint ${complaintId} of ${tenantId}`),
        decide: (state) => {
          const reminder = remindHandler(state, round, percent, atRisk, new Date(firedAt));
          return facts(...(reminder ? [{ type: 'ComplaintReminderSent' as const, version: 1, data: reminder }] : []));
        },
      });
    },
    async recordComplaintBreach({ tenantId, complaintId, round, firedAt }) {
      const outcome = await commands.handle(complaintAggregate, {
        streamId: complaintStreamId(tenantId, complaintId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No complaint ${complaintId} of ${tenantId}`),
        decide: (state) => {
          const { breached, events } = breachServiceLevel(state, round, new Date(firedAt));
          return {
            events: events
              ? [
                  { type: 'ComplaintServiceLevelBreached' as const, version: 1, data: events.breach },
                  { type: 'ComplaintEscalated' as const, version: 1, data: events.escalation },
                ]
              : [],
            result: breached,
          };
        },
      });
      return { breached: outcome.result };
    },
  };
}
