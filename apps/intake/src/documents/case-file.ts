import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { streamId, type BeneficiaryDataErasedV1, type DocumentAttachedV1 } from '@athar/contracts';
import { evolveApplication, initialApplicationState, type ApplicationState, type ApplicationStreamEvent } from '@athar/domain-intake';
import { maySeeCase, type Principal } from '@athar/identity';
import { EventWriter, type Aggregate } from '@athar/service-kit';

/** A case's application stream. */
export const applicationStream = (tenantId: string, caseId: string): string => streamId('intake', 'application', tenantId, caseId);

/**
 * A case's application stream as its documents, its erasure and its read log need it: the application's
 * state, who opened it (an applicant sees only their own case), the documents attached, the applicant's
 * mobiles (to find their inquiries when erasing them) and the erasure, once recorded.
 */
export interface CaseFile {
  application: ApplicationState;
  openedBy: { role: string; id: string } | null;
  documents: DocumentAttachedV1[];
  mobiles: string[];
  erased: BeneficiaryDataErasedV1 | null;
}

export const caseFileAggregate: Aggregate<CaseFile, ApplicationStreamEvent['type']> = {
  initialState: { application: initialApplicationState, openedBy: null, documents: [], mobiles: [], erased: null },
  evolve: (state, event) => {
    const mobile = (event.data as { applicant?: { mobile?: unknown } }).applicant?.mobile;
    return {
      application: evolveApplication(state.application, event),
      openedBy: state.openedBy ?? { role: event.actor.role, id: event.actor.id },
      documents: event.type === 'DocumentAttached' ? [...state.documents, event.data] : state.documents,
      mobiles: typeof mobile === 'string' ? [...state.mobiles, mobile] : state.mobiles,
      erased: event.type === 'BeneficiaryDataErased' ? event.data : state.erased,
    };
  },
};

/** Whether the case exists for this caller: an applicant and someone else's case read as no case at all. */
export function caseVisible(file: CaseFile, viewer?: Principal): boolean {
  if (file.application.status === 'none') return false;
  return !viewer || !file.openedBy || maySeeCase(viewer, file.openedBy.role === 'applicant' ? file.openedBy.id : null);
}

/** A case's file, folded from its stream (documents and mobiles decrypted; none once erased). */
export class CaseFileQuery {
  constructor(
    readonly tenantId: string,
    readonly caseId: string,
  ) {}
}

@QueryHandler(CaseFileQuery)
export class CaseFileQueryHandler implements IQueryHandler<CaseFileQuery, CaseFile> {
  constructor(private readonly writer: EventWriter) {}

  async execute({ tenantId, caseId }: CaseFileQuery): Promise<CaseFile> {
    const { history } = await this.writer.load<ApplicationStreamEvent['type']>(applicationStream(tenantId, caseId));
    return history.reduce(caseFileAggregate.evolve, caseFileAggregate.initialState);
  }
}
