// Names shared by the allocation-round workflow, its worker and the code that starts it.
// Free of Node built-ins: the workflow bundle imports this file.

export interface AllocationRoundTimelineInput {
  tenantId: string;
  roundId: string;
  opensAt: string;
  closesAt: string;
}

export interface AllocationRoundActivities {
  /** At the opening instant: appends AllocationRoundOpened once (judged by instants). */
  openAllocationRound(input: { tenantId: string; roundId: string; firedAt: string }): Promise<void>;
  /** At the closing instant: appends AllocationRoundClosed and the computed AllocationProposed once. */
  closeAllocationRound(input: { tenantId: string; roundId: string; firedAt: string }): Promise<void>;
}

/** One workflow per round: starting it twice is refused by Temporal. */
export function allocationRoundWorkflowId(tenantId: string, roundId: string): string {
  return `allocation-round/${tenantId}/${roundId}`;
}
