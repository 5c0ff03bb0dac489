import { Injectable } from '@nestjs/common';
import type { AgreementState } from '@athar/domain-partner-allocation';
import { EventWriter } from '@athar/service-kit';
import { agreementView, type PartnerAgreementDto } from './agreement.dto';
import { partnerAgreementAggregate, partnerAgreementStreamId, type AgreementEventType } from './partner-agreement-stream';

/** The one read port onto an agreement's stream: the detail, the projection, the messages to the partner. */
@Injectable()
export class PartnerAgreementReader {
  constructor(private readonly writer: EventWriter) {}

  async snapshot(allocatingTenantId: string, agreementId: string): Promise<{ state: AgreementState; revision: number; view: PartnerAgreementDto } | null> {
    const { history, revision } = await this.writer.load<AgreementEventType>(partnerAgreementStreamId(allocatingTenantId, agreementId));
    if (history.length === 0 || revision === 'no_stream') return null;
    const state = history.reduce(partnerAgreementAggregate.evolve, partnerAgreementAggregate.initialState);
    if (!state.drafted) return null;
    return { state, revision, view: agreementView(allocatingTenantId, history, state, revision) };
  }
}
