import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReachCorrectedV1 } from '@athar/contracts';
import { correctReach } from '@athar/domain-intake';
import { AggregateCommands } from '@athar/service-kit';
import { reachAggregate, reachStream } from '../reach-streams';
import { CorrectReachCommand } from './correct-reach.command';

@CommandHandler(CorrectReachCommand)
export class CorrectReachHandler implements ICommandHandler<CorrectReachCommand, ReachCorrectedV1> {
  constructor(private readonly commands: AggregateCommands) {}

  async execute({ principal, body }: CorrectReachCommand): Promise<ReachCorrectedV1> {
    const now = new Date();
    const { result } = await this.commands.handle(reachAggregate, {
      streamId: reachStream(principal.tenantId, body.contentItemId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: body.channel },
      decide: (figures) => {
        const corrected = correctReach(
          figures,
          { ...body, periodStart: new Date(body.periodStart), periodEnd: new Date(body.periodEnd), correctedBy: principal.userId },
          now,
        );
        return { events: [{ type: 'ReachCorrected', version: 1, data: corrected }], result: corrected };
      },
      now,
    });
    return result;
  }
}
