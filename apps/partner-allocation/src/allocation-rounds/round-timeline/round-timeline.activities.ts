import { closeRound, openRound, proposeAllocation } from '@athar/domain-partner-allocation';
import { facts, type AggregateCommands, type EventWriter } from '@athar/service-kit';
import type { AllocationRoundActivities } from '@athar/workflows';
import { allocationRoundAggregate, allocationRoundStreamId, type AllocationRoundEventType } from '../allocation-round-stream';
import type { AllocationRoundRows } from '../projection/allocation-round-rows';
import type { RoundCandidates } from '../round-candidates';

/** A timer fired before its instant by the activity's clock: thrown so Temporal retries it (nothing is recorded). */
class NotYet extends Error {}

/**
 * The round's timeline facts, through the one command path, caused by the stream's latest event (a
 * retried activity records nothing twice, ADR 0012). The close appends the close and the computed
 * proposal together, so a round is never closed without its proposal.
 */
export function createAllocationRoundActivities(
  commands: AggregateCommands,
  writer: EventWriter,
  candidates: RoundCandidates,
  rows: AllocationRoundRows,
): AllocationRoundActivities {
  const now = (firedAt: string) => new Date(Math.max(Date.parse(firedAt), Date.now()));
  return {
    async openAllocationRound({ tenantId, roundId, firedAt }) {
      const outcome = await commands.handle(allocationRoundAggregate, {
        streamId: allocationRoundStreamId(tenantId, roundId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        whenMissing: () => new Error(`No allocation round ${roundId} of ${tenantId}`),
        decide: (state) => {
          const opened = openRound(state, now(firedAt));
          if (!opened && state.status === 'scheduled') throw new NotYet(`round ${roundId} opens at ${state.round!.opensAt}`);
          return facts(...(opened ? [{ type: 'AllocationRoundOpened' as const, version: 1, data: opened }] : []));
        },
      });
      await rows.refresh(tenantId, roundId);
      return void outcome;
    },
    async closeAllocationRound({ tenantId, roundId, firedAt }) {
      const { history } = await writer.load<AllocationRoundEventType>(allocationRoundStreamId(tenantId, roundId));
      const round = history.reduce(allocationRoundAggregate.evolve, allocationRoundAggregate.initialState).round;
      if (!round) throw new Error(`No allocation round ${roundId} of ${tenantId}`);
      const built = await candidates.build(tenantId, round);
      await commands.handle(allocationRoundAggregate, {
        streamId: allocationRoundStreamId(tenantId, roundId),
        tenantId,
        cause: (latest) => ({ kind: 'event', event: latest! }),
        decide: (state) => {
          const at = now(firedAt);
          const closed = closeRound(state, at);
          if (!closed) {
            if (state.closedAt === null && (state.status === 'scheduled' || state.status === 'open'))
              throw new NotYet(`round ${roundId} closes at ${round.closesAt}`);
            return { events: [], result: undefined };
          }
          const closedState = allocationRoundAggregate.evolve(state, { type: 'AllocationRoundClosed', data: closed } as never);
          const proposal = proposeAllocation(closedState, built, null, at);
          return facts(
            { type: 'AllocationRoundClosed' as const, version: 1, data: closed },
            { type: 'AllocationProposed' as const, version: 1, data: proposal },
          );
        },
      });
      await rows.refresh(tenantId, roundId);
    },
  };
}
