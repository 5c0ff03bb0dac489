import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { DomainError, type FieldProblem } from '@athar/contracts';
import { InjectModel } from '@nestjs/mongoose';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Model } from 'mongoose';
import {
  attributesAsOf,
  checkPolicyVersion,
  compareVersions,
  PolicyVersionError,
  type EligibilityPolicyVersion,
  type WhatIfChange,
} from '@athar/domain-eligibility';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { Beneficiary } from '../../beneficiaries/beneficiary.schema';
import { EligibilityPolicies, noPolicyInForce } from '../policies/eligibility-policies';
import { parseEligibilityPolicyVersion } from '../policies/eligibility-policy.schema';

/** Cases compared in one answer at most (by case id); the answer says when there were more. */
export const WHAT_IF_LIMIT = 5000;

export interface WhatIfAnswer {
  inForceVersion: number;
  draftVersion: number;
  /** Cases judged under both versions. */
  compared: number;
  /** Current (assessed) cases of the tenant: what would have been compared without the limit. */
  total: number;
  limit: number;
  /** True when the comparison was cut at the limit: cases past it were not judged. */
  truncated: boolean;
  changes: WhatIfChange[];
}

/** The what-if comparison: which current cases a draft version would decide differently, shown to the board before it approves the draft. */
@ApiTags('eligibility')
@Controller('eligibility/policy')
export class WhatIfController {
  constructor(
    private readonly policies: EligibilityPolicies,
    @InjectModel(Beneficiary.name) private readonly beneficiaries: Model<Beneficiary>,
  ) {}

  @Post('what-if')
  @HttpCode(HttpStatus.OK)
  @Roles('tenant-admin', 'board-member', 'executive-director')
  @ApiOperation({ summary: 'Evaluate a draft version against current cases: the cases whose decision would change.' })
  @ApiBody({
    description: 'A draft eligibility policy version (same shape as the policy file entries; checked in full by the server, field by field)',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['version', 'status', 'approval', 'effectiveFrom', 'attributes', 'services'],
      properties: {
        tenantId: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$', description: "Ignored: the caller's tenant is used" },
        version: { type: 'integer', minimum: 1 },
        status: { type: 'string', enum: ['draft', 'approved'] },
        approval: { type: 'object', nullable: true, description: 'The board session that approved it (null for a draft)' },
        effectiveFrom: { type: 'string', format: 'date-time' },
        attributes: { type: 'array', minItems: 1, items: { type: 'object' } },
        groups: { type: 'array', items: { type: 'object' } },
        services: { type: 'object', additionalProperties: { type: 'object' } },
        documentReview: { type: 'object', additionalProperties: { type: 'object' } },
        reverification: { type: 'object', properties: { everyDays: { type: 'integer', minimum: 1, maximum: 3650 } } },
        notes: { type: 'string' },
      },
    },
  })
  @ApiOkResponse({
    description:
      '{ inForceVersion, draftVersion, compared, total, limit, truncated, changes: [{ caseId, caseNumber, from, to, criteria: [{ criterionId, before, after }] }] }: ' +
      'compared = cases judged (at most limit, by case id); total = current cases; truncated = some were not compared',
    schema: {
      type: 'object',
      required: ['inForceVersion', 'draftVersion', 'compared', 'total', 'limit', 'truncated', 'changes'],
      properties: {
        inForceVersion: { type: 'integer' },
        draftVersion: { type: 'integer' },
        compared: { type: 'integer' },
        total: { type: 'integer' },
        limit: { type: 'integer' },
        truncated: { type: 'boolean' },
        changes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['caseId', 'from', 'to'],
            properties: {
              caseId: { type: 'string', format: 'uuid' },
              caseNumber: { type: 'string', nullable: true },
              from: { type: 'string' },
              to: { type: 'string' },
              criteria: { type: 'array', items: { type: 'object' } },
            },
          },
        },
      },
    },
  })
  async whatIf(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<WhatIfAnswer> {
    const parsed = parseEligibilityPolicyVersion(body);
    if ('problems' in parsed) throw invalidDraft(parsed.problems.map((p) => ({ field: p.field, reasons: [{ ar: p.message, en: p.message }] })));
    const draft = { ...parsed.version, tenantId: principal.tenantId };
    try {
      checkPolicyVersion(draft);
    } catch (error) {
      if (error instanceof PolicyVersionError) throw invalidDraft(error.problems.map(problemField));
      throw error;
    }
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
): Promise<WhatIfAnswer> {
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

/** "services.x.y: attribute ... " → the field before the colon, and the sentence after it. */
function problemField(problem: string): FieldProblem {
  const at = problem.indexOf(': ');
  const [field, text] = at > 0 ? [problem.slice(0, at), problem.slice(at + 2)] : ['(root)', problem];
  return { field, reasons: [{ ar: text, en: text }] };
}

function invalidDraft(fields: FieldProblem[]): DomainError {
  return new DomainError('draft-policy-invalid', 'invalid', { ar: 'مسودة السياسة غير صالحة', en: 'The draft policy version is not valid' }, fields);
}
