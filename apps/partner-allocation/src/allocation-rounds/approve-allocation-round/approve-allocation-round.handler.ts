import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { allocationRoundNotFound, approveRound } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import type { AllocationRoundDto } from '../allocation-round.dto';
import { allocationRoundAggregate, allocationRoundStreamId } from '../allocation-round-stream';
import { presentRound } from '../present-round';
import { AllocationRoundRows } from '../projection/allocation-round-rows';
import { ApproveAllocationRoundCommand } from './approve-allocation-round.command';

/** The executive director or a board member approves the proposal; the approver's role is the token's (executive director first). */
@CommandHandler(ApproveAllocationRoundCommand)
export class ApproveAllocationRoundHandler implements ICommandHandler<ApproveAllocationRoundCommand, AllocationRoundDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly rows: AllocationRoundRows,
  ) {}

  async execute({ principal, roundId, body, expectedRevision }: ApproveAllocationRoundCommand): Promise<AllocationRoundDto> {
    const tenantId = principal.tenantId;
    const role = principal.roles.includes('executive-director') ? 'executive-director' : 'board-member';
    const outcome = await this.commands.handle(allocationRoundAggregate, {
      streamId: allocationRoundStreamId(tenantId, roundId),
      tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      expectedRevision,
      whenMissing: allocationRoundNotFound,
      decide: (state) => {
        const approved = approveRound(state, body, { userId: principal.userId, role }, new Date());
        return { events: [{ type: 'AllocationRoundApproved' as const, version: 1, data: approved }], result: approved };
      },
    });
    await this.rows.refresh(tenantId, roundId);
    return presentRound(outcome.state, outcome.revision as number);
  }
}
