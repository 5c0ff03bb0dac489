import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { DomainError, type AllocationRoundScheduledV1 } from '@athar/contracts';
import { partnerKey, roundInput, type BuiltRoundInput, type RoundCandidate } from '@athar/domain-partner-allocation';
import { PartnerRequestRow } from '../partner-requests/projection/partner-request-row.schema';
import { PartnerRequestReader } from '../partner-requests/read/partner-request-reader';
import { PartnerAllocationPolicies } from '../policies/partner-allocation-policies';
import { PartnerEvaluationRow } from '../impact-reports/projection/impact-report-row.schema';
import { AllocationRoundRow } from './projection/allocation-round-row.schema';

/**
 * The method's input for a round (ADR 0037): the studied requests of its service (read from each
 * request's stream), "served before" from the association's approved rounds (a partner that had a share
 * in one), the tenant's weights and region needs from its policies. The partner's last evaluation
 * (clause 5) is the overall score of its latest partnership evaluated by the association (matched by
 * partnerKey, as "served before" is; docs/adr/0040); never evaluated, it is null and the method scores
 * "greatest impact" at the scale's middle.
 */
@Injectable()
export class RoundCandidates {
  constructor(
    @InjectModel(PartnerRequestRow.name) private readonly requests: Model<PartnerRequestRow>,
    @InjectModel(AllocationRoundRow.name) private readonly rounds: Model<AllocationRoundRow>,
    @InjectModel(PartnerEvaluationRow.name) private readonly evaluations: Model<PartnerEvaluationRow>,
    private readonly reader: PartnerRequestReader,
    private readonly policies: PartnerAllocationPolicies,
  ) {}

  async build(tenantId: string, round: AllocationRoundScheduledV1): Promise<BuiltRoundInput> {
    const weights = this.policies.weightsOf(tenantId);
    const regionNeed = this.policies.regionNeedOf(tenantId);
    if (!weights || !regionNeed)
      throw new DomainError('allocation-policy-missing', 'conflict', {
        ar: 'لا أوزان أو احتياج مناطق في سياسة الجمعية',
        en: "The association's policy has no allocation weights or region needs",
      });
    const approved = await this.rounds.find({ tenantId, status: 'approved' }, { shares: 1 }).lean().exec();
    const shares = approved.flatMap((r) => r.shares ?? []);
    const served = new Set(shares.map((s) => s.partnerId));
    const allocated = new Set(shares.map((s) => s.partnerRequestId));
    const latestEvaluation = new Map<string, number>();
    for (const e of await this.evaluations.find({ tenantId }, { partnerKey: 1, overallScore: 1, evaluatedAt: 1 }).sort({ evaluatedAt: 1 }).lean().exec())
      latestEvaluation.set(e.partnerKey, e.overallScore); // the latest wins
    const rows = await this.requests.find({ tenantId, serviceId: round.serviceId, stage: 'studied' }, { partnerRequestId: 1 }).lean().exec();
    const candidates: RoundCandidate[] = [];
    for (const row of rows) {
      const snapshot = await this.reader.snapshot(tenantId, row.partnerRequestId);
      const request = snapshot?.state.request;
      const study = snapshot?.state.study;
      if (!request || !study) continue;
      const base = { partner: request.partner, licenceNumber: request.licenceNumber };
      candidates.push({
        partnerRequestId: request.partnerRequestId,
        ...base,
        serviceId: request.serviceId,
        regionId: request.region.regionId,
        expectedBeneficiaries: request.expectedBeneficiaries,
        submittedAt: request.submittedAt,
        study: study.factors.map((f) => ({ factorId: f.factorId, score: f.score, maxScore: f.maxScore })),
        lastEvaluationScore: latestEvaluation.get(partnerKey(base)) ?? null,
        servedBefore: served.has(partnerKey(base)),
        allocatedBefore: allocated.has(request.partnerRequestId),
      });
    }
    return roundInput(round, candidates, regionNeed, weights);
  }
}
