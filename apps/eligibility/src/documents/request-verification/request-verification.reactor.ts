import { Injectable, type OnModuleInit } from '@nestjs/common';
import { documentsOf, requestVerification, reviewRuleFor } from '@athar/domain-eligibility';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import { EligibilityPolicies } from '../../assessments/policies/eligibility-policies';
import { documentsStream } from '../../eligibility-streams';

/**
 * Every attached document goes to the verification queue of the role that reviews its type (Tuwaiq 6-2):
 * the services officer or the social researcher, as the policy in force routes it.
 */
@Injectable()
export class RequestVerificationReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
    private readonly policies: EligibilityPolicies,
  ) {}

  onModuleInit(): void {
    this.handlers.on('DocumentAttached', async (event) => {
      const attached = event.data;
      const rule = reviewRuleFor(attached.documentType, this.policies.inForce(event.tenantId, new Date(attached.attachedAt))?.documentReview);
      await this.writer.decideAndAppend(documentsStream(event.tenantId, attached.caseId), event.tenantId, { kind: 'event', event }, (history) => {
        if (history.some((e) => e.causationId === event.eventId)) return []; // a redelivery
        const task = requestVerification(
          documentsOf(history),
          {
            caseId: attached.caseId,
            documentId: attached.documentId,
            documentType: attached.documentType,
            role: rule.verifiedBy,
            reason: 'attached',
            dueBy: null,
          },
          new Date(),
        );
        return task ? [{ type: 'DocumentVerificationRequested', version: 1, data: task }] : [];
      });
    });
  }
}
