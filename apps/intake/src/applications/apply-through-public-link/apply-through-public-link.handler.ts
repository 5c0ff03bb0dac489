import { randomInt, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkSubmission } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import type { Notifier } from '@athar/notifier';
import { PersonalDataProtector } from '@athar/personal-data';
import { requestContext } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { NOTIFIER } from '../../notifications/acknowledge-applicant.reactor';
import { PersonKeys } from '../submit-application/person-keys';
import { SubmitApplicationCommand } from '../submit-application/submit-application.command';
import { submissionRequest, submissionTerms } from '../submit-application/submission';
import { ApplyThroughPublicLinkCommand } from './apply-through-public-link.command';
import { PUBLIC_LINK_CHALLENGE, type PublicLinkChallenge } from './challenge';
import { PUBLIC_LINK_STORE, PublicLinkLimits } from './public-link-limits';
import type { PublicLinkStore } from './public-link.store';
import { CODE_TTL_MS, confirmationCodeHash, type PendingConfirmation, type PendingContent } from './public-link-pending';

/**
 * Applying through the link (Tuwaiq 5-2, 5-7; docs/adr/0024), first step: the request is checked as a
 * submission would be, counted against the per-address and per-mobile limits, kept sealed with the
 * future case's key, and a one-time code goes to the mobile given. Nothing is recorded as a fact yet:
 * the case exists once the code comes back (ConfirmPublicApplicationHandler).
 */
@CommandHandler(ApplyThroughPublicLinkCommand)
export class ApplyThroughPublicLinkHandler implements ICommandHandler<ApplyThroughPublicLinkCommand, PendingConfirmation> {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly keys: PersonKeys,
    private readonly limits: PublicLinkLimits,
    private readonly protector: PersonalDataProtector,
    @Inject(PUBLIC_LINK_STORE) private readonly store: PublicLinkStore,
    @Inject(PUBLIC_LINK_CHALLENGE) private readonly challenge: PublicLinkChallenge,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  async execute({ tenantId, request, consent, client, stamp }: ApplyThroughPublicLinkCommand): Promise<PendingConfirmation> {
    await this.challenge.verify(tenantId, stamp);
    await this.limits.checkAddress(tenantId, client.ip ?? undefined);
    const policy = this.tenants.get(tenantId);
    const now = new Date();
    const caseId = randomUUID();
    const anonymous: Principal = { userId: 'public-link', tenantId, roles: ['applicant'] };
    // The submission's own checks, before any code is sent: a request that would be refused costs no SMS.
    const asSubmitted = new SubmitApplicationCommand(anonymous, request, client, consent, caseId);
    const { applicant } = checkSubmission(submissionRequest(asSubmitted, caseId), submissionTerms(policy), now);
    const mobileKey = this.keys.mobile(applicant.mobile);
    await this.limits.checkMobile(tenantId, mobileKey);

    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
    const content: PendingContent = { caseId, request, consent, client };
    const sealed = await this.protector.seal(tenantId, 'PublicLinkPendingRequest', content);
    await this.store.savePending({ id, tenantId, caseId, mobileKey, codeHash: confirmationCodeHash(this.keys, id, code), expiresAt, sealed });
    await this.notifier.send({
      tenantId,
      caseId,
      channel: 'sms',
      to: applicant.mobile,
      subject: { ar: 'رمز التأكيد', en: 'Confirmation code' },
      body: {
        ar: `رمز تأكيد طلبك لدى ${policy.name.ar}: ${code}. صالح 10 دقائق، لا تشاركه مع أحد.`,
        en: `Your ${policy.name.en} confirmation code: ${code}. Valid for 10 minutes; do not share it.`,
      },
      correlationId: requestContext.current()?.correlationId ?? randomUUID(),
      idempotencyKey: `public-link-code:${id}`,
    });
    return {
      confirmationId: id,
      expiresAt: expiresAt.toISOString(),
      message: {
        ar: 'أرسلنا رمز تأكيد من 6 أرقام إلى رقم الجوال الذي أدخلته، أرسله خلال 10 دقائق لإكمال الطلب.',
        en: 'We sent a 6-digit confirmation code to the mobile number you gave; send it within 10 minutes to complete the request.',
      },
    };
  }
}
