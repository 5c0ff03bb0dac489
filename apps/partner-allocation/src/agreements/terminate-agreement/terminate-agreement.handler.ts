import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { terminateAgreement } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { PartnerAgreementReader } from '../agreement-reader';
import type { PartnerAgreementDto } from '../agreement.dto';
import { agreementNotFound, partnerAgreementAggregate, partnerAgreementStreamId } from '../partner-agreement-stream';
import { TerminateAgreementCommand } from './terminate-agreement.command';

/** The allocating association's executive director or board ends the agreement early with a reason; its workflow is signalled to stop. */
@CommandHandler(TerminateAgreementCommand)
export class TerminateAgreementHandler implements ICommandHandler<TerminateAgreementCommand, PartnerAgreementDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly agreements: PartnerAgreementReader,
  ) {}

  async execute({ principal, agreementId, body, expectedRevision }: TerminateAgreementCommand): Promise<PartnerAgreementDto> {
    await this.commands.handle(partnerAgreementAggregate, {
      streamId: partnerAgreementStreamId(principal.tenantId, agreementId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      expectedRevision,
      whenMissing: agreementNotFound,
      decide: (state) => {
        const terminated = terminateAgreement(state, body.code, { ar: body.reason.ar.trim(), en: body.reason.en.trim() }, principal.userId, new Date());
        return { events: [{ type: 'PartnerAgreementTerminated' as const, version: 1, data: terminated }], result: undefined };
      },
    });
    return (await this.agreements.snapshot(principal.tenantId, agreementId))!.view;
  }
}
