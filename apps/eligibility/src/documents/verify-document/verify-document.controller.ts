import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DocumentRejectedV1, DocumentVerifiedV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { VerifyDocumentCommand } from './verify-document.command';
import { VerifyDocumentDto } from './verify-document.dto';

/** The reviewer of the document's role verifies or rejects it, recording method, verifier and reason (Tuwaiq 6-2). */
@ApiTags('documents')
@Controller('cases/:caseId/documents/:documentId/verification')
export class VerifyDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('services-officer', 'social-researcher')
  @ApiOperation({ summary: 'Verify or reject a document waiting in your queue (409 if it is not waiting; 403 if another role reviews it).' })
  @ApiOkResponse({ description: 'The recorded outcome', schema: { type: 'object' } })
  decide(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Param('documentId') documentId: string,
    @Body() body: VerifyDocumentDto,
  ): Promise<DocumentVerifiedV1 | DocumentRejectedV1> {
    return this.commandBus.execute(new VerifyDocumentCommand(principal, caseId, documentId, body));
  }
}
