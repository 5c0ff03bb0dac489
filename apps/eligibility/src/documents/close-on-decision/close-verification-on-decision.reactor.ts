import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RecordedEvent } from '@athar/contracts';
import { closeVerificationTasks, documentsOf } from '@athar/domain-eligibility';
import { EventHandlers, EventWriter } from '@athar/service-kit';
import { documentsStream } from '../../eligibility-streams';

/**
 * The committee decided the case: the verification tasks still open on its documents are closed with
 * that reason (DocumentVerificationClosed on the documents stream), so the services officer's and the
 * social researcher's queues stop showing them (Tuwaiq 6-2). A redelivered decision finds none open.
 */
@Injectable()
export class CloseVerificationOnDecisionReactor implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly writer: EventWriter,
  ) {}

  onModuleInit(): void {
    this.handlers.on('ApplicationAccepted', (event) => this.close(event, event.data, 'accepted'));
    this.handlers.on('ApplicationRejected', (event) => this.close(event, event.data, 'rejected'));
  }

  private async close(event: RecordedEvent, decided: { caseId: string; decidedAt: string }, decision: 'accepted' | 'rejected'): Promise<void> {
    const stream = documentsStream(event.tenantId, decided.caseId);
    await this.writer.decideAndAppend(stream, event.tenantId, { kind: 'event', event }, (history) => {
      if (history.some((e) => e.causationId === event.eventId)) return []; // a redelivery
      return closeVerificationTasks(documentsOf(history), { caseId: decided.caseId, decision, decidedAt: decided.decidedAt }, new Date()).map((data) => ({
        type: 'DocumentVerificationClosed',
        version: 1,
        data,
      }));
    });
  }
}
