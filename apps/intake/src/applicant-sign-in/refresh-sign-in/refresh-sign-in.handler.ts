import { Inject, UnauthorizedException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decodeJwt } from 'jose';
import { RefreshRefusedError, type ApplicantAccounts, type ApplicantTokens } from '@athar/identity';
import { APPLICANT_ACCOUNTS, requireAccounts } from '../applicant-sign-in';
import { RefreshSignInCommand } from './refresh-sign-in.command';

const refused = () =>
  new UnauthorizedException({
    code: 'refresh-refused',
    message: { ar: 'انتهت الجلسة، سجّل الدخول من جديد برمز الجوال', en: 'The session has ended; sign in again with a mobile code' },
  });

/**
 * The applicant's refresh token was issued to intake's confidential client, so only intake can redeem
 * it: Keycloak checks it (single use: a second use is refused, and ends the session) and answers the
 * next pair. A refresh token of another tenant's applicant is refused on this tenant's path.
 */
@CommandHandler(RefreshSignInCommand)
export class RefreshSignInHandler implements ICommandHandler<RefreshSignInCommand, ApplicantTokens> {
  constructor(@Inject(APPLICANT_ACCOUNTS) private readonly accounts: ApplicantAccounts | null) {}

  async execute({ tenantId, refreshToken }: RefreshSignInCommand): Promise<ApplicantTokens> {
    const accounts = requireAccounts(this.accounts);
    let tokens: ApplicantTokens;
    try {
      tokens = await accounts.refresh(refreshToken);
    } catch (error) {
      if (error instanceof RefreshRefusedError) throw refused();
      throw error;
    }
    // straight from Keycloak over its token endpoint: read, not verified again (the API's guards verify it)
    if (decodeJwt(tokens.accessToken).tenant_id !== tenantId) throw refused();
    return tokens;
  }
}
