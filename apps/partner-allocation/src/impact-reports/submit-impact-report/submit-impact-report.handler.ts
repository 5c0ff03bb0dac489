import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@athar/contracts';
import { submitImpactReport } from '@athar/domain-partner-allocation';
import { AggregateCommands } from '@athar/service-kit';
import { PartnerAgreementReader } from '../../agreements/agreement-reader';
import { agreementNotFound } from '../../agreements/partner-agreement-stream';
import { sideOf } from '../../agreements/sign-agreement/sign-agreement.handler';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import type { ImpactReportDto } from '../impact-report.dto';
import { ImpactReportsReader } from '../impact-reports-reader';
import { impactReportsAggregate, impactReportsStreamId } from '../impact-reports-stream';
import { reportViews } from '../report-view';
import { SubmitImpactReportCommand } from './submit-impact-report.command';

/**
 * The partner submits its report: a partner tenant from its own account (naming the allocating
 * association; the agreement must name that tenant, or it is a 404), the empowerment team for an
 * outside body; as signatures are (docs/adr/0038, 0039). One report a period, under the reports
 * stream's optimistic concurrency: a second, even racing, is a 409.
 */
@CommandHandler(SubmitImpactReportCommand)
export class SubmitImpactReportHandler implements ICommandHandler<SubmitImpactReportCommand, ImpactReportDto> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly agreements: PartnerAgreementReader,
    private readonly reports: ImpactReportsReader,
    private readonly policies: PartnerAllocationPolicies,
  ) {}

  async execute({ principal, agreementId, body }: SubmitImpactReportCommand): Promise<ImpactReportDto> {
    const side = sideOf(principal, body.allocatingTenantId);
    if (side.party !== 'partner') throw agreementNotFound();
    const tenantId = side.allocatingTenantId;
    const agreement = await this.agreements.snapshot(tenantId, agreementId);
    if (!agreement) throw agreementNotFound();
    const partner = agreement.state.drafted!.partner;
    if (side.partnerIs === 'tenant' && !(partner.kind === 'tenant' && partner.tenantId === principal.tenantId)) throw agreementNotFound();
    if (side.partnerIs === 'outside' && partner.kind !== 'outside')
      throw new DomainError('partner-reports-itself', 'conflict', {
        ar: 'الشريك جمعية على المنصة فترفع تقاريرها من حسابها',
        en: 'The partner is an association on the platform: it submits its reports from its own account',
      });
    const { overdueGraceDays } = this.policies.impactReportPolicy(tenantId);
    const outcome = await this.commands.handle(impactReportsAggregate, {
      streamId: impactReportsStreamId(tenantId, agreementId),
      tenantId,
      cause: { kind: 'request', principal, channel: 'system' },
      decide: (reports) => {
        const submitted = submitImpactReport(
          agreement.state,
          reports,
          {
            period: body.period,
            beneficiaries: body.beneficiaries,
            activities: body.activities,
            spentHalalas: Math.round(body.spentSar * 100),
            evidence: body.evidence,
            submittedBy: { userId: principal.userId, tenantId: principal.tenantId, as: side.partnerIs === 'tenant' ? 'partner' : 'empowerment-team' },
          },
          overdueGraceDays,
          new Date(),
        );
        return { events: [{ type: 'ImpactReportSubmitted' as const, version: 1, data: submitted }], result: undefined };
      },
    });
    return reportViews(tenantId, agreement.state, outcome.state, overdueGraceDays).find((r) => r.period === body.period)!;
  }
}
