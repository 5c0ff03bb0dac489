import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReachRecordedV1 } from '@athar/contracts';
import { recordReach } from '@athar/domain-intake';
import { AggregateCommands } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { reachAggregate, reachStream } from '../reach-streams';
import { RecordReachCommand } from './record-reach.command';

@CommandHandler(RecordReachCommand)
export class RecordReachHandler implements ICommandHandler<RecordReachCommand, ReachRecordedV1> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, body }: RecordReachCommand): Promise<ReachRecordedV1> {
    const policy = this.tenants.get(principal.tenantId);
    const now = new Date();
    // The item's stream decides: of two racing records of one figure, the second sees the first (409).
    const { result } = await this.commands.handle(reachAggregate, {
      streamId: reachStream(principal.tenantId, body.contentItemId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: body.channel },
      decide: (figures) => {
        const data = recordReach(
          { ...body, periodStart: new Date(body.periodStart), periodEnd: new Date(body.periodEnd) },
          { channels: policy.channels, services: policy.services },
          now,
          figures,
        );
        return { events: [{ type: 'ReachRecorded', version: 1, data }], result: data };
      },
      now,
    });
    return result;
  }
}
