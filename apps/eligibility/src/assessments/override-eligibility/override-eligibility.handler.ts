import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EligibilityOverriddenV1 } from '@athar/contracts';
import { overrideEligibility } from '@athar/domain-eligibility';
import { AggregateCommands } from '@athar/service-kit';
import { assessmentAggregate, assessmentStream } from '../../eligibility-streams';
import { OverrideEligibilityCommand } from './override-eligibility.command';

/** Records the override on the case's assessment stream: from, to, reason and researcher. */
@CommandHandler(OverrideEligibilityCommand)
export class OverrideEligibilityHandler implements ICommandHandler<OverrideEligibilityCommand, EligibilityOverriddenV1> {
  constructor(private readonly commands: AggregateCommands) {}

  async execute({ principal, caseId, body }: OverrideEligibilityCommand): Promise<EligibilityOverriddenV1> {
    const { result } = await this.commands.handle(assessmentAggregate, {
      streamId: assessmentStream(principal.tenantId, caseId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: (state) => {
        const overridden = overrideEligibility(state, { caseId, to: body.to, reason: body.reason, researcherId: principal.userId }, new Date());
        return { events: [{ type: 'EligibilityOverridden', version: 1, data: overridden }], result: overridden };
      },
    });
    return result;
  }
}
