import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventHandlers } from '@athar/service-kit';
import { acknowledgement } from './applicant-messages';
import { ACKNOWLEDGEMENT, ApplicantMessenger } from './applicant-messenger';

export { NOTIFIER } from './notifier.token';

/**
 * Tells the applicant their case number on submission (common process step 5), on the channel they are
 * answered on; the committee and its date follow once eligibility has spoken (TellCommitteeTimelineReactor).
 * Keyed by the event, so a redelivery sends nothing; a later message sent first sends this one before
 * itself (ApplicantMessenger), so the receipt always comes first.
 */
@Injectable()
export class AcknowledgeApplicantReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly messenger: ApplicantMessenger,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationSubmitted', async (event) => {
      const submitted = event.data;
      await this.messenger.tell(event, submitted.caseId, ACKNOWLEDGEMENT, (caseNumber) => acknowledgement(caseNumber));
    });
  }
}
