import { randomInt, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ApplicantAccounts } from '@athar/identity';
import type { Notifier } from '@athar/notifier';
import { requestContext } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { PersonKeys } from '../../applications/submit-application/person-keys';
import { NOTIFIER } from '../../notifications/acknowledge-applicant.reactor';
import {
  APPLICANT_ACCOUNTS,
  requireAccounts,
  SIGN_IN_CODE_TTL_SECONDS,
  SIGN_IN_CODES,
  signInCodeHash,
  signInMobile,
  SignInLimits,
} from '../applicant-sign-in';
import type { SignInCodeSent } from '../sign-in.dto';
import type { SignInCodeStore } from '../sign-in-codes.store';
import { RequestSignInCodeCommand } from './request-sign-in-code.command';

/** The answer to every request, whether or not the mobile has cases here: nothing is learnt from it. */
const SENT = {
  ar: 'إذا كان رقم الجوال صحيحًا فستصله رسالة برمز دخول من 6 أرقام، صالح 5 دقائق.',
  en: 'If the mobile number is right, it will receive a 6-digit sign-in code by SMS, valid for 5 minutes.',
};

/**
 * Applicant sign-in, first step (docs/adr/0034): within the per-address and per-mobile limits, a fresh
 * 6-digit code (kept as a keyed hash, replacing any earlier one) goes by SMS through the outbox. Any
 * valid Saudi mobile gets a code and the same answer: whether it has cases is not told.
 */
@CommandHandler(RequestSignInCodeCommand)
export class RequestSignInCodeHandler implements ICommandHandler<RequestSignInCodeCommand, SignInCodeSent> {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly keys: PersonKeys,
    private readonly limits: SignInLimits,
    @Inject(SIGN_IN_CODES) private readonly codes: SignInCodeStore,
    @Inject(APPLICANT_ACCOUNTS) private readonly accounts: ApplicantAccounts | null,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  async execute({ tenantId, mobile: raw, address }: RequestSignInCodeCommand): Promise<SignInCodeSent> {
    requireAccounts(this.accounts);
    await this.limits.checkAddress(tenantId, address, 'code');
    const mobile = signInMobile(raw);
    const mobileKey = this.keys.mobile(mobile);
    await this.limits.checkMobile(tenantId, mobileKey);
    const policy = this.tenants.get(tenantId);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = await this.codes.issue(tenantId, mobileKey, signInCodeHash(this.keys, tenantId, mobileKey, code), SIGN_IN_CODE_TTL_SECONDS);
    await this.notifier.send({
      tenantId,
      // sealed in the outbox with the key of this mobile's sign-ins (erased with the subject)
      dataKeyId: `sign-in:${mobileKey}`,
      channel: 'sms',
      to: mobile,
      subject: { ar: 'رمز الدخول', en: 'Sign-in code' },
      body: {
        ar: `رمز دخولك إلى ${policy.name.ar}: ${code}. صالح 5 دقائق، لا تشاركه مع أحد.`,
        en: `Your ${policy.name.en} sign-in code: ${code}. Valid for 5 minutes; do not share it.`,
      },
      correlationId: requestContext.current()?.correlationId ?? randomUUID(),
      idempotencyKey: `sign-in-code:${randomUUID()}`,
    });
    return { expiresAt: expiresAt.toISOString(), message: SENT };
  }
}
