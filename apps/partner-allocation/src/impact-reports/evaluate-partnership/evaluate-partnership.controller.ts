import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { PartnershipEvaluationDto } from '../impact-report.dto';
import { EvaluatePartnershipCommand } from './evaluate-partnership.command';
import { EvaluatePartnershipDto } from './evaluate-partnership.dto';

@ApiTags('impact-reports')
@Controller('partner-agreements')
export class EvaluatePartnershipController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':agreementId/evaluation')
  @HttpCode(HttpStatus.CREATED)
  @Roles('empowerment-team')
  @ApiOperation({
    summary:
      "Record the partnership's evaluation on the OECD DAC criteria (each 1–4 with a comment) once the agreement has ended or was terminated; its overall score is the partner's 'greatest impact' in its next round. 409 on a second evaluation or an agreement not over.",
  })
  @ApiCreatedResponse({ type: PartnershipEvaluationDto })
  evaluate(
    @CurrentPrincipal() principal: Principal,
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: EvaluatePartnershipDto,
  ): Promise<PartnershipEvaluationDto> {
    return this.commandBus.execute<EvaluatePartnershipCommand, PartnershipEvaluationDto>(new EvaluatePartnershipCommand(principal, agreementId, body));
  }
}
