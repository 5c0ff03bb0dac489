import { Body, Controller, Headers, HttpCode, HttpStatus, NotFoundException, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import { maySeeCase, type Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, serviceUrl, ParseIdPipe } from '@athar/service-kit';
import { RequestReconsiderationCommand } from './request-reconsideration.command';
import { RequestReconsiderationDto, type ReconsiderationReceipt } from './request-reconsideration.dto';

/**
 * A rejected applicant asks, within the tenant's period, to be reviewed again; the new round runs under
 * the same timeline rules. Staff record it on the applicant's behalf, or the applicant does.
 */
@ApiTags('committee')
@Controller('reviews')
export class RequestReconsiderationController {
  constructor(private readonly commandBus: CommandBus) {}

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
  ): Promise<ReconsiderationReceipt> {
    if (!maySeeCase(principal, null) && !(await applicantOwnsCase(caseId, authorization))) {
      throw new NotFoundException({ code: 'case-not-found', message: { ar: 'الحالة غير موجودة', en: 'Case not found' } });
    }
    return this.commandBus.execute<RequestReconsiderationCommand, ReconsiderationReceipt>(new RequestReconsiderationCommand(principal, caseId, body));
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
