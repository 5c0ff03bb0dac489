import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { DomainError, type FieldProblem } from '@athar/contracts';
import { checkPolicyVersion, PolicyVersionError, type EligibilityPolicyVersion } from '@athar/domain-eligibility';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, NULL_ONLY, Roles } from '@athar/service-kit';
import { parseEligibilityPolicyVersion } from '../policies/eligibility-policy.schema';
import {
  AttributeDeclarationDto,
  BeneficiaryGroupDto,
  DocumentReviewRuleDto,
  PolicyApprovalDto,
  ReverificationDto,
  ServiceCriteriaDto,
} from '../policies/policy-version.dto';
import { CriterionResultDto, WhatIfAnswerDto } from './what-if.dto';
import { WhatIfQuery } from './what-if.query';

/** The what-if comparison: which current cases a draft version would decide differently, shown to the board before it approves the draft. */
@ApiTags('eligibility')
@ApiExtraModels(
  PolicyApprovalDto,
  AttributeDeclarationDto,
  BeneficiaryGroupDto,
  ServiceCriteriaDto,
  DocumentReviewRuleDto,
  ReverificationDto,
  CriterionResultDto,
)
@Controller('eligibility/policy')
export class WhatIfController {
  constructor(private readonly queries: QueryBus) {}

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
        approval: { description: 'The board session that approved it (null for a draft)', oneOf: [{ $ref: getSchemaPath(PolicyApprovalDto) }, NULL_ONLY] },
        effectiveFrom: { type: 'string', format: 'date-time' },
        attributes: { type: 'array', minItems: 1, items: { $ref: getSchemaPath(AttributeDeclarationDto) } },
        groups: { type: 'array', items: { $ref: getSchemaPath(BeneficiaryGroupDto) } },
        services: { type: 'object', additionalProperties: { $ref: getSchemaPath(ServiceCriteriaDto) } },
        documentReview: { type: 'object', additionalProperties: { $ref: getSchemaPath(DocumentReviewRuleDto) } },
        reverification: { $ref: getSchemaPath(ReverificationDto) },
        notes: { type: 'string' },
      },
    },
  })
  @ApiOkResponse({
    type: WhatIfAnswerDto,
    description: 'compared = cases judged (at most limit, by case id); total = current cases; truncated = some were not compared',
  })
  whatIf(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<WhatIfAnswerDto> {
    return this.queries.execute<WhatIfQuery, WhatIfAnswerDto>(new WhatIfQuery(principal, checkedDraft(body, principal.tenantId)));
  }
}

/** The body as a version of the caller's tenant, or 422 naming each field that does not fit. */
function checkedDraft(body: unknown, tenantId: string): EligibilityPolicyVersion {
  const parsed = parseEligibilityPolicyVersion(body);
  if ('problems' in parsed) throw invalidDraft(parsed.problems.map((p) => ({ field: p.field, reasons: [{ ar: p.message, en: p.message }] })));
  const draft = { ...parsed.version, tenantId };
  try {
    return checkPolicyVersion(draft);
  } catch (error) {
    if (error instanceof PolicyVersionError) throw invalidDraft(error.problems.map(problemField));
    throw error;
  }
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
