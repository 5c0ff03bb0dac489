import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { partnerRequestNotFound } from '@athar/domain-partner-allocation';
import { PartnerRequestReader } from '../read/partner-request-reader';
import { stageOf } from '../partner-request-stream';
import type { PartnerRequestDto } from '../partner-request.dto';
import { GetPartnerRequestQuery } from './get-partner-request.query';

/**
 * Read from the allocating association's stream (the contact is sealed there, not in the read model).
 * The stream id carries the caller's tenant: another association's request answers like a missing one.
 */
@QueryHandler(GetPartnerRequestQuery)
export class GetPartnerRequestHandler implements IQueryHandler<GetPartnerRequestQuery, PartnerRequestDto> {
  constructor(private readonly reader: PartnerRequestReader) {}

  async execute({ principal, partnerRequestId }: GetPartnerRequestQuery): Promise<PartnerRequestDto> {
    const snapshot = await this.reader.snapshot(principal.tenantId, partnerRequestId);
    const request = snapshot?.state.request;
    if (!snapshot || !request) throw partnerRequestNotFound();
    const { state, revision } = snapshot;
    return {
      partnerRequestId: request.partnerRequestId,
      stage: stageOf(state),
      partner: { kind: request.partner.kind, tenantId: request.partner.kind === 'tenant' ? request.partner.tenantId : null, name: request.partner.name },
      serviceId: request.serviceId,
      expectedBeneficiaries: request.expectedBeneficiaries,
      objectives: request.objectives,
      region: request.region,
      licenceNumber: request.licenceNumber,
      scopeOfWork: request.scopeOfWork,
      contact: { name: request.contact.name, mobile: request.contact.mobile, email: request.contact.email },
      submittedFrom: request.submittedBy.tenantId === principal.tenantId ? 'staff' : 'partner',
      submittedAt: request.submittedAt,
      studyDeadline: request.studyDeadline,
      remindersSent: state.remindedPercents,
      study: state.study
        ? {
            factors: state.study.factors.map((f) => ({ ...f, evidence: [...f.evidence] })),
            total: state.study.total,
            maxTotal: state.study.maxTotal,
            assessedBy: state.study.assessedBy,
            completedAt: state.study.completedAt,
            late: state.study.late,
          }
        : null,
      revision,
    };
  }
}
