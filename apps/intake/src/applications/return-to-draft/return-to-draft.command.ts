import type { DeclarationDto } from '../submit-application/submit-application.dto';
import type { ReturningApplicant } from '../apply-through-public-link/public-link-returns';

/** Submitting the draft a return code opened (docs/adr/0026): as its owner, and the code is spent once it is submitted. */
export class SubmitReturningDraftCommand {
  constructor(
    readonly returning: Pick<ReturningApplicant, 'principal' | 'caseId' | 'caseNumber'>,
    readonly declaration: DeclarationDto | undefined,
    readonly client: { userAgent: string | null; ip: string | null },
  ) {}
}
