import { Inject, Injectable, Logger } from '@nestjs/common';
import type { RecordedEvent } from '@athar/contracts';
import type { ApplicationState } from '@athar/domain-intake';
import type { Notifier } from '@athar/notifier';
import { EventWriter } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { loadApplication } from '../applications/application-state';
import { acknowledgement, type Message } from './applicant-messages';
import { NOTIFIER } from './notifier.token';
import { replyRoute } from './reply-route';

/** The receipt's purpose, and its key: one per submission event (the acknowledgement reactor uses the same). */
export const ACKNOWLEDGEMENT = 'acknowledgement';
export const acknowledgementKey = (submittedEventId: string): string => `${ACKNOWLEDGEMENT}:${submittedEventId}`;

/** What a message is composed from: the case number and the application as intake holds it. */
export type Compose = (caseNumber: string, application: ApplicationState) => Message | null;

/**
 * Tells the applicant of a case something, on the channel they are answered on (docs/adr/0025: email
 * where the request came by email or email is their preferred channel and the tenant offers it, else
 * SMS): intake holds the contact, other services only the case id. One message per causing event and
 * purpose, so a redelivery sends nothing twice. Nothing is sent for a case this tenant's intake does
 * not hold, or whose personal data was erased.
 */
@Injectable()
export class ApplicantMessenger {
  private readonly logger = new Logger(ApplicantMessenger.name);

  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  tell(event: RecordedEvent, caseId: string, purpose: string, compose: Compose): Promise<void> {
    return this.tellCase(event.tenantId, caseId, { correlationId: event.correlationId, idempotencyKey: `${purpose}:${event.eventId}` }, purpose, compose);
  }

  /** The same, for a cause that is not an event (e.g. a refused public-link request): one message per idempotency key. */
  async tellCase(tenantId: string, caseId: string, cause: { correlationId: string; idempotencyKey: string }, purpose: string, compose: Compose): Promise<void> {
    const { state, submittedEventId } = await loadApplication(this.writer, tenantId, caseId);
    const application = state.submitted ?? state.draft;
    if (!application) return;
    const route = replyRoute(this.tenants.get(tenantId), application.channel, application.applicant, this.notifier.supports?.('email') ?? true);
    if (!route) {
      this.logger.log({ caseId, purpose }, 'not told: the applicant personal data was erased');
      return;
    }
    const message = compose(application.caseNumber, state);
    if (!message) return;
    const send = (body: Message, idempotencyKey: string) =>
      this.notifier.send({
        tenantId,
        caseId,
        channel: route.channel,
        to: route.to,
        subject: body.subject,
        body: body.body,
        correlationId: cause.correlationId,
        idempotencyKey,
      });
    // The receipt comes first: its event and this one's cause travel on different topics, so this one may
    // be handled first. Sending it here under its own key makes the receipt's own handler a duplicate.
    if (purpose !== ACKNOWLEDGEMENT && submittedEventId) await send(acknowledgement(application.caseNumber), acknowledgementKey(submittedEventId));
    await send(message, cause.idempotencyKey);
  }
}
