import { InjectModel } from '@nestjs/mongoose';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Model } from 'mongoose';
import { attributesAsOf, compareVersions, type EligibilityPolicyVersion } from '@athar/domain-eligibility';
import { Beneficiary } from '../../beneficiaries/beneficiary.schema';
import { EligibilityPolicies, noPolicyInForce } from '../policies/eligibility-policies';
import type { WhatIfAnswerDto } from './what-if.dto';
import { WhatIfQuery } from './what-if.query';

/** Cases compared in one answer at most (by case id); the answer says when there were more. */
export const WHAT_IF_LIMIT = 5000;

/** Reads the beneficiaries projection (BeneficiaryProjection) and judges each case under both versions. */
@QueryHandler(WhatIfQuery)
export class WhatIfHandler implements IQueryHandler<WhatIfQuery, WhatIfAnswerDto> {
  constructor(
    private readonly policies: EligibilityPolicies,
    @InjectModel(Beneficiary.name) private readonly beneficiaries: Model<Beneficiary>,
  ) {}

  execute({ principal, draft }: WhatIfQuery): Promise<WhatIfAnswerDto> {
    const now = new Date();
    const current = this.policies.inForce(principal.tenantId, now);
    if (!current) throw noPolicyInForce();
    return compareWithCurrentCases(this.beneficiaries, principal.tenantId, current, draft, now, WHAT_IF_LIMIT);
  }
}

/**
 * Judges the tenant's current (assessed) cases under the version in force and the draft, the first
 * `limit` by case id, and says how many there were, so a cut comparison is never read as complete.
 */
export async function compareWithCurrentCases(
  beneficiaries: Model<Beneficiary>,
  tenantId: string,
  current: EligibilityPolicyVersion,
  draft: EligibilityPolicyVersion,
  now: Date,
  limit: number,
): Promise<WhatIfAnswerDto> {
  const filter = { tenantId, outcome: { $ne: null } };
  const [rows, total] = await Promise.all([
    beneficiaries.find(filter).sort({ caseId: 1 }).limit(limit).lean().exec(),
    beneficiaries.countDocuments(filter).exec(),
  ]);
  const cases = rows.map((row) => ({
    caseId: row.caseId,
    caseNumber: row.caseNumber ?? null,
    serviceId: row.serviceId,
    applicant: attributesAsOf(row.applicant, now),
  }));
  return {
    inForceVersion: current.version,
    draftVersion: draft.version,
    compared: cases.length,
    total: Math.max(total, cases.length),
    limit,
    truncated: total > cases.length,
    changes: await compareVersions(current, draft, cases),
  };
}
