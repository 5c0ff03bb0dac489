import { Injectable } from '@nestjs/common';
import type { AllocationRoundState } from '@athar/domain-partner-allocation';
import { EventWriter } from '@athar/service-kit';
import { allocationRoundAggregate, allocationRoundStreamId, type AllocationRoundEventType } from '../allocation-round-stream';

/** The one read port onto a round's stream: the detail, the what-if and the rows' refresh read it. Another tenant finds nothing. */
@Injectable()
export class AllocationRoundReader {
  constructor(private readonly writer: EventWriter) {}

  async snapshot(tenantId: string, roundId: string): Promise<{ state: AllocationRoundState; revision: number } | null> {
    const { history, revision } = await this.writer.load<AllocationRoundEventType>(allocationRoundStreamId(tenantId, roundId));
    if (history.length === 0 || revision === 'no_stream') return null;
    return { state: history.reduce(allocationRoundAggregate.evolve, allocationRoundAggregate.initialState), revision };
  }
}
