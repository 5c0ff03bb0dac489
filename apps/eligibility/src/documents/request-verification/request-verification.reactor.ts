import { Injectable, type OnModuleInit } from '@nestjs/common';
import { requestVerification, reviewRuleFor } from '@athar/domain-eligibility';
import { AggregateCommands, EventHandlers, facts } from '@athar/service-kit';
import { EligibilityPolicies } from '../../assessments/policies/eligibility-policies';
import { documentsAggregate, documentsStream } from '../../eligibility-streams';

/**
 * Every attached document goes to the verification queue of the role that reviews its type (Tuwaiq 6-2):
 * the services officer or the social researcher, as the policy in force routes it.
 */
@Injectable()
export class RequestVerificationReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
    private readonly policies: EligibilityPolicies,
  ) {}

  onModuleInit(): void {
    this.handlers.on('DocumentAttached', async (event) => {
      const attached = event.data;
      const rule = reviewRuleFor(attached.documentType, this.policies.inForce(event.tenantId, new Date(attached.attachedAt))?.documentReview);
      await this.commands.handle(documentsAggregate, {
        streamId: documentsStream(event.tenantId, attached.caseId),
        tenantId: event.tenantId,
        cause: { kind: 'event', event },
        decide: (state) => {
          if (state.reactedTo.has(event.eventId)) return facts<'DocumentVerificationRequested'>(); // a redelivery
          const task = requestVerification(
            state.documents,
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
          return facts(...(task ? [{ type: 'DocumentVerificationRequested' as const, version: 1, data: task }] : []));
        },
      });
    });
  }
}
