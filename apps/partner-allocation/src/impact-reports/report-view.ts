import type { PartnershipEvaluatedV1 } from '@athar/contracts';
import { overdueAt, type AgreementState, type ImpactReportsState } from '@athar/domain-partner-allocation';
import { addDays, riyadhDate } from '@athar/domain-partner-allocation';
import type { ImpactReportDto, PartnershipEvaluationDto } from './impact-report.dto';
import { impactReportIdFor, type ReportStatus } from './impact-reports-stream';

const sar = (halalas: number): number => halalas / 100;

/** Where a period's report stands: in, escalated, owed no more (a termination before the period ended), or due. */
export function reportStatus(agreement: AgreementState, reports: ImpactReportsState, period: string): ReportStatus {
  if (reports.submitted[period]) return 'submitted';
  if (reports.overdue[period]) return 'overdue';
  if (
    agreement.status === 'terminated' &&
    agreement.terminated &&
    addDays(period, -agreement.drafted!.reporting.dueDaysAfterPeriod) > riyadhDate(agreement.terminated.at)
  )
    return 'not-owed';
  return 'due';
}

/** Every period of an agreement in force (or over) as the queue and the detail show it. */
export function reportViews(allocatingTenantId: string, agreement: AgreementState, reports: ImpactReportsState, graceDays: number): ImpactReportDto[] {
  const drafted = agreement.drafted!;
  return agreement.reportsDue.map((period) => {
    const s = reports.submitted[period];
    return {
      reportId: impactReportIdFor(drafted.agreementId, period),
      agreementId: drafted.agreementId,
      allocatingTenantId,
      partner: { kind: drafted.partner.kind, tenantId: drafted.partner.kind === 'tenant' ? drafted.partner.tenantId : null, name: { ...drafted.partner.name } },
      serviceId: drafted.allocation.serviceId,
      period,
      overdueAt: overdueAt(period, graceDays),
      status: reportStatus(agreement, reports, period),
      remindedAt: reports.reminded[period] ?? null,
      escalatedAt: reports.overdue[period]?.escalatedAt ?? null,
      submission: s
        ? {
            beneficiaries: { ...s.beneficiaries },
            activities: [...s.activities],
            spentSar: sar(s.spentHalalas),
            allocationSar: s.allocationHalalas === null ? null : sar(s.allocationHalalas),
            overspent: s.overspent,
            evidence: [...s.evidence],
            submittedBy: { ...s.submittedBy },
            submittedAt: s.submittedAt,
            late: s.late,
          }
        : null,
    };
  });
}

export function evaluationView(e: PartnershipEvaluatedV1): PartnershipEvaluationDto {
  return {
    agreementId: e.agreementId,
    partnerKey: e.partnerKey,
    criteria: e.criteria.map((c) => ({ ...c })),
    overallScore: e.overallScore,
    assessor: { ...e.assessor },
    evidence: [...e.evidence],
    evaluatedAt: e.evaluatedAt,
  };
}

/** The partner as the rounds match "served before" (partnerKey): its tenant, or an outside body's licence. */
export function agreementPartnerKey(agreement: AgreementState): string {
  const partner = agreement.drafted!.partner;
  return partner.kind === 'tenant' ? `tenant:${partner.tenantId}` : `licence:${partner.licenceNumber}`;
}
