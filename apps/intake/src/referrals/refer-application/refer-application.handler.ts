import { randomUUID } from 'node:crypto';
import { ConflictException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { referApplication, validateApplicant } from '@athar/domain-intake';
import { AggregateCommands, facts } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { PersonKeys } from '../../applications/submit-application/person-keys';
import { outgoingReferralAggregate, outgoingReferralStream } from '../referral-streams';
import { ReferApplicationCommand, type ReferApplicationResult } from './refer-application.command';

@CommandHandler(ReferApplicationCommand)
export class ReferApplicationHandler implements ICommandHandler<ReferApplicationCommand, ReferApplicationResult> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly tenants: TenantRegistry,
    private readonly keys: PersonKeys,
  ) {}

  async execute({ principal, body }: ReferApplicationCommand): Promise<ReferApplicationResult> {
    const target =
      body.target.kind === 'tenant'
        ? { kind: 'tenant' as const, tenantId: body.target.tenantId as string }
        : { kind: 'external' as const, name: body.target.name as string };
    const now = new Date();
    const applicant = validateApplicant(body.applicant, now);
    const referral = {
      ...referApplication(
        {
          referralId: randomUUID(),
          fromTenantId: principal.tenantId,
          target,
          requestedService: body.requestedService,
          reason: body.reason,
          applicant,
          consentedFields: body.consentedFields,
        },
        this.tenants.all().map((t) => t.tenantId),
        now,
      ),
      // So erasing the person finds this referral (ADR 0013, amended); a keyed hash, never the ID.
      personKey: this.keys.person(applicant.nationalId),
    };
    await this.commands.handle(outgoingReferralAggregate, {
      streamId: outgoingReferralStream(principal.tenantId, referral.referralId),
      tenantId: principal.tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: (state) => {
        // A fresh id: a stream already there is a collision, never a second referral on it.
        if (state.referred) throw new ConflictException({ code: 'referral-exists', message: { ar: 'الإحالة موجودة', en: 'The referral exists' } });
        return facts({ type: 'ApplicationReferredToAssociation', version: 1, data: referral });
      },
      now,
    });
    const from = this.tenants.get(principal.tenantId).name;
    const to = target.kind === 'tenant' ? this.tenants.get(target.tenantId).name : { ar: target.name, en: target.name };
    return {
      referralId: referral.referralId,
      status: target.kind === 'tenant' ? 'referred' : 'referred-externally',
      message: {
        ar: `الخدمة المطلوبة ليست من اختصاص ${from.ar}، وقد أحلنا طلبك إلى ${to.ar}.`,
        en: `The service you asked for is not within the remit of ${from.en}; we have referred your request to ${to.en}.`,
      },
    };
  }
}
