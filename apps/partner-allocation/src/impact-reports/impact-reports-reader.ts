import { Injectable } from '@nestjs/common';
import type { ImpactReportsState } from '@athar/domain-partner-allocation';
import { EventWriter } from '@athar/service-kit';
import { impactReportsAggregate, impactReportsStreamId, type ImpactReportEventType } from './impact-reports-stream';

/** The read port onto an agreement's reports stream: the handlers, the projection, the activities. */
@Injectable()
export class ImpactReportsReader {
  constructor(private readonly writer: EventWriter) {}

  async state(allocatingTenantId: string, agreementId: string): Promise<{ state: ImpactReportsState; revision: number | 'no_stream' }> {
    const { history, revision } = await this.writer.load<ImpactReportEventType>(impactReportsStreamId(allocatingTenantId, agreementId));
    return { state: history.reduce(impactReportsAggregate.evolve, impactReportsAggregate.initialState), revision };
  }
}
