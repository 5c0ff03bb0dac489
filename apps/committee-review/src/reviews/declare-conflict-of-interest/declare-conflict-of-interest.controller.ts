import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags, ApiResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { declareConflictOfInterest } from '@athar/domain-committee-review';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles, ParseIdPipe } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { reviewNotFound, votingRules } from '../../committees/committee-rules';
import { runReviewCommand } from '../review-command';

export class DeclareConflictOfInterestDto {
  @ApiProperty({ example: 'قريب من الدرجة الأولى لمقدم الطلب' }) @IsString() @IsNotEmpty() @MaxLength(1000) note!: string;
}

/** A member who declares a conflict of interest cannot vote on the case (recusal). */
@ApiTags('committee')
@Controller('reviews')
export class DeclareConflictOfInterestController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  @Post(':caseId/conflicts-of-interest')
  @HttpCode(HttpStatus.OK)
  @Roles('committee-member', 'committee-chair')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['caseId', 'memberId', 'recused', 'revision'],
      properties: {
        caseId: { type: 'string', format: 'uuid' },
        memberId: { type: 'string' },
        recused: { type: 'boolean', enum: [true] },
        revision: { type: 'integer' },
      },
    },
  })
  @ApiOperation({ summary: 'Declare a conflict of interest on a case: you will not vote on it (a second declaration changes nothing).' })
  async declare(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() body: DeclareConflictOfInterestDto,
  ): Promise<{ caseId: string; memberId: string; recused: true; revision: number }> {
    return runReviewCommand({ writer: this.writer, tenants: this.tenants }, principal, caseId, undefined, (state, policy) => {
      if (!state.serviceId) throw reviewNotFound();
      const declared = declareConflictOfInterest(state, votingRules(policy, state.serviceId).committee, caseId, principal.userId, body.note.trim(), new Date());
      return {
        events: declared ? [{ type: 'ConflictOfInterestDeclared', version: 1, data: declared }] : [],
        result: { caseId, memberId: principal.userId, recused: true as const },
      };
    });
  }
}
