import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { EventHandlers } from '@athar/service-kit';
import { TemporalRuntime } from '@athar/temporal-kit';
import { decisionReachedSignal, reviewTimelineWorkflowId } from '@athar/workflows';

/**
 * A decision signals its round's timeline, which ends it (no further reminder, no breach). A timeline
 * that already ended (or a redelivered decision) has nothing to signal.
 */
@Injectable()
export class SignalDecisionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly temporal: TemporalRuntime,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationAccepted', (event) => this.signal(event.tenantId, event.data, 'accepted'));
    this.handlers.on('ApplicationRejected', (event) => this.signal(event.tenantId, event.data, 'rejected'));
  }

  private async signal(tenantId: string, decision: { caseId: string; round: number }, outcome: 'accepted' | 'rejected'): Promise<void> {
    try {
      await this.temporal.client.workflow
        .getHandle(reviewTimelineWorkflowId(tenantId, decision.caseId, decision.round))
        .signal(decisionReachedSignal, { decision: outcome });
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
}
