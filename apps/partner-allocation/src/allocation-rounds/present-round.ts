import { proposedAllocation, proposedInput, type AllocationRoundState, type RoundAllocation } from '@athar/domain-partner-allocation';
import type { PartnerRef } from '@athar/contracts';
import type { AllocationRoundDto, RankedRequestDto } from './allocation-round.dto';

const partnerView = (partner: PartnerRef | undefined) =>
  partner
    ? { kind: partner.kind, tenantId: partner.kind === 'tenant' ? partner.tenantId : null, name: { ar: partner.name.ar, en: partner.name.en } }
    : { kind: 'outside', tenantId: null, name: { ar: '', en: '' } };

/** A ranking with each request's partner and explanation (the method's output, by rank). */
export function ranking(allocation: RoundAllocation, partners: Array<{ partnerRequestId: string; partner: PartnerRef }>): RankedRequestDto[] {
  const byRequest = new Map(partners.map((p) => [p.partnerRequestId, p.partner]));
  return allocation.services.flatMap((service) =>
    service.allocations.map((a) => ({
      rank: a.rank,
      partnerRequestId: a.requestId,
      partner: partnerView(byRequest.get(a.requestId)),
      asked: a.asked,
      share: a.share,
      outcome: a.outcome,
      totalScore: a.totalScore,
      maxScore: a.maxScore,
      quota: a.quota,
      factors: a.factors.map((f) => ({ ...f, name: { ...f.name }, basis: { ...f.basis } })),
      reasons: a.reasons.map((r) => ({ code: r.code, text: { ...r.text } })),
    })),
  );
}

export function presentRound(state: AllocationRoundState, revision: number): AllocationRoundDto {
  const round = state.round!;
  const proposal = state.proposal;
  const allocation = proposal ? proposedAllocation(proposal) : null;
  const service = allocation?.services[0];
  return {
    roundId: round.roundId,
    serviceId: round.serviceId,
    unit: round.unit,
    capacity: round.capacity,
    unitsPerBeneficiary: round.unitsPerBeneficiary,
    status: state.status,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    openedAt: state.openedAt,
    closedAt: state.closedAt,
    proposal:
      proposal && allocation
        ? {
            method: allocation.method,
            methodVersion: allocation.methodVersion,
            weights: { ...allocation.weights },
            regionNeed: { ...proposedInput(proposal).regionNeed },
            totalAsked: service?.totalAsked ?? 0,
            allocated: service?.allocated ?? 0,
            unallocated: service?.unallocated ?? round.capacity,
            ranking: ranking(allocation, proposal.partners),
            excluded: proposal.excluded.map((e) => ({ partnerRequestId: e.partnerRequestId, reason: { ...e.reason } })),
            proposedBy: proposal.proposedBy,
            proposedAt: proposal.proposedAt,
          }
        : null,
    approval: state.approval
      ? {
          ...state.approval.approval,
          approvedBy: state.approval.approvedBy.userId,
          role: state.approval.approvedBy.role,
          approvedAt: state.approval.approvedAt,
        }
      : null,
    revision,
  };
}
