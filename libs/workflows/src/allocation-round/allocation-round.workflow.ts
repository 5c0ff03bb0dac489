import { proxyActivities, sleep } from '@temporalio/workflow';
import type { AllocationRoundActivities, AllocationRoundTimelineInput } from './definitions';

const { openAllocationRound, closeAllocationRound } = proxyActivities<AllocationRoundActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * An allocation round opens and closes at its instants (Tuwaiq, partner allocation 3); at the close the
 * activity computes the proposal (ADR 0037). The activities judge by instants, so a timer firing early
 * records nothing and a retried one records nothing twice.
 */
export async function allocationRoundTimeline(input: AllocationRoundTimelineInput): Promise<'proposed'> {
  const until = async (instant: string): Promise<void> => {
    const remainingMs = Date.parse(instant) - Date.now();
    if (remainingMs > 0) await sleep(remainingMs);
  };
  await until(input.opensAt);
  await openAllocationRound({ tenantId: input.tenantId, roundId: input.roundId, firedAt: new Date(Date.now()).toISOString() });
  await until(input.closesAt);
  await closeAllocationRound({ tenantId: input.tenantId, roundId: input.roundId, firedAt: new Date(Date.now()).toISOString() });
  return 'proposed';
}
