import { randomUUID } from 'node:crypto';
import { GoneException, HttpException, HttpStatus, Inject, NotFoundException } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@athar/contracts';
import { normalizeDigits, normalizeNationalId } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { PersonalDataProtector } from '@athar/personal-data';
import { requestContext } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ApplicantMessenger } from '../../notifications/applicant-messenger';
import { CaseRegistration } from '../submit-application/case-registration';
import { PersonKeys } from '../submit-application/person-keys';
import { SubmitApplicationCommand } from '../submit-application/submit-application.command';
import type { ApplicationReceiptDto, SubmitApplicationDto } from '../submit-application/submit-application.dto';
import { ConfirmPublicApplicationCommand } from './confirm-public-application.command';
import { PUBLIC_LINK_STORE } from './public-link-limits';
import type { PublicLinkStore } from './public-link.store';
import { PublicLinkReturns } from './public-link-returns';
import { confirmationCodeHash, MAX_CODE_ATTEMPTS, RECEIVED, type PendingContent, type PublicReceipt } from './public-link-pending';

const refusal = (code: string, ar: string, en: string) => ({ code, message: { ar, en } });

/**
 * Applying through the link, second step (docs/adr/0024): the code confirms the mobile, and the sealed
 * request becomes a case through the submission use case (SubmitApplicationCommand: the case number,
 * the open request, the application, each stream through the one command path), owned by the subject
 * bound to that mobile (`public:<keyed hash>`). Every outcome answers the same RECEIVED.
 */
@CommandHandler(ConfirmPublicApplicationCommand)
export class ConfirmPublicApplicationHandler implements ICommandHandler<ConfirmPublicApplicationCommand, PublicReceipt> {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly keys: PersonKeys,
    private readonly protector: PersonalDataProtector,
    private readonly commands: CommandBus,
    private readonly registration: CaseRegistration,
    private readonly messenger: ApplicantMessenger,
    @Inject(PUBLIC_LINK_STORE) private readonly store: PublicLinkStore,
    private readonly returns: PublicLinkReturns,
  ) {}

  async execute({ tenantId, confirmationId, code: rawCode }: ConfirmPublicApplicationCommand): Promise<PublicReceipt> {
    const code = normalizeDigits(rawCode);
    const attempt = await this.store.attempt(tenantId, confirmationId, confirmationCodeHash(this.keys, confirmationId, code), MAX_CODE_ATTEMPTS);
    switch (attempt.outcome) {
      case 'unknown':
        throw new NotFoundException(
          refusal('confirmation-not-found', 'لا يوجد طلب بانتظار التأكيد بهذا المعرّف', 'No request awaits confirmation under this id'),
        );
      case 'expired':
        throw new GoneException(refusal('confirmation-expired', 'انتهت صلاحية الرمز، قدّم الطلب من جديد', 'The code has expired; submit the request again'));
      case 'locked':
        throw new HttpException(
          refusal('confirmation-locked', 'أُدخل رمز خاطئ مرات كثيرة، قدّم الطلب من جديد', 'Too many wrong codes; submit the request again'),
          HttpStatus.LOCKED,
        );
      case 'wrong':
        throw new DomainError('confirmation-code-wrong', 'invalid', { ar: 'رمز التأكيد غير صحيح', en: 'The confirmation code is wrong' }, [
          { field: 'code', reasons: [{ ar: `رمز غير صحيح، بقيت ${attempt.attemptsLeft} محاولات`, en: `wrong code; ${attempt.attemptsLeft} attempts left` }] },
        ]);
      case 'confirmed':
        break;
    }
    const [opened] = await this.protector.open([{ tenantId, type: 'PublicLinkPendingRequest', data: attempt.sealed }]);
    const { caseId, request, consent, client } = opened.data as PendingContent;
    // Each public applicant is their own subject, bound to the mobile they confirmed (maySeeCase keeps them apart).
    const applicant: Principal = { userId: `public:${attempt.mobileKey}`, tenantId, roles: ['applicant'] };
    let receipt: ApplicationReceiptDto;
    try {
      receipt = await this.commands.execute(new SubmitApplicationCommand(applicant, request, client, consent, caseId));
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'duplicate-open-request')) throw error;
      await this.tellRegisteredMobile(tenantId, request, confirmationId);
      return RECEIVED;
    }
    // A draft gets no acknowledgement from the submission reactor: what is missing and the way back go to the confirmed mobile (docs/adr/0026).
    if (receipt.status === 'draft') await this.returns.draftOpened(tenantId, receipt.caseId, receipt.caseNumber, attempt.mobileKey, receipt.checklist);
    return RECEIVED;
  }

  /** The person whose ID was used is told, on the mobile of their open case, that someone tried again and which case is open. */
  private async tellRegisteredMobile(tenantId: string, request: SubmitApplicationDto, confirmationId: string): Promise<void> {
    // The open request as the registration folds it (docs/adr/0008), not a stream read of its own.
    const open = await this.registration.openRequest(this.registration.registrant(tenantId, normalizeNationalId(request.applicant.nationalId), request.serviceId));
    if (!open) return;
    const policy = this.tenants.get(tenantId);
    await this.messenger.tellCase(
      tenantId,
      open.caseId,
      { correlationId: requestContext.current()?.correlationId ?? randomUUID(), idempotencyKey: `second-request-attempt:${confirmationId}` },
      'second-request-attempt',
      (caseNumber) => ({
        subject: { ar: `محاولة طلب ثانٍ بهويتك`, en: 'A second request with your ID' },
        body: {
          ar: `حاول أحدهم تقديم طلب جديد بهويتك عبر رابط ${policy.name.ar}، ولديك طلب مفتوح رقم ${caseNumber} فلم يُسجَّل طلب ثانٍ. إن لم تكن أنت فتواصل مع الجمعية.`,
          en: `Someone tried to open a second request with your ID through the ${policy.name.en} link. Your open request is ${caseNumber}, so no second one was registered. If it was not you, contact the association.`,
        },
      }),
    );
  }
}
