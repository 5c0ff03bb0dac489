import { Query } from '@nestjs/cqrs';
import type { ApplicantRecord, DocumentType } from '@athar/contracts';
import type { ChecklistItem } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';

/** One application as intake holds it now, as the caller may see it. */
export interface ApplicationView {
  caseId: string;
  caseNumber: string | null;
  status: 'draft' | 'submitted';
  applicant: ApplicantRecord | null;
  personalDataErasedAt: string | null;
  documents: DocumentType[];
  servedBeforeElsewhere: boolean;
  checklist: ChecklistItem[];
}

/** The application and the revision it was read at (the ETag for If-Match); null when the caller may not see it or there is none. */
export class GetApplicationQuery extends Query<{ application: ApplicationView; revision: number | 'no_stream' } | null> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
