import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ERASED } from '@athar/contracts';
import { inquiryAnswerMessage, inquiryReplyRoute } from '@athar/domain-intake';
import type { Notifier } from '@athar/notifier';
import { PersonalDataErasedError } from '@athar/personal-data';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { NOTIFIER } from '../notifications/acknowledge-applicant.reactor';
import { inquiryStream } from './inquiry-streams';

/**
 * The answer reaches the person who asked (000/001/002 step 3): by email when the inquiry came by email
 * with an address, else by SMS to the mobile left. The message is sealed in the outbox with the
 * inquiry's own data key (docs/adr/0027), so erasing the inquiry erases it too. Keyed by the answer
 * event: a redelivery sends nothing. Nobody is told when no contact was left or it was erased.
 */
@Injectable()
export class TellInquirerReactor implements OnModuleInit {
  private readonly logger = new Logger(TellInquirerReactor.name);

  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('InquiryAnswered', async (event) => {
      const answered = event.data;
      const { history } = await this.writer.load(inquiryStream(event.tenantId, answered.inquiryId));
      const opened = history.find((e) => e.type === 'InquiryOpened')?.data;
      const route = opened ? inquiryReplyRoute(opened, ERASED, this.notifier.supports?.('email') ?? true) : null;
      if (!opened || !route) {
        this.logger.log({ inquiryId: answered.inquiryId }, 'answer not sent: no contact left that can be reached, or it was erased');
        return;
      }
      const message = inquiryAnswerMessage(this.tenants.get(event.tenantId).name, opened.question, answered.answer);
      try {
        await this.notifier.send({
          tenantId: event.tenantId,
          dataKeyId: `inquiry:${answered.inquiryId}`,
          channel: route.channel,
          to: route.to,
          subject: message.subject,
          body: message.body,
          correlationId: event.correlationId,
          idempotencyKey: `inquiry-answer:${event.eventId}`,
        });
      } catch (error) {
        // Erased between reading the contact and sealing the message: nothing may be stored under the key.
        if (error instanceof PersonalDataErasedError) {
          this.logger.log({ inquiryId: answered.inquiryId }, 'answer not sent: the contact was erased meanwhile');
          return;
        }
        throw error;
      }
    });
  }
}
