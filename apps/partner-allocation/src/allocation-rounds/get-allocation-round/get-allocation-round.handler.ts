import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { allocationRoundNotFound, PARTNER_REASON_WORDS, proposedAllocation } from '@athar/domain-partner-allocation';
import type { AllocationRoundDto, MyRoundAllocationDto } from '../allocation-round.dto';
import { presentRound } from '../present-round';
import { AllocationRoundReader } from '../read/allocation-round-reader';
import { GetAllocationRoundQuery, GetMyRoundAllocationQuery } from './get-allocation-round.query';

/** From the round's stream in the caller's own association: another association's round answers like a missing one. */
@QueryHandler(GetAllocationRoundQuery)
export class GetAllocationRoundHandler implements IQueryHandler<GetAllocationRoundQuery, AllocationRoundDto> {
  constructor(private readonly reader: AllocationRoundReader) {}

  async execute({ principal, roundId }: GetAllocationRoundQuery): Promise<AllocationRoundDto> {
    const snapshot = await this.reader.snapshot(principal.tenantId, roundId);
    if (!snapshot?.state.round) throw allocationRoundNotFound();
    return presentRound(snapshot.state, snapshot.revision);
  }
}

/**
 * A partner tenant's own line of a round, found by its tenant in the proposal's partners (never by what
 * it sends): no other partner, no scores, the reasons in general words; the share once approved. A
 * round it has no request in answers 404, like a missing one.
 */
@QueryHandler(GetMyRoundAllocationQuery)
export class GetMyRoundAllocationHandler implements IQueryHandler<GetMyRoundAllocationQuery, MyRoundAllocationDto> {
  constructor(private readonly reader: AllocationRoundReader) {}

  async execute({ principal, allocatingTenantId, roundId }: GetMyRoundAllocationQuery): Promise<MyRoundAllocationDto> {
    const snapshot = await this.reader.snapshot(allocatingTenantId, roundId);
    const state = snapshot?.state;
    const mine = state?.proposal?.partners.find((p) => p.partner.kind === 'tenant' && p.partner.tenantId === principal.tenantId);
    if (!state?.round || !state.proposal || !mine) throw allocationRoundNotFound();
    const line = proposedAllocation(state.proposal)
      .services.flatMap((s) => s.allocations)
      .find((a) => a.requestId === mine.partnerRequestId)!;
    const approved = state.status === 'approved';
    return {
      roundId,
      allocatingTenantId,
      serviceId: state.round.serviceId,
      unit: state.round.unit,
      status: state.status,
      closesAt: state.round.closesAt,
      partnerRequestId: mine.partnerRequestId,
      share: approved ? line.share : null,
      asked: approved ? line.asked : null,
      reasons: approved ? line.reasons.map((r) => ({ code: r.code, text: { ...PARTNER_REASON_WORDS[r.code] } })) : [],
    };
  }
}
