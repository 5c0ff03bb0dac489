import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type AgreementPartner } from '@athar/contracts';
import { approvedShareFor, draftAgreement, requireWithinShare } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { AllocationRoundReader } from '../../allocation-rounds/read/allocation-round-reader';
import { PartnerRequestReader } from '../../partner-requests/read/partner-request-reader';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import { PartnerAgreementReader } from '../agreement-reader';
import type { PartnerAgreementDto } from '../agreement.dto';
import { agreementIdFor, partnerAgreementAggregate, partnerAgreementStreamId } from '../partner-agreement-stream';
import { DraftAgreementCommand } from './draft-agreement.command';

const refusedField = (field: string, ar: string, en: string): DomainError =>
  new DomainError('validation-failed', 'invalid', { ar: 'بيانات الاتفاقية غير صحيحة', en: 'The agreement has invalid fields' }, [
    { field, reasons: [{ ar, en }] },
  ]);

/**
 * Drafts the agreement on the allocating association's stream from its template (docs/adr/0039): the
 * partner and the service are the studied request's, never the body's. The id is derived from the
 * request and the round, so one share makes one agreement; its allocation is within the share the
 * approved round gave the request (Tuwaiq, partner allocation 3–4), checked before anything is stored.
 */
@CommandHandler(DraftAgreementCommand)
export class DraftAgreementHandler implements ICommandHandler<DraftAgreementCommand, PartnerAgreementDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly policies: PartnerAllocationPolicies,
    private readonly requests: PartnerRequestReader,
    private readonly agreements: PartnerAgreementReader,
    private readonly rounds: AllocationRoundReader,
  ) {}

  async execute({ principal, body }: DraftAgreementCommand): Promise<PartnerAgreementDto> {
    const tenantId = principal.tenantId;
    const template = this.policies.agreementTemplate(tenantId);
    if (!template)
      throw new DomainError('no-agreement-template', 'conflict', {
        ar: 'لا يوجد في سياسة الجمعية قالب لاتفاقيات الشراكة',
        en: "Your association's policy has no partner agreement template",
      });
    const request = (await this.requests.snapshot(tenantId, body.partnerRequestId))?.state;
    if (!request?.request)
      throw refusedField('partnerRequestId', 'لا يوجد طلب شراكة بهذا الرقم لدى جمعيتك', 'no partner request with this id in your association');
    if (request.status !== 'studied')
      throw refusedField('partnerRequestId', 'لم تكتمل دراسة احتياج هذا الطلب بعد', "this request's needs study is not done yet");
    const submitted = request.request;
    const partner: AgreementPartner =
      submitted.partner.kind === 'tenant'
        ? { kind: 'tenant', tenantId: submitted.partner.tenantId, name: submitted.partner.name }
        : { kind: 'outside', name: submitted.partner.name, licenceNumber: submitted.licenceNumber };
    const allocation = { serviceId: submitted.serviceId, units: body.allocation.units, unit: body.allocation.unit };
    const round = await this.rounds.snapshot(tenantId, body.roundId);
    requireWithinShare(approvedShareFor(round?.state ?? null, body.partnerRequestId), allocation);
    const agreementId = agreementIdFor(body.partnerRequestId, body.roundId);
    await this.commands.handle(partnerAgreementAggregate, {
      streamId: partnerAgreementStreamId(tenantId, agreementId),
      tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: (state) => {
        const drafted = draftAgreement(
          state,
          template,
          {
            agreementId,
            requestId: body.partnerRequestId,
            roundId: body.roundId,
            partner,
            allocation,
            startsOn: body.startsOn,
            draftedBy: principal.userId,
          },
          new Date(),
        );
        return { events: [{ type: 'PartnerAgreementDrafted' as const, version: 1, data: drafted }], result: drafted };
      },
    });
    return (await this.agreements.snapshot(tenantId, agreementId))!.view;
  }
}
