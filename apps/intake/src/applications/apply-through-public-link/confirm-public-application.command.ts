/** The link's second step: the code sent to the mobile, which turns the sealed request into a case (docs/adr/0024). */
export class ConfirmPublicApplicationCommand {
  constructor(
    readonly tenantId: string,
    readonly confirmationId: string,
    /** As typed: Arabic-Indic digits are accepted. */
    readonly code: string,
  ) {}
}
