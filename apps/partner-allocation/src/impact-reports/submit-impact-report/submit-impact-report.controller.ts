import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { ImpactReportDto, SubmissionViewDto } from '../impact-report.dto';
import { SubmitImpactReportCommand } from './submit-impact-report.command';
import { SubmitImpactReportDto } from './submit-impact-report.dto';

@ApiTags('impact-reports')
@ApiExtraModels(SubmissionViewDto)
@Controller('partner-agreements')
export class SubmitImpactReportController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':agreementId/impact-reports')
  @HttpCode(HttpStatus.CREATED)
  @Roles('partner-applicant', 'empowerment-team')
  @ApiOperation({
    summary:
      'Submit the impact report for one period (a due date of the agreement): beneficiaries reached, activities, spending in SAR, evidence. The partner association from its own account (naming allocatingTenantId); the empowerment team for an outside body. 409 for a second report of the period or an agreement not in force.',
  })
  @ApiCreatedResponse({ type: ImpactReportDto })
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: SubmitImpactReportDto,
  ): Promise<ImpactReportDto> {
    return this.commandBus.execute<SubmitImpactReportCommand, ImpactReportDto>(new SubmitImpactReportCommand(principal, agreementId, body));
  }
}
