import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { OverrideEligibilityCommand } from './override-eligibility.command';
import { EligibilityOverriddenDto, OverrideEligibilityDto } from './override-eligibility.dto';

/** A social researcher replaces the eligibility decision, only with a reason, recorded as an override. */
@ApiTags('eligibility')
@Controller('cases/:caseId/eligibility/override')
export class OverrideEligibilityController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('social-researcher')
  @ApiOperation({ summary: 'Override the eligibility decision with a reason (404 if the case is not assessed; 409 if it changes nothing).' })
  @ApiOkResponse({ description: 'The recorded override', type: EligibilityOverriddenDto })
  override(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Body() body: OverrideEligibilityDto,
  ): Promise<EligibilityOverriddenDto> {
    return this.commandBus.execute(new OverrideEligibilityCommand(principal, caseId, body));
  }
}
