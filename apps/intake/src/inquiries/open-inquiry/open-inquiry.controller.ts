import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles } from '@athar/service-kit';
import { InquiryDto, OpenInquiryDto } from '../inquiries.dto';
import { OpenInquiryCommand } from './open-inquiry.command';

@ApiTags('inquiries')
@Controller('inquiries')
export class OpenInquiryController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('relations-officer', 'services-officer', 'social-researcher', 'applicant')
  @ApiOperation({
    summary:
      "Record an inquiry about an unclear procedure for the social-research officer, on one of the association's channels (another is refused, 422). The answer goes to the contact left: by email when it came by email with an address, else by SMS.",
  })
  @ApiCreatedResponse({ type: InquiryDto })
  open(@CurrentPrincipal() principal: Principal, @Body() body: OpenInquiryDto): Promise<InquiryDto> {
    return this.commandBus.execute(new OpenInquiryCommand(principal, body));
  }
}
