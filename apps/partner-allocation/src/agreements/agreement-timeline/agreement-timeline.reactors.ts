import { Injectable, type OnModuleInit } from '@nestjs/common';
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import { EventHandlers } from '@athar/service-kit';
import { startWorkflowOnce, TemporalRuntime } from '@athar/temporal-kit';
import {
  caseSearchAttributes,
  partnerAgreementInForceSignal,
  partnerAgreementTerminatedSignal,
  partnerAgreementWorkflowId,
  type partnerAgreementTimeline,
} from '@athar/workflows';
import { PartnerAgreementReader } from '../agreement-reader';
import { termEndsAt } from '../partner-agreement-stream';

/**
 * A sent agreement starts its workflow (the signature deadline, then the term); taking effect and a
 * termination signal it. The workflow id is derived from tenant and agreement, so a redelivered event
 * starts nothing twice; a signal the workflow misses is made up by the activities, which read the stream.
 */
@Injectable()
export class AgreementTimelineReactors implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly temporal: TemporalRuntime,
    private readonly reader: PartnerAgreementReader,
  ) {}

  onModuleInit(): void {
    this.handlers.on('PartnerAgreementSent', async (event) => {
      const { agreementId, signBy } = event.data;
      await startWorkflowOnce<typeof partnerAgreementTimeline>(this.temporal, 'partnerAgreementTimeline', {
        workflowId: partnerAgreementWorkflowId(event.tenantId, agreementId),
        args: [{ tenantId: event.tenantId, agreementId, signBy }],
        searchAttributes: caseSearchAttributes(event.tenantId, agreementId, 'awaiting-signatures', signBy),
      });
    });
    this.handlers.on('PartnerAgreementTookEffect', async (event) => {
      const drafted = (await this.reader.snapshot(event.tenantId, event.data.agreementId))?.state.drafted;
      if (!drafted) return;
      await this.signal(event.tenantId, event.data.agreementId, (handle) =>
        handle.signal(partnerAgreementInForceSignal, { termEndsAt: termEndsAt(drafted.term.endsOn) }),
      );
    });
    this.handlers.on('PartnerAgreementTerminated', async (event) => {
      if (event.data.by === null) return; // the workflow itself lapsed it
      await this.signal(event.tenantId, event.data.agreementId, (handle) => handle.signal(partnerAgreementTerminatedSignal));
    });
  }

  private async signal(tenantId: string, agreementId: string, send: (handle: WorkflowHandle) => Promise<void>): Promise<void> {
    try {
      await send(this.temporal.client.workflow.getHandle(partnerAgreementWorkflowId(tenantId, agreementId)));
    } catch (error) {
      // never sent (terminated as a draft), or already closed
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
}
