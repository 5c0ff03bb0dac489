import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import type { EligibilityOverriddenV1 } from '@athar/contracts';
import { overrideEligibility } from '@athar/domain-eligibility';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, Roles, ParseIdPipe } from '@athar/service-kit';
import { assessmentStream } from '../../eligibility-streams';

export class OverrideEligibilityDto {
  @ApiProperty({ enum: ['eligible', 'not-eligible'] }) @IsIn(['eligible', 'not-eligible']) to!: 'eligible' | 'not-eligible';
  @ApiProperty({
    description: 'Why the decision is replaced (at least 10 characters); kept on the record',
    example: 'شهادة الضمان الاجتماعي سارية بعد المراجعة الميدانية',
  })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

/** A social researcher replaces the eligibility decision, only with a reason, recorded as an override. */
@ApiTags('eligibility')
@Controller('cases/:caseId/eligibility/override')
export class OverrideEligibilityController {
  constructor(private readonly writer: EventWriter) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('social-researcher')
  @ApiOperation({ summary: 'Override the eligibility decision with a reason (404 if the case is not assessed; 409 if it changes nothing).' })
  @ApiOkResponse({ description: 'The recorded override', schema: { type: 'object' } })
  async override(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() body: OverrideEligibilityDto,
  ): Promise<EligibilityOverriddenV1> {
    // Assigned by the decider, which runs before the append returns.
    let overridden!: EligibilityOverriddenV1;
    await this.writer.decideAndAppend(
      assessmentStream(principal.tenantId, caseId),
      principal.tenantId,
      { kind: 'request', principal, channel: 'system' },
      (history) => {
        overridden = overrideEligibility(history, { caseId, to: body.to, reason: body.reason, researcherId: principal.userId }, new Date());
        return [{ type: 'EligibilityOverridden', version: 1, data: overridden }];
      },
    );
    return overridden;
  }
}
