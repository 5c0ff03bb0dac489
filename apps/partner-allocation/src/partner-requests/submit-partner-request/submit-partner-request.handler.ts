import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, type FieldProblem, type PartnerRef } from '@athar/contracts';
import { submitPartnerRequest } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import { partnerRequestAggregate, partnerRequestStreamId, stageOf } from '../partner-request-stream';
import type { PartnerRequestReceiptDto } from '../partner-request.dto';
import { SubmitPartnerRequestCommand } from './submit-partner-request.command';

const refused = (fields: FieldProblem[]): DomainError =>
  new DomainError(
    'validation-failed',
    'invalid',
    { ar: 'بيانات الطلب غير مكتملة أو غير صحيحة', en: 'The request is incomplete or has invalid fields' },
    fields,
  );

/**
 * Writes the request to the allocating association's stream (docs/adr/0038). A partner tenant's
 * account names the association it applies to and is itself the partner; staff record an outside
 * body for their own association. Nothing is stored on a refusal.
 */
@CommandHandler(SubmitPartnerRequestCommand)
export class SubmitPartnerRequestHandler implements ICommandHandler<SubmitPartnerRequestCommand, PartnerRequestReceiptDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly policies: PartnerAllocationPolicies,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, body }: SubmitPartnerRequestCommand): Promise<PartnerRequestReceiptDto> {
    const fromPartner = principal.roles.includes('partner-applicant');
    const { allocatingTenantId, partner } = fromPartner ? this.asPartner(principal.tenantId, body) : this.asStaff(principal.tenantId, body);
    const partnerRequestId = randomUUID();
    const outcome = await this.commands.handle(partnerRequestAggregate, {
      streamId: partnerRequestStreamId(allocatingTenantId, partnerRequestId),
      tenantId: allocatingTenantId,
      cause: { kind: 'request', principal, channel: 'website' },
      decide: (state) => {
        const submitted = submitPartnerRequest(
          state,
          allocatingTenantId,
          this.policies.of(allocatingTenantId),
          {
            partnerRequestId,
            partner,
            serviceId: body.serviceId,
            expectedBeneficiaries: body.expectedBeneficiaries,
            objectives: body.objectives,
            region: body.region,
            licenceNumber: body.licenceNumber,
            scopeOfWork: body.scopeOfWork,
            contact: body.contact,
            submittedBy: { tenantId: principal.tenantId, userId: principal.userId, role: fromPartner ? 'partner-applicant' : (principal.roles[0] ?? 'staff') },
          },
          new Date(),
        );
        return { events: [{ type: 'PartnerRequestSubmitted' as const, version: 1, data: submitted }], result: submitted };
      },
    });
    return {
      partnerRequestId,
      allocatingTenantId,
      stage: stageOf(outcome.state),
      submittedAt: outcome.result.submittedAt,
      studyDeadline: outcome.result.studyDeadline,
    };
  }

  /** From a partner tenant's account: the partner is that tenant; it names the association it applies to. */
  private asPartner(tenantId: string, body: SubmitPartnerRequestCommand['body']): { allocatingTenantId: string; partner: PartnerRef } {
    const fields: FieldProblem[] = [];
    if (!body.allocatingTenantId)
      fields.push({ field: 'allocatingTenantId', reasons: [{ ar: 'حدد الجمعية المقدَّم إليها الطلب', en: 'name the association you apply to' }] });
    else if (!this.tenants.find(body.allocatingTenantId))
      fields.push({ field: 'allocatingTenantId', reasons: [{ ar: 'الجمعية غير موجودة على المنصة', en: 'no such association on the platform' }] });
    if (body.outsideBody)
      fields.push({
        field: 'outsideBody',
        reasons: [{ ar: 'الجمعية الشريكة هي حسابك نفسه؛ لا يُقبل جهة خارجية', en: 'the partner is your own association; no outside body here' }],
      });
    if (fields.length > 0) throw refused(fields);
    return { allocatingTenantId: body.allocatingTenantId!, partner: { kind: 'tenant', tenantId, name: this.tenants.get(tenantId).name } };
  }

  /** Staff record an outside body's request for their own association. */
  private asStaff(tenantId: string, body: SubmitPartnerRequestCommand['body']): { allocatingTenantId: string; partner: PartnerRef } {
    const fields: FieldProblem[] = [];
    if (body.allocatingTenantId !== undefined && body.allocatingTenantId !== tenantId)
      fields.push({
        field: 'allocatingTenantId',
        reasons: [{ ar: 'يسجل الموظف طلبات جمعيته فقط', en: 'staff record requests to their own association only' }],
      });
    if (!body.outsideBody)
      fields.push({ field: 'outsideBody', reasons: [{ ar: 'حدد الجهة الخارجية المقدِّمة للطلب', en: 'name the outside body the request is for' }] });
    if (fields.length > 0) throw refused(fields);
    return { allocatingTenantId: tenantId, partner: { kind: 'outside', name: { ar: body.outsideBody!.name.ar, en: body.outsideBody!.name.en } } };
  }
}
