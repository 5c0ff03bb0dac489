import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../application-state';
import { serviceChecklist } from '../requirements';
import { GetApplicationQuery } from './get-application.query';

/** Reads the application from its stream (the freshest answer, with the revision to send back as If-Match). */
@QueryHandler(GetApplicationQuery)
export class GetApplicationHandler implements IQueryHandler<GetApplicationQuery> {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute({ principal, caseId }: GetApplicationQuery) {
    const { state, revision, erasedAt } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (state.status === 'none') return null;
    return {
      revision,
      application: {
        caseId,
        caseNumber: state.draft?.caseNumber ?? state.submitted?.caseNumber ?? null,
        status: state.status,
        applicant: state.submitted?.applicant ?? state.draft?.applicant ?? null,
        personalDataErasedAt: erasedAt,
        documents: state.documents,
        servedBeforeElsewhere: state.draft?.servedBeforeElsewhere ?? state.submitted?.servedBeforeElsewhere ?? false,
        checklist:
          state.status === 'draft' && state.draft
            ? serviceChecklist(this.tenants.get(principal.tenantId), state.draft.serviceId, state.draft.applicant, state.documents)
            : [],
      },
    };
  }
}
