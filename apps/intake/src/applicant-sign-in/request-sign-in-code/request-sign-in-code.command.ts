/** An applicant asks for a one-time sign-in code by SMS to their mobile (docs/adr/0034). */
export class RequestSignInCodeCommand {
  constructor(
    readonly tenantId: string,
    readonly mobile: string,
    /** The client address (request.ip) the per-address limit counts. */
    readonly address: string | null,
  ) {}
}
