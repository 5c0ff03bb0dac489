import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { allocationRoundNotFound, proposeAllocation } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import type { AllocationRoundDto } from '../allocation-round.dto';
import { allocationRoundAggregate, allocationRoundStreamId } from '../allocation-round-stream';
import { presentRound } from '../present-round';
import { AllocationRoundRows } from '../projection/allocation-round-rows';
import { AllocationRoundReader } from '../read/allocation-round-reader';
import { RoundCandidates } from '../round-candidates';
import { RecomputeAllocationCommand } from './recompute-allocation.command';

/** The proposal computed again from the studied requests and the policy as they are now; refused once approved. */
@CommandHandler(RecomputeAllocationCommand)
export class RecomputeAllocationHandler implements ICommandHandler<RecomputeAllocationCommand, AllocationRoundDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly reader: AllocationRoundReader,
    private readonly candidates: RoundCandidates,
    private readonly rows: AllocationRoundRows,
  ) {}

  async execute({ principal, roundId, expectedRevision }: RecomputeAllocationCommand): Promise<AllocationRoundDto> {
    const tenantId = principal.tenantId;
    const snapshot = await this.reader.snapshot(tenantId, roundId);
    if (!snapshot?.state.round) throw allocationRoundNotFound();
    const built = await this.candidates.build(tenantId, snapshot.state.round);
    const outcome = await this.commands.handle(allocationRoundAggregate, {
      streamId: allocationRoundStreamId(tenantId, roundId),
      tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      expectedRevision,
      whenMissing: allocationRoundNotFound,
      decide: (state) => {
        const proposal = proposeAllocation(state, built, principal.userId, new Date());
        return { events: [{ type: 'AllocationProposed' as const, version: 1, data: proposal }], result: proposal };
      },
    });
    await this.rows.refresh(tenantId, roundId);
    return presentRound(outcome.state, outcome.revision as number);
  }
}
