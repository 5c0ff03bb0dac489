import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { DomainError } from '@athar/contracts';
import { normalizeSaudiMobile, Problems } from '@athar/domain-intake';
import { ApplicantAccounts, ServiceAccountAdmin, serviceAccountFromEnv } from '@athar/identity';
import type { RequestLimit } from '@athar/tenancy';
import { PUBLIC_LINK_STORE, PublicLinkLimitExceeded, PublicLinkLimits } from '../applications/apply-through-public-link/public-link-limits';
import type { PublicLinkStore } from '../applications/apply-through-public-link/public-link.store';
import { PersonKeys } from '../applications/submit-application/person-keys';

/** Applicant accounts in Keycloak through intake's own client, or null when no client secret is configured. */
export const APPLICANT_ACCOUNTS = Symbol('APPLICANT_ACCOUNTS');
/** The one-time sign-in codes (SignInCodeStore). */
export const SIGN_IN_CODES = Symbol('SIGN_IN_CODES');

/** A sign-in code lasts five minutes and five tries (docs/adr/0034). */
export const SIGN_IN_CODE_TTL_SECONDS = 5 * 60;
export const MAX_SIGN_IN_ATTEMPTS = 5;

export function applicantAccountsFromEnv(env: NodeJS.ProcessEnv = process.env): ApplicantAccounts | null {
  const account = serviceAccountFromEnv(env);
  return account ? new ApplicantAccounts(new ServiceAccountAdmin(account)) : null;
}

/** Without Keycloak (no ATHAR_KEYCLOAK_CLIENT_SECRET) there is no one to issue the tokens: 503, before any code is sent. */
export function requireAccounts(accounts: ApplicantAccounts | null): ApplicantAccounts {
  if (!accounts) {
    throw new ServiceUnavailableException({
      code: 'identity-provider-not-configured',
      message: { ar: 'تسجيل الدخول برمز الجوال غير مهيأ في هذه البيئة', en: 'Sign-in by mobile code is not configured here (ATHAR_KEYCLOAK_CLIENT_SECRET)' },
    });
  }
  return accounts;
}

/** The mobile as E.164, or a 422 naming the field in Arabic and English. */
export function signInMobile(raw: string): string {
  const problems = new Problems();
  const mobile = normalizeSaudiMobile(raw, 'mobile', problems);
  if (!mobile) throw new DomainError('invalid-mobile', 'invalid', { ar: 'رقم الجوال غير صحيح', en: 'The mobile number is not valid' }, problems.list);
  return mobile;
}

/** The keyed hash a sign-in code is kept as: bound to its tenant and mobile. */
export const signInCodeHash = (keys: PersonKeys, tenantId: string, mobileKey: string, code: string): string =>
  keys.tag('sign-in-code', `${tenantId}:${mobileKey}:${code}`);

/** The subject public-link cases of this mobile are owned by (docs/adr/0024): the applicant signs in as it. */
export const applicantSubject = (mobileKey: string): string => `public:${mobileKey}`;

const REASONS = {
  address: {
    ar: (minutes: number) => `طلبات دخول كثيرة من هذا العنوان، أعد المحاولة بعد ${minutes} دقيقة`,
    en: (minutes: number) => `Too many sign-in requests from this address; retry in ${minutes} min`,
  },
  mobile: {
    ar: (minutes: number) => `أُرسلت رموز دخول كثيرة إلى رقم الجوال هذا، أعد المحاولة بعد ${minutes} دقيقة`,
    en: (minutes: number) => `Too many sign-in codes were sent to this mobile number; retry in ${minutes} min`,
  },
};

/**
 * Sign-in's abuse limits: the public link's (docs/adr/0024: same counters in PostgreSQL, same
 * per-tenant settings, ATHAR_PUBLIC_LIMIT_PER_ADDRESS and ATHAR_PUBLIC_LIMIT_PER_MOBILE) counted in
 * windows of their own, so signing in does not eat the budget for applying. 429 with Retry-After.
 */
@Injectable()
export class SignInLimits {
  constructor(
    @Inject(PUBLIC_LINK_STORE) private readonly store: PublicLinkStore,
    private readonly limits: PublicLinkLimits,
    private readonly keys: PersonKeys,
  ) {}

  checkAddress(tenantId: string, address: string | null, step: 'code' | 'verify'): Promise<void> {
    const key = `sign-in-${step}-address:${tenantId}:${this.keys.tag('client-address', address ?? 'unknown')}`;
    return this.check('address', key, this.limits.limitsFor(tenantId).perAddress);
  }

  checkMobile(tenantId: string, mobileKey: string): Promise<void> {
    return this.check('mobile', `sign-in-mobile:${tenantId}:${mobileKey}`, this.limits.limitsFor(tenantId).perMobile);
  }

  private async check(kind: keyof typeof REASONS, key: string, limit: RequestLimit): Promise<void> {
    const { hits, secondsLeft } = await this.store.hit(key, limit);
    if (hits <= limit.max) return;
    const minutes = Math.ceil(secondsLeft / 60);
    throw new PublicLinkLimitExceeded(secondsLeft, { code: `sign-in-limit-${kind}`, message: { ar: REASONS[kind].ar(minutes), en: REASONS[kind].en(minutes) } });
  }
}

