import { Body, Controller, Headers, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, revisionFromIfMatch, Roles } from '@athar/service-kit';
import { AnswerInquiryDto } from '../inquiries.dto';
import { AnswerInquiryCommand, type AnswerInquiryResult } from './answer-inquiry.command';

@ApiTags('inquiries')
@Controller('inquiries')
export class AnswerInquiryController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':inquiryId/answer')
  @HttpCode(HttpStatus.OK)
  @Roles('social-researcher')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The revision you saw (GET /inquiries/{id} ETag)' })
  @ApiOperation({
    summary: 'The social-research officer answers an open inquiry (409 if it changed since you read it); the answer is sent to the person who asked.',
  })
  @ApiOkResponse({
    description: 'The inquiry, answered',
    schema: {
      type: 'object',
      required: ['inquiryId', 'status', 'revision'],
      properties: { inquiryId: { type: 'string', format: 'uuid' }, status: { type: 'string', enum: ['answered'] }, revision: { type: 'integer' } },
    },
  })
  answer(
    @CurrentPrincipal() principal: Principal,
    @Param('inquiryId', ParseIdPipe) inquiryId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: AnswerInquiryDto,
  ): Promise<AnswerInquiryResult> {
    return this.commandBus.execute(new AnswerInquiryCommand(principal, inquiryId, body, revisionFromIfMatch(ifMatch)));
  }
}
