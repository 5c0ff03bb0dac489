import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import { VerifyDocumentCommand } from './verify-document.command';
import { DocumentRejectedDto, DocumentVerifiedDto, VerifyDocumentDto } from './verify-document.dto';

/** The reviewer of the document's role verifies or rejects it, recording method, verifier and reason (Tuwaiq 6-2). */
@ApiTags('documents')
@ApiExtraModels(DocumentVerifiedDto, DocumentRejectedDto)
@Controller('cases/:caseId/documents/:documentId/verification')
export class VerifyDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @Roles('services-officer', 'social-researcher')
  @ApiOperation({ summary: 'Verify or reject a document waiting in your queue (409 if it is not waiting; 403 if another role reviews it).' })
  @ApiOkResponse({
    description: 'The recorded outcome: the verification, or the rejection',
    schema: { oneOf: [{ $ref: getSchemaPath(DocumentVerifiedDto) }, { $ref: getSchemaPath(DocumentRejectedDto) }] },
  })
  decide(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Param('documentId') documentId: string,
    @Body() body: VerifyDocumentDto,
  ): Promise<DocumentVerifiedDto | DocumentRejectedDto> {
    return this.commandBus.execute(new VerifyDocumentCommand(principal, caseId, documentId, body));
  }
}
