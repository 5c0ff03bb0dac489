import type { Principal } from '@athar/identity';
import type { SubmitApplicationDto } from './submit-application.dto';

export class SubmitApplicationCommand {
  constructor(
    readonly principal: Principal,
    readonly request: SubmitApplicationDto,
    /** For electronic requests, what the declaration keeps in place of a witness. */
    readonly client: { userAgent: string | null; ip: string | null },
    /** Through the public link only: the programme terms version the applicant accepted (Tuwaiq 5-7). */
    readonly termsConsent?: { accepted: boolean; termsVersion: number },
    /** The case id drawn beforehand (a public-link request sealed under its key while it waited for confirmation); else a new one. */
    readonly caseId?: string,
  ) {}
}
