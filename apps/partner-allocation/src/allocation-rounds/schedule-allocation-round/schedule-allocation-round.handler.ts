import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@athar/contracts';
import { scheduleRound } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import type { RoundReceiptDto } from '../allocation-round.dto';
import { allocationRoundAggregate, allocationRoundStreamId } from '../allocation-round-stream';
import { AllocationRoundRows } from '../projection/allocation-round-rows';
import { RoundTimelines } from '../round-timeline/round-timelines';
import { ScheduleAllocationRoundCommand } from './schedule-allocation-round.command';

/** Records the round in the team's own association, starts its timeline (open, close) and lists it. */
@CommandHandler(ScheduleAllocationRoundCommand)
export class ScheduleAllocationRoundHandler implements ICommandHandler<ScheduleAllocationRoundCommand, RoundReceiptDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly policies: PartnerAllocationPolicies,
    private readonly timelines: RoundTimelines,
    private readonly rows: AllocationRoundRows,
  ) {}

  async execute({ principal, body }: ScheduleAllocationRoundCommand): Promise<RoundReceiptDto> {
    const tenantId = principal.tenantId;
    const policy = this.policies.of(tenantId);
    if (!policy || !this.policies.weightsOf(tenantId) || !this.policies.regionNeedOf(tenantId))
      throw new DomainError('allocation-rounds-not-enabled', 'conflict', {
        ar: 'لا تُجري الجمعية جولات توزيع: سياستها بلا أوزان أو احتياج مناطق',
        en: 'The association runs no allocation rounds: its policy has no weights or region needs',
      });
    const roundId = randomUUID();
    const outcome = await this.commands.handle(allocationRoundAggregate, {
      streamId: allocationRoundStreamId(tenantId, roundId),
      tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: (state) => {
        const round = scheduleRound(
          state,
          { roundId, ...body, unitsPerBeneficiary: body.unitsPerBeneficiary ?? 1 },
          policy.services.map((s) => s.serviceId),
          principal.userId,
          new Date(),
        );
        return { events: [{ type: 'AllocationRoundScheduled' as const, version: 1, data: round }], result: round };
      },
    });
    const round = outcome.result;
    await this.rows.refresh(tenantId, roundId);
    await this.timelines.start(tenantId, round);
    return { roundId, status: 'scheduled', opensAt: round.opensAt, closesAt: round.closesAt, revision: outcome.revision as number };
  }
}
