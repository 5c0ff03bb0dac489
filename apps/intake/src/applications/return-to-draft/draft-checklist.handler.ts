import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ChecklistItem } from '@athar/domain-intake';
import { EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../application-state';
import { serviceChecklist } from '../requirements';
import { DraftChecklistQuery } from './draft-checklist.query';

/** The draft's checklist from its stream (just after an upload: the read model may not have the document yet). */
@QueryHandler(DraftChecklistQuery)
export class DraftChecklistHandler implements IQueryHandler<DraftChecklistQuery> {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId }: DraftChecklistQuery): Promise<ChecklistItem[] | null> {
    const { state } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (!state.draft) return null;
    return serviceChecklist(this.tenants.get(principal.tenantId), state.draft.serviceId, state.draft.applicant, state.documents);
  }
}
