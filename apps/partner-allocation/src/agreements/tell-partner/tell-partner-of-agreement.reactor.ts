import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ERASED, type Bilingual, type RecordedEvent } from '@athar/contracts';
import type { Notifier } from '@athar/notifier';
import { PersonalDataErasedError } from '@athar/personal-data';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { PARTNER_NOTIFIER } from '../../notifications/tell-partner.reactor';
import { PartnerRequestReader } from '../../partner-requests/read/partner-request-reader';
import { PartnerAgreementReader } from '../agreement-reader';
import { reportOverdueMessage, reportReminderMessage } from '../../impact-reports/tell-partner/report-messages';
import { agreementInForceMessage, agreementSentMessage } from './agreement-messages';

/**
 * The partner's contact (the request's, sealed in its stream) is told when the agreement is sent for
 * signature, when it is in force, before an impact report is due and when one is overdue, by SMS and email, Arabic with English beside it; sealed in the
 * outbox under the request's data key and keyed by the causing event (a redelivery sends nothing twice).
 */
@Injectable()
export class TellPartnerOfAgreementReactor implements OnModuleInit {
  private readonly logger = new Logger(TellPartnerOfAgreementReactor.name);

  constructor(
    private readonly handlers: EventHandlers,
    private readonly agreements: PartnerAgreementReader,
    private readonly requests: PartnerRequestReader,
    private readonly tenants: TenantRegistry,
    @Inject(PARTNER_NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('PartnerAgreementSent', async (event) => {
      await this.tell(event, event.data.agreementId, 'agreement-sent', (allocating, service) => agreementSentMessage(allocating, service, event.data.signBy));
    });
    this.handlers.on('PartnerAgreementTookEffect', async (event) => {
      await this.tell(event, event.data.agreementId, 'agreement-in-force', (allocating, service, term) =>
        agreementInForceMessage(allocating, service, term, event.data.reportsDue[0]),
      );
    });
    // Impact reports (partner allocation 5; docs/adr/0040): the reminder, and the overdue escalation.
    this.handlers.on('ImpactReportReminded', async (event) => {
      await this.tell(event, event.data.agreementId, 'impact-report-reminder', (allocating, service) =>
        reportReminderMessage(allocating, service, event.data.period),
      );
    });
    this.handlers.on('ImpactReportOverdue', async (event) => {
      await this.tell(event, event.data.agreementId, 'impact-report-overdue', (allocating, service) =>
        reportOverdueMessage(allocating, service, event.data.period),
      );
    });
  }

  private async tell(
    event: RecordedEvent,
    agreementId: string,
    purpose: string,
    message: (allocating: Bilingual, service: Bilingual, term: { startsOn: string; endsOn: string }) => { subject: Bilingual; body: Bilingual },
  ): Promise<void> {
    const drafted = (await this.agreements.snapshot(event.tenantId, agreementId))?.state.drafted;
    if (!drafted) return;
    const request = (await this.requests.snapshot(event.tenantId, drafted.requestId))?.state.request;
    if (!request) return;
    const policy = this.tenants.get(event.tenantId);
    const service = policy.services.find((s) => s.id === drafted.allocation.serviceId)?.name ?? {
      ar: drafted.allocation.serviceId,
      en: drafted.allocation.serviceId,
    };
    const { subject, body } = message(policy.name, service, drafted.term);
    const channels: Array<['sms' | 'email', string | null]> = [
      ['sms', request.contact.mobile],
      ['email', this.notifier.supports?.('email') === false ? null : request.contact.email],
    ];
    for (const [channel, to] of channels) {
      if (!to || to === ERASED) continue;
      try {
        await this.notifier.send({
          tenantId: event.tenantId,
          dataKeyId: `partner-request:${drafted.requestId}`,
          channel,
          to,
          subject,
          body,
          correlationId: event.correlationId,
          idempotencyKey: `${purpose}:${channel}:${event.eventId}`,
        });
      } catch (error) {
        if (error instanceof PersonalDataErasedError) {
          this.logger.log({ agreementId, purpose }, 'partner not told: the request was erased meanwhile');
          return;
        }
        throw error;
      }
    }
  }
}
