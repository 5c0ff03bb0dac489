import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { RecordedEvent } from '@athar/contracts';
import { EventHandlers } from '@athar/service-kit';
import { PartnerAgreementReader } from '../../agreements/agreement-reader';
import { PartnerAllocationPolicies } from '../../policies/partner-allocation-policies';
import { ImpactReportsReader } from '../impact-reports-reader';
import { agreementPartnerKey, evaluationView, reportViews } from '../report-view';
import { ImpactReportRow, PartnerEvaluationRow } from './impact-report-row.schema';
import { writeIfNewer } from './write-if-newer';

const TRIGGERS = [
  'PartnerAgreementTookEffect',
  'PartnerAgreementEnded',
  'PartnerAgreementTerminated',
  'ImpactReportSubmitted',
  'ImpactReportReminded',
  'ImpactReportOverdue',
  'PartnershipEvaluated',
] as const;

/** Every event of an agreement's reports (and its taking effect, end or termination) rebuilds its periods' rows from the two streams. */
@Injectable()
export class ImpactReportsProjection implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly agreements: PartnerAgreementReader,
    private readonly reports: ImpactReportsReader,
    private readonly policies: PartnerAllocationPolicies,
    @InjectModel(ImpactReportRow.name) private readonly rows: Model<ImpactReportRow>,
    @InjectModel(PartnerEvaluationRow.name) private readonly evaluations: Model<PartnerEvaluationRow>,
  ) {}

  onModuleInit(): void {
    for (const type of TRIGGERS) this.handlers.on(type, (event) => this.rebuild(event));
  }

  private async rebuild(event: RecordedEvent): Promise<void> {
    const tenantId = event.tenantId;
    const agreementId = (event.data as { agreementId: string }).agreementId;
    const agreement = await this.agreements.snapshot(tenantId, agreementId);
    if (!agreement || agreement.state.reportsDue.length === 0) return;
    const { state: reports, revision } = await this.reports.state(tenantId, agreementId);
    const version = agreement.revision + (revision === 'no_stream' ? 0 : revision + 1);
    const partnerKey = agreementPartnerKey(agreement.state);
    const graceDays = this.policies.impactReportPolicy(tenantId).overdueGraceDays;
    for (const view of reportViews(tenantId, agreement.state, reports, graceDays)) {
      const row = {
        tenantId,
        reportId: view.reportId,
        agreementId,
        period: view.period,
        status: view.status,
        partnerTenantId: view.partner.tenantId,
        partnerKey,
        overdueAt: new Date(view.overdueAt),
        view,
        version,
      };
      await writeIfNewer(this.rows, `${tenantId}:${view.reportId}`, version, row);
    }
    if (reports.evaluation) {
      const e = reports.evaluation;
      await this.evaluations
        .updateOne(
          { _id: `${tenantId}:${agreementId}` },
          {
            $set: {
              tenantId,
              agreementId,
              partnerKey: e.partnerKey,
              overallScore: e.overallScore,
              evaluatedAt: new Date(e.evaluatedAt),
              view: evaluationView(e),
            },
          },
          { upsert: true },
        )
        .exec();
    }
  }
}
