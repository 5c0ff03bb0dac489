import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ERASED, type ApplicationReferredToAssociationV1, type Bilingual, type RecordedEvent, type ReferralTarget } from '@athar/contracts';
import { referralDecisionMessage, referralNoticeMessage } from '@athar/domain-intake';
import type { Notifier } from '@athar/notifier';
import { PersonalDataErasedError } from '@athar/personal-data';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { NOTIFIER } from '../notifications/acknowledge-applicant.reactor';
import { outgoingReferralStream } from './referral-streams';

/**
 * The referred applicant is told (Tuwaiq 5-10): that their request went to the competent association,
 * named in Arabic with English beside it, and then that association's decision with its reason. The
 * referring association's intake holds the applicant's mobile (sealed with the referral's key, never sent
 * on), so it sends both; the message is sealed in the outbox under the same key (docs/adr/0027), so
 * erasing the referral erases it. One message per causing event: a redelivery sends nothing.
 */
@Injectable()
export class TellReferredApplicantReactor implements OnModuleInit {
  private readonly logger = new Logger(TellReferredApplicantReactor.name);

  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationReferredToAssociation', async (event) => {
      const referral = event.data;
      const message = referralNoticeMessage(this.tenants.get(event.tenantId).name, this.nameOf(referral.target), referral.requestedService);
      await this.tell(event, referral, 'referral-notice', message);
    });

    this.handlers.on('ReferralOutcomeReceived', async (event) => {
      const outcome = event.data;
      const { history } = await this.writer.load(outgoingReferralStream(event.tenantId, outcome.referralId));
      const referral = history.find((e) => e.type === 'ApplicationReferredToAssociation')?.data;
      if (!referral) return;
      await this.tell(event, referral, 'referral-decision', referralDecisionMessage(this.nameOf(referral.target), outcome.decision, outcome.reason));
    });
  }

  private nameOf(target: ReferralTarget): Bilingual {
    return target.kind === 'tenant' ? this.tenants.get(target.tenantId).name : { ar: target.name, en: target.name };
  }

  private async tell(
    event: RecordedEvent,
    referral: ApplicationReferredToAssociationV1,
    purpose: string,
    message: { subject: Bilingual; body: Bilingual },
  ): Promise<void> {
    const mobile = referral.contact?.mobile;
    if (!mobile || mobile === ERASED) {
      this.logger.log({ referralId: referral.referralId, purpose }, 'applicant not told: no mobile kept for the referral, or it was erased');
      return;
    }
    try {
      await this.notifier.send({
        tenantId: event.tenantId,
        dataKeyId: `referral:${referral.referralId}`,
        channel: 'sms',
        to: mobile,
        subject: message.subject,
        body: message.body,
        correlationId: event.correlationId,
        idempotencyKey: `${purpose}:${event.eventId}`,
      });
    } catch (error) {
      if (error instanceof PersonalDataErasedError) {
        this.logger.log({ referralId: referral.referralId, purpose }, 'applicant not told: the referral was erased meanwhile');
        return;
      }
      throw error;
    }
  }
}
