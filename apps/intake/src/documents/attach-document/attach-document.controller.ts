import { Body, Controller, HttpCode, HttpStatus, Param, Post, UploadedFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { DocumentAttachedV1 } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, IdempotentUpload, ParseIdPipe, Roles } from '@athar/service-kit';
import { DOCUMENT_UPLOAD_BODY, DOCUMENT_UPLOAD_LIMITS, type UploadedDocument } from '../attach-document';
import { DocumentSizeInterceptor } from '../document-size.interceptor';
import { AttachDocumentCommand } from './attach-document.command';

/** Supporting documents of an application (Tuwaiq 6-2): PDF, JPEG or PNG by content, 5 MiB (5,242,880 bytes) at most. */
@ApiTags('documents')
@Controller('applications/:caseId/documents')
export class AttachDocumentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'applicant')
  @IdempotentUpload(DocumentSizeInterceptor, FileInterceptor('file', DOCUMENT_UPLOAD_LIMITS))
  @ApiConsumes('multipart/form-data')
  @ApiBody(DOCUMENT_UPLOAD_BODY)
  @ApiResponse({ status: 201, description: 'Done', schema: { type: 'object', required: ['documentId'], properties: { documentId: { type: 'string' } } } })
  @ApiOperation({ summary: 'Attach a supporting document (checked by its content, hashed, stored; each upload is an event).' })
  attach(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() body: { documentType?: string },
  ): Promise<DocumentAttachedV1> {
    return this.commandBus.execute(new AttachDocumentCommand(principal, caseId, file, body?.documentType));
  }
}
