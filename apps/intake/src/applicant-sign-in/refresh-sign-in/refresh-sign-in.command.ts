/** An applicant trades their (single-use) refresh token for the next access token (docs/adr/0034). */
export class RefreshSignInCommand {
  constructor(
    readonly tenantId: string,
    readonly refreshToken: string,
  ) {}
}
