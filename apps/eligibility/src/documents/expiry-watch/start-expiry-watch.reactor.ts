import { Injectable, type OnModuleInit } from '@nestjs/common';
import { reverificationDueAt, reviewRuleFor } from '@athar/domain-eligibility';
import { EventHandlers } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import { caseSearchAttributes, documentExpiryWatchWorkflowId, type documentExpiryWatch } from '@athar/workflows';
import { EligibilityPolicies } from '../../assessments/policies/eligibility-policies';

/**
 * A verified document with an expiry gets a durable timer (a Temporal workflow) that raises its
 * re-verification task the rule's lead time before it expires. Keyed by the verification event, so a
 * redelivery starts nothing twice and a later verification starts its own watch.
 */
@Injectable()
export class StartExpiryWatchReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly temporal: TemporalRuntime,
    private readonly policies: EligibilityPolicies,
  ) {}

  onModuleInit(): void {
    this.handlers.on('DocumentVerified', async (event) => {
      const verified = event.data;
      if (!verified.validUntil) return;
      const rule = reviewRuleFor(verified.documentType, this.policies.inForce(event.tenantId, new Date(verified.verifiedAt))?.documentReview);
      const remindAt = reverificationDueAt(verified.validUntil, rule);
      await startWorkflowOnce<typeof documentExpiryWatch>(this.temporal, 'documentExpiryWatch', {
        workflowId: documentExpiryWatchWorkflowId(event.tenantId, verified.caseId, verified.documentId, event.eventId),
        args: [
          {
            tenantId: event.tenantId,
            caseId: verified.caseId,
            documentId: verified.documentId,
            verificationEventId: event.eventId,
            remindAt: remindAt.toISOString(),
          },
        ],
        searchAttributes: caseSearchAttributes(event.tenantId, verified.caseId, 'document-valid', remindAt.toISOString()),
      });
    });
  }
}
