import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@athar/contracts';
import { signAgreement } from '@athar/domain-partner-allocation';
import type { Principal } from '@athar/identity';
import { AggregateCommands } from '@athar/service-kit';
import { PartnerAgreementReader } from '../agreement-reader';
import type { PartnerAgreementDto } from '../agreement.dto';
import { agreementNotFound, partnerAgreementAggregate, partnerAgreementStreamId } from '../partner-agreement-stream';
import { SignAgreementCommand } from './sign-agreement.command';

type Side = { party: 'allocator' | 'partner'; allocatingTenantId: string; partnerIs: 'tenant' | 'outside' | 'any' };

/**
 * Who signs for which side, from the token only: the allocating association's executive director or a
 * board member for the allocator; the partner tenant's `partner-applicant`, from its own tenant, for the
 * partner (the agreement must name that tenant as the partner, or it is a 404, docs/adr/0038); the
 * empowerment team records an outside body's signature on its behalf.
 */
export function sideOf(principal: Principal, allocatingTenantId: string | undefined): Side {
  if (principal.roles.includes('partner-applicant')) {
    if (!allocatingTenantId)
      throw new DomainError('validation-failed', 'invalid', { ar: 'بيانات التوقيع غير مكتملة', en: 'The signature is incomplete' }, [
        { field: 'allocatingTenantId', reasons: [{ ar: 'حدد الجمعية صاحبة الاتفاقية', en: 'name the association whose agreement you sign' }] },
      ]);
    return { party: 'partner', allocatingTenantId, partnerIs: 'tenant' };
  }
  if (allocatingTenantId !== undefined && allocatingTenantId !== principal.tenantId) throw agreementNotFound();
  if (principal.roles.includes('executive-director') || principal.roles.includes('board-member'))
    return { party: 'allocator', allocatingTenantId: principal.tenantId, partnerIs: 'any' };
  return { party: 'partner', allocatingTenantId: principal.tenantId, partnerIs: 'outside' };
}

@CommandHandler(SignAgreementCommand)
export class SignAgreementHandler implements ICommandHandler<SignAgreementCommand, PartnerAgreementDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly agreements: PartnerAgreementReader,
  ) {}

  async execute({ principal, agreementId, body }: SignAgreementCommand): Promise<PartnerAgreementDto> {
    const side = sideOf(principal, body.allocatingTenantId);
    await this.commands.handle(partnerAgreementAggregate, {
      streamId: partnerAgreementStreamId(side.allocatingTenantId, agreementId),
      tenantId: side.allocatingTenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      whenMissing: agreementNotFound,
      decide: (state) => {
        const partner = state.drafted?.partner;
        if (side.partnerIs === 'tenant' && !(partner?.kind === 'tenant' && partner.tenantId === principal.tenantId)) throw agreementNotFound();
        if (side.partnerIs === 'outside' && partner?.kind !== 'outside')
          throw new DomainError('partner-signs-itself', 'conflict', {
            ar: 'الشريك جمعية على المنصة فتوقّع من حسابها',
            en: 'The partner is an association on the platform: it signs from its own account',
          });
        const { signed, tookEffect } = signAgreement(
          state,
          side.party,
          { userId: principal.userId, name: body.name.trim(), capacity: body.capacity.trim() },
          new Date(),
        );
        return {
          events: [
            { type: 'PartnerAgreementSigned' as const, version: 1, data: signed },
            ...(tookEffect ? [{ type: 'PartnerAgreementTookEffect' as const, version: 1, data: tookEffect }] : []),
          ],
          result: undefined,
        };
      },
    });
    return (await this.agreements.snapshot(side.allocatingTenantId, agreementId))!.view;
  }
}
