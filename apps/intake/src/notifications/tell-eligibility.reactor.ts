import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APPLICANT_ELIGIBILITY_EVENTS, eligibilityMessage } from '@athar/domain-intake';
import type { Notifier } from '@athar/notifier';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import { loadApplication } from '../applications/application-state';
import { NOTIFIER } from './acknowledge-applicant.reactor';

/**
 * Tells the applicant, by SMS to the mobile on the request, why they do not qualify (Tuwaiq 6-3), what
 * the periodic review found (6-4), and why a document was not accepted (6-2). Intake holds the contact;
 * the eligibility service never sees it. Keyed by the event, so a redelivery sends nothing twice.
 */
@Injectable()
export class TellEligibilityReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    for (const type of APPLICANT_ELIGIBILITY_EVENTS) {
      this.handlers.on(type, async (event) => {
        const { caseId } = event.data as { caseId: string };
        const { state } = await loadApplication(this.writer, event.tenantId, caseId);
        const applicant = state.submitted?.applicant ?? state.draft?.applicant;
        const caseNumber = state.submitted?.caseNumber ?? state.draft?.caseNumber;
        if (!applicant || !caseNumber) return; // not a case of this tenant's intake
        const message = eligibilityMessage(type, event.data, caseNumber);
        if (!message) return;
        await this.notifier.send({
          tenantId: event.tenantId,
          channel: 'sms',
          to: applicant.mobile,
          subject: message.subject,
          body: message.body,
          correlationId: event.correlationId,
          idempotencyKey: `eligibility:${event.eventId}`,
        });
      });
    }
  }
}
