import type { SubmitApplicationDto } from '../submit-application/submit-application.dto';
import type { Client, Consent } from './public-link-pending';

/** The link's first step: a request, checked and kept sealed while a one-time code goes to its mobile (docs/adr/0024). */
export class ApplyThroughPublicLinkCommand {
  constructor(
    readonly tenantId: string,
    readonly request: SubmitApplicationDto,
    readonly consent: Consent,
    readonly client: Client,
    /** A solved proof-of-work stamp, when the tenant's link asks for one. */
    readonly stamp?: string,
  ) {}
}
