import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RecordedEvent } from '@athar/contracts';
import { closeVerificationTasks } from '@athar/domain-eligibility';
import { AggregateCommands, EventHandlers, facts } from '@athar/service-kit';
import { documentsAggregate, documentsStream } from '../../eligibility-streams';

/**
 * The committee decided the case: the verification tasks still open on its documents are closed with
 * that reason (DocumentVerificationClosed on the documents stream), so the services officer's and the
 * social researcher's queues stop showing them (Tuwaiq 6-2). A redelivered decision finds none open.
 */
@Injectable()
export class CloseVerificationOnDecisionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly commands: AggregateCommands,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationAccepted', (event) => this.close(event, event.data, 'accepted'));
    this.handlers.on('ApplicationRejected', (event) => this.close(event, event.data, 'rejected'));
  }

  private async close(event: RecordedEvent, decided: { caseId: string; decidedAt: string }, decision: 'accepted' | 'rejected'): Promise<void> {
    await this.commands.handle(documentsAggregate, {
      streamId: documentsStream(event.tenantId, decided.caseId),
      tenantId: event.tenantId,
      cause: { kind: 'event', event },
      decide: (state) =>
        state.reactedTo.has(event.eventId) // a redelivery
          ? facts<'DocumentVerificationClosed'>()
          : facts(
              ...closeVerificationTasks(state.documents, { caseId: decided.caseId, decision, decidedAt: decided.decidedAt }, new Date()).map((data) => ({
                type: 'DocumentVerificationClosed' as const,
                version: 1,
                data,
              })),
            ),
    });
  }
}
