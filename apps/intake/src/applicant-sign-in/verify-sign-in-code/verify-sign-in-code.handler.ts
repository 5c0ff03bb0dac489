import { ForbiddenException, GoneException, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@athar/contracts';
import { normalizeDigits } from '@athar/domain-intake';
import { ApplicantAccountDisabledError, type ApplicantAccounts, type ApplicantTokens } from '@athar/identity';
import { PersonKeys } from '../../applications/submit-application/person-keys';
import {
  APPLICANT_ACCOUNTS,
  applicantSubject,
  MAX_SIGN_IN_ATTEMPTS,
  requireAccounts,
  SIGN_IN_CODES,
  signInCodeHash,
  signInMobile,
  SignInLimits,
} from '../applicant-sign-in';
import type { SignInCodeStore } from '../sign-in-codes.store';
import { VerifySignInCodeCommand } from './verify-sign-in-code.command';

const refusal = (code: string, ar: string, en: string) => ({ code, message: { ar, en } });

/**
 * Applicant sign-in, second step (docs/adr/0034): the code is tried against the tenant's live code for
 * that mobile (five wrong tries lock it: 423, even for the right code; expired: 410; spent or never
 * asked for: 422); the right code ensures the applicant account of (tenant, `public:<mobile key>`) in
 * Keycloak and answers its tokens. The subject is the one public-link cases of that mobile are owned by.
 */
@CommandHandler(VerifySignInCodeCommand)
export class VerifySignInCodeHandler implements ICommandHandler<VerifySignInCodeCommand, ApplicantTokens> {
  constructor(
    private readonly keys: PersonKeys,
    private readonly limits: SignInLimits,
    @Inject(SIGN_IN_CODES) private readonly codes: SignInCodeStore,
    @Inject(APPLICANT_ACCOUNTS) private readonly accounts: ApplicantAccounts | null,
  ) {}

  async execute({ tenantId, mobile: raw, code: rawCode, address }: VerifySignInCodeCommand): Promise<ApplicantTokens> {
    const accounts = requireAccounts(this.accounts);
    await this.limits.checkAddress(tenantId, address, 'verify');
    const mobileKey = this.keys.mobile(signInMobile(raw));
    const code = normalizeDigits(rawCode);
    const attempt = await this.codes.attempt(tenantId, mobileKey, signInCodeHash(this.keys, tenantId, mobileKey, code), MAX_SIGN_IN_ATTEMPTS);
    switch (attempt.outcome) {
      case 'unknown':
        throw new DomainError('sign-in-code-unknown', 'invalid', { ar: 'لا يوجد رمز دخول صالح لهذا الرقم', en: 'No sign-in code awaits this mobile' }, [
          { field: 'code', reasons: [{ ar: 'اطلب رمزًا جديدًا', en: 'ask for a new code' }] },
        ]);
      case 'expired':
        throw new GoneException(refusal('sign-in-code-expired', 'انتهت صلاحية الرمز، اطلب رمزًا جديدًا', 'The code has expired; ask for a new one'));
      case 'locked':
        throw new HttpException(
          refusal('sign-in-code-locked', 'أُدخل رمز خاطئ مرات كثيرة، اطلب رمزًا جديدًا', 'Too many wrong codes; ask for a new one'),
          HttpStatus.LOCKED,
        );
      case 'wrong':
        throw new DomainError('sign-in-code-wrong', 'invalid', { ar: 'رمز الدخول غير صحيح', en: 'The sign-in code is wrong' }, [
          { field: 'code', reasons: [{ ar: `رمز غير صحيح، بقيت ${attempt.attemptsLeft} محاولات`, en: `wrong code; ${attempt.attemptsLeft} attempts left` }] },
        ]);
      case 'confirmed':
        break;
    }
    try {
      return await accounts.signIn(tenantId, applicantSubject(mobileKey));
    } catch (error) {
      if (error instanceof ApplicantAccountDisabledError) {
        throw new ForbiddenException(refusal('applicant-account-disabled', 'أوقف هذا الحساب، راجع الجمعية', 'This account was disabled; contact the association'));
      }
      throw error;
    }
  }
}
