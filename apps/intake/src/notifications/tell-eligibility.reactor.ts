import { Injectable, type OnModuleInit } from '@nestjs/common';
import { APPLICANT_ELIGIBILITY_EVENTS, eligibilityMessage } from '@athar/domain-intake';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { goesToCommittee, overrideMessage } from './applicant-messages';
import { ApplicantMessenger } from './applicant-messenger';

/**
 * Tells the applicant why they do not qualify (Tuwaiq 6-3), what the periodic review found (6-4), why a
 * document was not accepted (6-2), and a researcher's override of the decision with its reason.
 * Once the request qualifies the committee opens its review: then, and only then, the applicant is told
 * it is with the committee and the date it answers by (common step 5), so a request that does not
 * qualify is never promised a committee. The eligibility service never sees the contact.
 */
@Injectable()
export class TellEligibilityReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly tenants: TenantRegistry,
    private readonly messenger: ApplicantMessenger,
  ) {}

  onModuleInit(): void {
    for (const type of APPLICANT_ELIGIBILITY_EVENTS) {
      this.handlers.on(type, (event) =>
        this.messenger.tell(event, (event.data as { caseId: string }).caseId, 'eligibility', (caseNumber) => eligibilityMessage(type, event.data, caseNumber)),
      );
    }
    this.handlers.on('EligibilityOverridden', async (event) => {
      const overridden = event.data;
      await this.messenger.tell(event, overridden.caseId, 'eligibility-override', (caseNumber) => overrideMessage(caseNumber, overridden));
    });
    this.handlers.on('ReviewOpened', async (event) => {
      const opened = event.data;
      await this.messenger.tell(event, opened.caseId, 'committee-timeline', (caseNumber) =>
        goesToCommittee(this.tenants.get(event.tenantId), caseNumber, opened.deadline),
      );
    });
  }
}
