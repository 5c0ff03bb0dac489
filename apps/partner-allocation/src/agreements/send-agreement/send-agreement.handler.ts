import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@athar/contracts';
import { sendForSignature } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import { PartnerAgreementReader } from '../agreement-reader';
import type { PartnerAgreementDto } from '../agreement.dto';
import { agreementNotFound, partnerAgreementAggregate, partnerAgreementStreamId } from '../partner-agreement-stream';
import { SendAgreementCommand } from './send-agreement.command';

const DAY_MS = 86_400_000;

/** The days allowed to sign: the template's, or fewer when staff set an earlier deadline (never more). */
export function signatureDaysFor(templateDays: number, signBy: string | undefined, now: Date): number {
  if (signBy === undefined) return templateDays;
  const ms = Date.parse(signBy) - now.getTime();
  if (!(ms > 0) || ms > templateDays * DAY_MS)
    throw new DomainError('validation-failed', 'invalid', { ar: 'موعد التوقيع غير صحيح', en: 'The signature deadline is invalid' }, [
      {
        field: 'signBy',
        reasons: [
          {
            ar: `موعد التوقيع لحظة قادمة خلال ${templateDays} يومًا من الآن`,
            en: `the signature deadline is an instant in the future, within ${templateDays} days from now`,
          },
        ],
      },
    ]);
  return ms / DAY_MS;
}

/** Sends the draft for both signatures (Tuwaiq, partner allocation 4); the agreement's workflow then keeps its deadline. */
@CommandHandler(SendAgreementCommand)
export class SendAgreementHandler implements ICommandHandler<SendAgreementCommand, PartnerAgreementDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly policies: PartnerAllocationPolicies,
    private readonly agreements: PartnerAgreementReader,
  ) {}

  async execute({ principal, agreementId, body, expectedRevision }: SendAgreementCommand): Promise<PartnerAgreementDto> {
    const template = this.policies.agreementTemplate(principal.tenantId);
    if (!template) throw agreementNotFound();
    await this.commands.handle(partnerAgreementAggregate, {
      streamId: partnerAgreementStreamId(principal.tenantId, agreementId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      expectedRevision,
      whenMissing: agreementNotFound,
      decide: (state) => {
        const now = new Date();
        const sent = sendForSignature(state, signatureDaysFor(template.signatureDays, body.signBy, now), principal.userId, now);
        return { events: [{ type: 'PartnerAgreementSent' as const, version: 1, data: sent }], result: sent };
      },
    });
    return (await this.agreements.snapshot(principal.tenantId, agreementId))!.view;
  }
}
