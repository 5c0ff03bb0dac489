import { Query } from '@nestjs/cqrs';
import type { Principal } from '@athar/identity';
import type { CaseViewDto } from '@athar/service-kit';

/** Intake's view of a draft of the caller's tenant (and, for an applicant, of their own account); null when there is no such draft. */
export class DraftStatusQuery extends Query<CaseViewDto | null> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
  ) {
    super();
  }
}
