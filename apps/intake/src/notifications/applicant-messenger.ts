import { Inject, Injectable, Logger } from '@nestjs/common';
import { ERASED, type Bilingual, type RecordedEvent } from '@athar/contracts';
import type { Notifier } from '@athar/notifier';
import { EventWriter } from '@athar/service-kit';
import { loadApplication } from '../applications/application-state';
import { NOTIFIER } from './acknowledge-applicant.reactor';

/**
 * Tells the applicant of a case something, by SMS to the mobile on the request: intake holds the contact,
 * other services only the case id. One message per causing event and purpose, so a redelivery sends
 * nothing twice. Nothing is sent for a case this tenant's intake does not hold, or whose personal data
 * was erased.
 */
@Injectable()
export class ApplicantMessenger {
  private readonly logger = new Logger(ApplicantMessenger.name);

  constructor(
    private readonly writer: EventWriter,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  tell(event: RecordedEvent, caseId: string, purpose: string, compose: (caseNumber: string) => { subject: Bilingual; body: Bilingual } | null): Promise<void> {
    return this.tellCase(event.tenantId, caseId, { correlationId: event.correlationId, idempotencyKey: `${purpose}:${event.eventId}` }, purpose, compose);
  }

  /** The same, for a cause that is not an event (e.g. a refused public-link request): one message per idempotency key. */
  async tellCase(
    tenantId: string,
    caseId: string,
    cause: { correlationId: string; idempotencyKey: string },
    purpose: string,
    compose: (caseNumber: string) => { subject: Bilingual; body: Bilingual } | null,
  ): Promise<void> {
    const { state } = await loadApplication(this.writer, tenantId, caseId);
    const applicant = state.submitted?.applicant ?? state.draft?.applicant;
    const caseNumber = state.submitted?.caseNumber ?? state.draft?.caseNumber;
    if (!applicant || !caseNumber) return;
    if (applicant.mobile === ERASED) {
      this.logger.log({ caseId, purpose }, 'not told: the applicant personal data was erased');
      return;
    }
    const message = compose(caseNumber);
    if (!message) return;
    await this.notifier.send({
      tenantId,
      caseId,
      channel: 'sms',
      to: applicant.mobile,
      subject: message.subject,
      body: message.body,
      correlationId: cause.correlationId,
      idempotencyKey: cause.idempotencyKey,
    });
  }
}
