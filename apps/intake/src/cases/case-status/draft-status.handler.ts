import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EventWriter, type CaseViewDto } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../../applications/application-state';
import { serviceChecklist } from '../../applications/requirements';
import { DraftStatusQuery } from './draft-status.query';

/** A draft has not left intake: it lives only in its application stream, read here with its checklist. */
@QueryHandler(DraftStatusQuery)
export class DraftStatusHandler implements IQueryHandler<DraftStatusQuery> {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId }: DraftStatusQuery): Promise<CaseViewDto | null> {
    const { state, updatedAt } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (state.status !== 'draft' || !state.draft) return null;
    const draft = state.draft;
    return {
      caseId,
      stage: 'draft',
      details: {
        caseNumber: draft.caseNumber,
        serviceId: draft.serviceId,
        channel: draft.channel,
        createdAt: draft.draftedAt,
        checklist: serviceChecklist(this.tenants.get(principal.tenantId), draft.serviceId, draft.applicant, state.documents),
      },
      updatedAt: updatedAt ?? draft.draftedAt,
    };
  }
}
