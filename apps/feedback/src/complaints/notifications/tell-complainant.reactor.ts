import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ERASED, type Bilingual, type RecordedEvent } from '@athar/contracts';
import type { Notifier } from '@athar/notifier';
import { PersonalDataErasedError } from '@athar/personal-data';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { ComplaintReader } from '../complaint-stream';

/** The Notifier complainants are told through (ChannelNotifier: SMS kept in the outbox, email over SMTP). */
export const COMPLAINT_NOTIFIER = Symbol('COMPLAINT_NOTIFIER');

/**
 * The complainant is told, Arabic then English: the reference at acknowledgement (SMS), the answer at
 * resolution and the board's solution of a general issue (SMS and email). Messages are sealed under the
 * complaint's key (`complaint:<id>`) and keyed by the causing event and complaint: a redelivery sends
 * nothing twice. An anonymous complaint has nobody to tell.
 */
@Injectable()
export class TellComplainantReactor implements OnModuleInit {
  private readonly logger = new Logger(TellComplainantReactor.name);

  constructor(
    private readonly handlers: EventHandlers,
    private readonly reader: ComplaintReader,
    private readonly tenants: TenantRegistry,
    @Inject(COMPLAINT_NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ComplaintAcknowledged', async (event) => {
      const { reference, resolveBy } = event.data;
      const name = this.tenants.get(event.tenantId).name;
      await this.tell(event, event.data.complaintId, 'complaint-acknowledged', ['sms'], {
        subject: { ar: `استلام شكواك ${reference}`, en: `Your complaint ${reference} was received` },
        body: {
          ar: `${name.ar}: استلمنا شكواك برقم مرجعي ${reference}، وسنرد عليها قبل ${resolveBy.slice(0, 10)}.`,
          en: `${name.en}: we received your complaint, reference ${reference}; we will answer by ${resolveBy.slice(0, 10)}.`,
        },
      });
    });
    this.handlers.on('ComplaintResolved', async (event) => {
      const snapshot = await this.reader.complaint(event.tenantId, event.data.complaintId);
      const reference = snapshot?.state.reference ?? '';
      const { response } = event.data;
      await this.tell(event, event.data.complaintId, 'complaint-resolved', ['sms', 'email'], {
        subject: { ar: `الرد على شكواك ${reference}`, en: `The answer to your complaint ${reference}` },
        body: { ar: `الرد على شكواك ${reference}: ${response.ar}`, en: `The answer to your complaint ${reference}: ${response.en}` },
      });
    });
    this.handlers.on('BoardSolutionRecorded', async (event) => {
      const issue = await this.reader.issue(event.tenantId, event.data.issueId);
      const { solution } = event.data;
      for (const complaintId of issue?.state.complaintIds ?? []) {
        const reference = (await this.reader.complaint(event.tenantId, complaintId))?.state.reference ?? '';
        await this.tell(event, complaintId, 'board-solution', ['sms', 'email'], {
          subject: { ar: `قرار مجلس الإدارة بشأن شكواك ${reference}`, en: `The board's decision on your complaint ${reference}` },
          body: {
            ar: `ناقش مجلس الإدارة شكواك ${reference} وشكاوى مماثلة، وقرر: ${solution.ar}`,
            en: `The board discussed your complaint ${reference} and similar ones, and decided: ${solution.en}`,
          },
        });
      }
    });
  }

  private async tell(
    event: RecordedEvent,
    complaintId: string,
    purpose: string,
    channels: Array<'sms' | 'email'>,
    message: { subject: Bilingual; body: Bilingual },
  ): Promise<void> {
    const complainant = (await this.reader.complaint(event.tenantId, complaintId))?.state.filed?.complainant;
    if (!complainant) return;
    for (const channel of channels) {
      const to = channel === 'sms' ? complainant.mobile : this.notifier.supports?.('email') === false ? null : complainant.email;
      if (!to || to === ERASED) continue;
      try {
        await this.notifier.send({
          tenantId: event.tenantId,
          dataKeyId: `complaint:${complaintId}`,
          channel,
          to,
          subject: message.subject,
          body: message.body,
          correlationId: event.correlationId,
          idempotencyKey: `${purpose}:${channel}:${complaintId}:${event.eventId}`,
        });
      } catch (error) {
        if (error instanceof PersonalDataErasedError) {
          this.logger.log({ complaintId, purpose }, 'complainant not told: the complaint was erased meanwhile');
          return;
        }
        throw error;
      }
    }
  }
}
