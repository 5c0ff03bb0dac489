/** An applicant sends back the code their mobile received, for tokens (docs/adr/0034). */
export class VerifySignInCodeCommand {
  constructor(
    readonly tenantId: string,
    readonly mobile: string,
    readonly code: string,
    readonly address: string | null,
  ) {}
}
