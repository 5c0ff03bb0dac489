import { Body, Controller, Headers, HttpCode, HttpStatus, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags, ApiResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { requestReconsideration } from '@athar/domain-committee-review';
import { maySeeCase, type Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles, serviceUrl, ParseIdPipe } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { holidaysOf } from '../../committees/committee-rules';
import { runReviewCommand } from '../review-command';

export class RequestReconsiderationDto {
  @ApiProperty({ example: 'أرفقت شهادة الخبرة المطلوبة' }) @IsString() @IsNotEmpty() @MaxLength(2000) grounds!: string;
}

/**
 * A rejected applicant asks, within the tenant's period, to be reviewed again; the new round runs under
 * the same timeline rules. Staff record it on the applicant's behalf, or the applicant does.
 */
@ApiTags('committee')
@Controller('reviews')
export class RequestReconsiderationController {
  constructor(
    private readonly writer: EventWriter,
    private readonly tenants: TenantRegistry,
  ) {}

  @Post(':caseId/reconsideration')
  @HttpCode(HttpStatus.CREATED)
  @Roles('relations-officer', 'social-researcher', 'applicant')
  @ApiResponse({
    status: 201,
    description: 'Done',
    schema: {
      type: 'object',
      required: ['caseId', 'round', 'deadline', 'revision'],
      properties: {
        caseId: { type: 'string', format: 'uuid' },
        round: { type: 'integer' },
        deadline: { type: 'string', format: 'date-time' },
        revision: { type: 'integer' },
      },
    },
  })
  @ApiOperation({ summary: 'Ask for a rejected request to be reviewed again (409 outside the period or after the last round).' })
  async request(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() body: RequestReconsiderationDto,
    @Headers('authorization') authorization: string,
  ): Promise<{ caseId: string; round: number; deadline: string; revision: number }> {
    if (!maySeeCase(principal, null) && !(await applicantOwnsCase(caseId, authorization))) {
      throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
    }
    return runReviewCommand({ writer: this.writer, tenants: this.tenants }, principal, caseId, undefined, (state, policy) => {
      const asked = requestReconsideration(state, caseId, body.grounds.trim(), policy.committeeReview.maxRounds, new Date(), holidaysOf(policy));
      return { events: [{ type: 'ReconsiderationRequested', version: 1, data: asked }], result: { caseId, round: asked.round, deadline: asked.deadline } };
    });
  }
}

/**
 * An applicant may ask only about their own case. Intake alone knows who opened a case, so it is asked
 * with the applicant's own token (as the case status does): it answers 200 only to the case's owner.
 */
async function applicantOwnsCase(caseId: string, authorization: string): Promise<boolean> {
  const response = await fetch(`${serviceUrl('intake')}/applications/${caseId}`, {
    headers: { authorization, 'x-purpose': 'beneficiary-request' },
    signal: AbortSignal.timeout(3000),
  });
  return response.status === 200;
}
