import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { allocationRoundNotFound, PARTNER_REASON_WORDS, proposedAllocation, type AllocationRoundState } from '@athar/domain-partner-allocation';
import type { AllocationRoundDto, MyRoundAllocationDto } from '../allocation-round.dto';
import { presentRound } from '../present-round';
import { AllocationRoundReader } from '../read/allocation-round-reader';
import type { MyAllocationRoundItemDto } from '../list-my-allocation-rounds/list-my-allocation-rounds.dto';
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
 * it sends): no other partner, no scores, the reasons in general words; the share, rank and outcome once
 * approved. Null when the round has no proposal or no request of that tenant.
 */
export function myRoundLine(
  state: AllocationRoundState,
  allocatingTenantId: string,
  roundId: string,
  partnerTenantId: string,
): MyAllocationRoundItemDto | null {
  const mine = state.proposal?.partners.find((p) => p.partner.kind === 'tenant' && p.partner.tenantId === partnerTenantId);
  if (!state.round || !state.proposal || !mine) return null;
  const lines = proposedAllocation(state.proposal).services.flatMap((s) => s.allocations);
  const line = lines.find((a) => a.requestId === mine.partnerRequestId)!;
  const approved = state.status === 'approved';
  return {
    roundId,
    allocatingTenantId,
    serviceId: state.round.serviceId,
    unit: state.round.unit,
    status: state.status,
    closesAt: state.round.closesAt,
    partnerRequestId: mine.partnerRequestId,
    rank: approved ? line.rank : null,
    ranked: approved ? lines.length : null,
    share: approved ? line.share : null,
    asked: approved ? line.asked : null,
    outcome: approved ? line.outcome : null,
    reasons: approved ? line.reasons.map((r) => ({ code: r.code, text: { ...PARTNER_REASON_WORDS[r.code] } })) : [],
  };
}

/** A partner tenant's own line of one round of another association; a round it has no request in answers 404, like a missing one. */
@QueryHandler(GetMyRoundAllocationQuery)
export class GetMyRoundAllocationHandler implements IQueryHandler<GetMyRoundAllocationQuery, MyRoundAllocationDto> {
  constructor(private readonly reader: AllocationRoundReader) {}

  async execute({ principal, allocatingTenantId, roundId }: GetMyRoundAllocationQuery): Promise<MyRoundAllocationDto> {
    const snapshot = await this.reader.snapshot(allocatingTenantId, roundId);
    const line = snapshot ? myRoundLine(snapshot.state, allocatingTenantId, roundId, principal.tenantId) : null;
    if (!line) throw allocationRoundNotFound();
    const { rank: _rank, ranked: _ranked, outcome: _outcome, ...mine } = line;
    return mine;
  }
}
