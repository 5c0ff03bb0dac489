import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ERASED, type Bilingual, type RecordedEvent } from '@athar/contracts';
import type { Notifier } from '@athar/notifier';
import { PersonalDataErasedError } from '@athar/personal-data';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { PartnerRequestReader } from '../partner-requests/read/partner-request-reader';
import { requestReceivedMessage, studyDoneMessage } from './partner-messages';

/** The Notifier partner-allocation tells partners through (ChannelNotifier: SMS kept in the outbox, email over SMTP). */
export const PARTNER_NOTIFIER = Symbol('PARTNER_NOTIFIER');

/**
 * The partner's contact is told at submission and when the needs study is done, by SMS and (when
 * given) email, Arabic with English beside it. Messages are sealed in the outbox under the request's
 * data key (`partner-request:<id>`, docs/adr/0038) and keyed by the causing event: a redelivery sends
 * nothing twice.
 */
@Injectable()
export class TellPartnerReactor implements OnModuleInit {
  private readonly logger = new Logger(TellPartnerReactor.name);

  constructor(
    private readonly handlers: EventHandlers,
    private readonly reader: PartnerRequestReader,
    private readonly tenants: TenantRegistry,
    @Inject(PARTNER_NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('PartnerRequestSubmitted', async (event) => {
      const request = event.data;
      await this.tell(event, request.partnerRequestId, 'partner-request-received', (allocating, service) =>
        requestReceivedMessage(allocating, service, request.studyDeadline),
      );
    });
    this.handlers.on('NeedsStudyCompleted', async (event) => {
      await this.tell(event, event.data.partnerRequestId, 'needs-study-done', studyDoneMessage);
    });
  }

  private async tell(
    event: RecordedEvent,
    partnerRequestId: string,
    purpose: string,
    message: (allocating: Bilingual, service: Bilingual) => { subject: Bilingual; body: Bilingual },
  ): Promise<void> {
    const request = (await this.reader.snapshot(event.tenantId, partnerRequestId))?.state.request;
    if (!request) return;
    const policy = this.tenants.get(event.tenantId);
    const service = policy.services.find((s) => s.id === request.serviceId)?.name ?? { ar: request.serviceId, en: request.serviceId };
    const { subject, body } = message(policy.name, service);
    const channels: Array<['sms' | 'email', string | null]> = [
      ['sms', request.contact.mobile],
      ['email', this.notifier.supports?.('email') === false ? null : request.contact.email],
    ];
    for (const [channel, to] of channels) {
      if (!to || to === ERASED) continue;
      try {
        await this.notifier.send({
          tenantId: event.tenantId,
          dataKeyId: `partner-request:${partnerRequestId}`,
          channel,
          to,
          subject,
          body,
          correlationId: event.correlationId,
          idempotencyKey: `${purpose}:${channel}:${event.eventId}`,
        });
      } catch (error) {
        if (error instanceof PersonalDataErasedError) {
          this.logger.log({ partnerRequestId, purpose }, 'partner not told: the request was erased meanwhile');
          return;
        }
        throw error;
      }
    }
  }
}
