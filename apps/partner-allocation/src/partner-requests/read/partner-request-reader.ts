import { Injectable } from '@nestjs/common';
import type { PartnerRequestState } from '@athar/domain-partner-allocation';
import { EventWriter } from '@athar/service-kit';
import { partnerRequestAggregate, partnerRequestStreamId, type PartnerRequestEventType } from '../partner-request-stream';

/**
 * The one read port onto a partner request's stream (docs/architecture.md, "How a read is answered"):
 * the detail (the contact is sealed in the stream, never copied to a read model) and the projection's
 * rebuild. The stream is the allocating tenant's: a reader of another tenant finds nothing.
 */
@Injectable()
export class PartnerRequestReader {
  constructor(private readonly writer: EventWriter) {}

  async snapshot(allocatingTenantId: string, partnerRequestId: string): Promise<{ state: PartnerRequestState; revision: number } | null> {
    const { history, revision } = await this.writer.load<PartnerRequestEventType>(partnerRequestStreamId(allocatingTenantId, partnerRequestId));
    if (history.length === 0 || revision === 'no_stream') return null;
    return { state: history.reduce(partnerRequestAggregate.evolve, partnerRequestAggregate.initialState), revision };
  }
}
