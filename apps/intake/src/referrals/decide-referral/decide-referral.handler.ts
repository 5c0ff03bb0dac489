import { NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideReferral } from '@athar/domain-intake';
import { AggregateCommands, facts } from '@athar/service-kit';
import { incomingReferralAggregate, incomingReferralStream } from '../referral-streams';
import { DecideReferralCommand, type DecideReferralResult } from './decide-referral.command';

export const referralNotFound = () => new NotFoundException({ code: 'referral-not-found', message: { ar: 'الإحالة غير موجودة', en: 'Referral not found' } });

@CommandHandler(DecideReferralCommand)
export class DecideReferralHandler implements ICommandHandler<DecideReferralCommand, DecideReferralResult> {
  constructor(private readonly commands: AggregateCommands) {}

  async execute({ principal, referralId, body, expectedRevision }: DecideReferralCommand): Promise<DecideReferralResult> {
    const now = new Date();
    const { revision } = await this.commands.handle(incomingReferralAggregate, {
      streamId: incomingReferralStream(principal.tenantId, referralId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      expectedRevision,
      whenMissing: referralNotFound,
      decide: (state) => facts({ type: 'ReferralDecided', version: 1, data: decideReferral(state, referralId, body.decision, body.reason, now) }),
      now,
    });
    return { referralId, status: body.decision, revision: revision as number };
  }
}
