import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Notifier } from '@athar/notifier';
import { EventHandlers } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { policyReviewMessage } from './applicant-messages';
import { NOTIFIER } from './notifier.token';

/**
 * The yearly review of the eligibility policy is due (Tuwaiq 6-3(4)): the staff responsible are told
 * (docs/adr/0025). By email to the tenant policy's `staffContacts.policyReview.email`; without an
 * address (or without an SMTP server) kept in the outbox addressed to the role named there (by default
 * the executive director, who reads GET /notifications/outbox). One message per reminder.
 */
@Injectable()
export class TellPolicyReviewReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly tenants: TenantRegistry,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.handlers.on('EligibilityPolicyReviewDue', async (event) => {
      const policy = this.tenants.get(event.tenantId);
      const contact: { email?: string; role: string } = policy.staffContacts?.policyReview ?? { role: 'executive-director' };
      const email = this.notifier.supports?.('email') === false ? undefined : contact.email;
      const message = policyReviewMessage(policy, event.data);
      await this.notifier.send({
        tenantId: event.tenantId,
        caseId: null,
        channel: email ? 'email' : 'staff',
        to: email ?? `role:${contact.role}`,
        subject: message.subject,
        body: message.body,
        correlationId: event.correlationId,
        idempotencyKey: `policy-review:${event.eventId}`,
      });
    });
  }
}
