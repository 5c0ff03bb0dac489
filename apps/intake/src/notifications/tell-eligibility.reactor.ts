import { Injectable, type OnModuleInit } from '@nestjs/common';
import { APPLICANT_ELIGIBILITY_EVENTS, eligibilityMessage } from '@athar/domain-intake';
import { EventHandlers } from '@athar/service-kit';
import { ApplicantMessenger } from './applicant-messenger';

/**
 * Tells the applicant why they do not qualify (Tuwaiq 6-3), what the periodic review found (6-4), and
 * why a document was not accepted (6-2). The eligibility service never sees the contact.
 */
@Injectable()
export class TellEligibilityReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly messenger: ApplicantMessenger,
  ) {}

  onModuleInit(): void {
    for (const type of APPLICANT_ELIGIBILITY_EVENTS) {
      this.handlers.on(type, (event) => this.messenger.tell(event, (event.data as { caseId: string }).caseId, 'eligibility', (caseNumber) => eligibilityMessage(type, event.data, caseNumber)));
    }
  }
}
