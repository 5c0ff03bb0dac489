import { Controller, Get, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReadPurpose } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, ParseIdPipe, Roles } from '@athar/service-kit';
import { ApiReadPurpose, ReadPurposeParam } from '../../record-reads/read-purpose';
import { InquiryContactView } from '../inquiries.dto';
import { ReadInquiryContactCommand } from './read-inquiry-contact.command';

@ApiTags('inquiries')
@Controller('inquiries')
export class ReadInquiryContactController {
  constructor(private readonly commandBus: CommandBus) {}

  @Get(':inquiryId/contact')
  @Roles('social-researcher', 'relations-officer')
  @ApiReadPurpose()
  @ApiOkResponse({ type: InquiryContactView })
  @ApiOperation({ summary: 'Who asked: name, mobile, email and where the answer goes; read for a stated purpose, and the read is logged.' })
  contact(
    @CurrentPrincipal() principal: Principal,
    @Param('inquiryId', ParseIdPipe) inquiryId: string,
    @ReadPurposeParam() purpose: ReadPurpose,
  ): Promise<InquiryContactView> {
    return this.commandBus.execute(new ReadInquiryContactCommand(principal, inquiryId, purpose));
  }
}
