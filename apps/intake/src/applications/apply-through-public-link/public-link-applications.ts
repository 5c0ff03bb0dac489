import { randomInt, randomUUID } from 'node:crypto';
import { GoneException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { DomainError, streamId, type Bilingual } from '@athar/contracts';
import { checkSubmission, normalizeDigits, validateApplicant } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import type { Notifier } from '@athar/notifier';
import { PersonalDataProtector } from '@athar/personal-data';
import { EventWriter, requestContext } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { NOTIFIER } from '../../notifications/acknowledge-applicant.reactor';
import { ApplicantMessenger } from '../../notifications/applicant-messenger';
import { PersonKeys } from '../submit-application/person-keys';
import { SubmitApplicationCommand } from '../submit-application/submit-application.command';
import type { ApplicationReceiptDto, SubmitApplicationDto } from '../submit-application/submit-application.dto';
import { submissionRequest, submissionTerms } from '../submit-application/submission';
import { PUBLIC_LINK_CHALLENGE, type PublicLinkChallenge } from './challenge';
import { PUBLIC_LINK_STORE, PublicLinkLimits } from './public-link-limits';
import type { PublicLinkStore } from './public-link.store';
import { PublicLinkReturns } from './public-link-returns';

/** A code is good for ten minutes and five tries (docs/adr/0024). */
export const CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;

type Consent = { accepted: boolean; termsVersion: number };
type Client = { userAgent: string | null; ip: string | null };

/** What waits, sealed with the future case's key, until the mobile is confirmed. */
interface PendingContent {
  caseId: string;
  request: SubmitApplicationDto;
  consent: Consent;
  client: Client;
}

export interface PendingConfirmation {
  confirmationId: string;
  expiresAt: string;
  message: Bilingual;
}

export interface PublicReceipt {
  status: 'received';
  message: Bilingual;
}

/**
 * The answer to every confirmed request, whatever became of it: a new case, a draft, or a request
 * refused because the person already has an open one. The public caller learns nothing about whether
 * an ID is known here; the case number reaches the confirmed mobile by SMS (and the registered mobile is
 * told of the attempt). Finding: an anonymous submission answered 409 quoting the open case's number.
 */
export const RECEIVED: PublicReceipt = {
  status: 'received',
  message: {
    ar: 'استلمنا طلبك، وستصلك رسالة نصية على رقم الجوال الذي أكدته برقم الطلب وما يليه.',
    en: 'We received your request. A text message to the mobile you confirmed will tell you its number and what comes next.',
  },
};

const refusal = (code: string, ar: string, en: string) => ({ code, message: { ar, en } });

/**
 * The public link's two steps (Tuwaiq 5-2, 5-7; docs/adr/0024). Asking checks the request as a
 * submission would, counts it against the per-address and per-mobile limits, keeps it sealed and sends
 * a one-time code to the mobile given; confirming with the code turns it into a case through the same
 * submission use case, owned by the subject bound to that mobile (`public:<keyed hash>`).
 */
@Injectable()
export class PublicLinkApplications {
  constructor(
    private readonly tenants: TenantRegistry,
    private readonly keys: PersonKeys,
    private readonly limits: PublicLinkLimits,
    private readonly protector: PersonalDataProtector,
    private readonly commands: CommandBus,
    private readonly writer: EventWriter,
    private readonly messenger: ApplicantMessenger,
    @Inject(PUBLIC_LINK_STORE) private readonly store: PublicLinkStore,
    @Inject(PUBLIC_LINK_CHALLENGE) private readonly challenge: PublicLinkChallenge,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    private readonly returns: PublicLinkReturns,
  ) {}

  async ask(
    tenantId: string,
    request: SubmitApplicationDto,
    consent: Consent,
    client: Client,
    stamp: string | undefined,
    response: Response,
  ): Promise<PendingConfirmation> {
    await this.challenge.verify(tenantId, stamp);
    await this.limits.checkAddress(response, tenantId, client.ip ?? undefined);
    const policy = this.tenants.get(tenantId);
    const now = new Date();
    const caseId = randomUUID();
    const anonymous: Principal = { userId: 'public-link', tenantId, roles: ['applicant'] };
    // The submission's own checks, before any code is sent: a request that would be refused costs no SMS.
    const asSubmitted = new SubmitApplicationCommand(anonymous, request, client, consent, caseId);
    const { applicant } = checkSubmission(submissionRequest(asSubmitted, caseId), submissionTerms(policy), now);
    const mobileKey = this.keys.mobile(applicant.mobile);
    await this.limits.checkMobile(response, tenantId, mobileKey);

    const id = randomUUID();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
    const content: PendingContent = { caseId, request, consent, client };
    const sealed = await this.protector.seal(tenantId, 'PublicLinkPendingRequest', content);
    await this.store.savePending({ id, tenantId, caseId, mobileKey, codeHash: this.codeHash(id, code), expiresAt, sealed });
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
      correlationId: this.correlationId(),
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

  async confirm(tenantId: string, confirmationId: string, rawCode: string): Promise<PublicReceipt> {
    const code = normalizeDigits(rawCode);
    const attempt = await this.store.attempt(tenantId, confirmationId, this.codeHash(confirmationId, code), MAX_CODE_ATTEMPTS);
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
    const { nationalId } = validateApplicant(request.applicant, new Date());
    const openStream = streamId('intake', 'open-request', tenantId, `${this.keys.person(nationalId)}.${request.serviceId}`);
    const last = (await this.writer.load(openStream)).history.at(-1);
    if (last?.type !== 'OpenRequestRegistered') return;
    const policy = this.tenants.get(tenantId);
    await this.messenger.tellCase(
      tenantId,
      last.data.caseId,
      { correlationId: this.correlationId(), idempotencyKey: `second-request-attempt:${confirmationId}` },
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

  private codeHash(confirmationId: string, code: string): string {
    return this.keys.tag('confirmation-code', `${confirmationId}:${code}`);
  }

  private correlationId(): string {
    return requestContext.current()?.correlationId ?? randomUUID();
  }
}
