import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { requestReconsideration } from '@athar/domain-committee-review';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles } from '@athar/service-kit';
import { TenantRegistry } from '@athar/tenancy';
import { holidaysOf } from '../../committees/committee-rules';
import { runReviewCommand } from '../review-command';

export class RequestReconsiderationDto {
  @ApiProperty({ example: 'أرفقت شهادة الخبرة المطلوبة' }) @IsString() @IsNotEmpty() @MaxLength(2000) grounds!: string;
}

/**
 * A rejected applicant asks, within the tenant's period, to be reviewed again; the new round runs under
 * the same timeline rules (issue 5). Staff record it on the applicant's behalf, or the applicant does.
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
  @ApiOperation({ summary: 'Ask for a rejected request to be reviewed again (409 outside the period or after the last round).' })
  async request(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string,
    @Body() body: RequestReconsiderationDto,
  ): Promise<{ caseId: string; round: number; deadline: string; revision: number }> {
    return runReviewCommand({ writer: this.writer, tenants: this.tenants }, principal, caseId, undefined, (state, policy) => {
      const asked = requestReconsideration(state, caseId, body.grounds.trim(), policy.committeeReview.maxRounds, new Date(), holidaysOf(policy));
      return { events: [{ type: 'ReconsiderationRequested', version: 1, data: asked }], result: { caseId, round: asked.round, deadline: asked.deadline } };
    });
  }
}
