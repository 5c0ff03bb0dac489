import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { allocationRoundNotFound, roundWhatIf } from '@athar/domain-partner-allocation';
import { ranking } from '../present-round';
import { AllocationRoundReader } from '../read/allocation-round-reader';
import type { AllocationWhatIfAnswerDto } from './allocation-what-if.dto';
import { AllocationWhatIfQuery } from './allocation-what-if.query';

/** A what-if on the round's recorded proposal input: computed, answered, never recorded. */
@QueryHandler(AllocationWhatIfQuery)
export class AllocationWhatIfHandler implements IQueryHandler<AllocationWhatIfQuery, AllocationWhatIfAnswerDto> {
  constructor(private readonly reader: AllocationRoundReader) {}

  async execute({ principal, roundId, otherWeights }: AllocationWhatIfQuery): Promise<AllocationWhatIfAnswerDto> {
    const snapshot = await this.reader.snapshot(principal.tenantId, roundId);
    if (!snapshot?.state.round) throw allocationRoundNotFound();
    const result = roundWhatIf(snapshot.state, otherWeights);
    const partners = snapshot.state.proposal!.partners;
    return {
      roundId,
      current: { weights: { ...result.current.weights }, ranking: ranking(result.current, partners) },
      alternative: { weights: { ...result.alternative.weights }, ranking: ranking(result.alternative, partners) },
      differences: result.differences.map((d) => ({ partnerRequestId: d.requestId, totalScore: d.totalScore, rank: d.rank, share: d.share })),
    };
  }
}
