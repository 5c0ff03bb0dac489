import { Injectable, type OnModuleInit } from '@nestjs/common';
import { reverificationDueAt, reviewRuleFor } from '@athar/domain-eligibility';
import { EventHandlers } from '@athar/service-kit';
import { TemporalRuntime } from '@athar/temporal-kit';
import { caseDocumentExpiryWorkflowId, caseSearchAttributes, watchDocumentSignal, type caseDocumentExpiry, type DocumentWatch } from '@athar/workflows';
import { EligibilityPolicies } from '../../assessments/policies/eligibility-policies';

/**
 * A verified document with an expiry gets a durable timer that raises its re-verification task the
 * rule's lead time before it expires (Tuwaiq 6-2). All of a case's documents share one workflow
 * (docs/adr/0054): the verification is sent to it with signal-with-start, which starts the case's
 * workflow if none is running. Keyed by the verification event, so a redelivery watches nothing twice
 * and a later verification is watched on its own.
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
      const remindAt = reverificationDueAt(verified.validUntil, rule).toISOString();
      const watch: DocumentWatch = { documentId: verified.documentId, verificationEventId: event.eventId, remindAt };
      await this.temporal.client.workflow.signalWithStart<typeof caseDocumentExpiry, [DocumentWatch]>('caseDocumentExpiry', {
        taskQueue: this.temporal.taskQueue,
        workflowId: caseDocumentExpiryWorkflowId(event.tenantId, verified.caseId),
        // The watch goes in the start's arguments too: a new workflow has it before any signal is read.
        args: [{ tenantId: event.tenantId, caseId: verified.caseId, waiting: [watch], done: [] }],
        signal: watchDocumentSignal,
        signalArgs: [watch],
        typedSearchAttributes: caseSearchAttributes(event.tenantId, verified.caseId, 'document-valid', remindAt),
      });
    });
  }
}
