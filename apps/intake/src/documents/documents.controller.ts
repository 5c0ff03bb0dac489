import { Body, Controller, Get, GoneException, HttpCode, HttpStatus, NotFoundException, Param, Post, Res, StreamableFile, UploadedFile } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags, ApiResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { streamId, type DocumentAttachedV1, type RecordedEventOf } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, IdempotentUpload, Roles, ParseIdPipe } from '@athar/service-kit';
import type { ReadPurpose } from '@athar/contracts';
import { ApiReadPurpose, ReadPurposeParam } from '../record-reads/read-purpose';
import { RecordReads } from '../record-reads/record-reads';
import { AttachDocument, DOCUMENT_UPLOAD_BODY, DOCUMENT_UPLOAD_LIMITS, type UploadedDocument } from './attach-document';
import { DocumentFiles, ERASED_FILE } from './document-files';
import { DocumentSizeInterceptor } from './document-size.interceptor';

const notFound = () => new NotFoundException({ code: 'not-found', message: { ar: 'غير موجود', en: 'Not found' } });
const erased = () =>
  new GoneException({
    code: 'personal-data-erased',
    message: {
      ar: 'حُذفت البيانات الشخصية لهذا المستفيد ولم يعد المستند قابلاً للقراءة',
      en: "This beneficiary's personal data was erased; the document can no longer be read",
    },
  });

/** Supporting documents of an application (Tuwaiq 6-2): PDF, JPEG or PNG by content, 5 MiB (5,242,880 bytes) at most. */
@ApiTags('documents')
@Controller('applications/:caseId/documents')
export class DocumentsController {
  constructor(
    private readonly writer: EventWriter,
    private readonly files: DocumentFiles,
    private readonly reads: RecordReads,
    private readonly attachments: AttachDocument,
  ) {}

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
    return this.attachments.attach(principal, caseId, file, body?.documentType);
  }

  @Get()
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiResponse({
    status: 200,
    description: 'Done',
    schema: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object' } } } },
  })
  @ApiOperation({ summary: "The application's documents, from its event stream." })
  async list(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string): Promise<{ items: DocumentAttachedV1[] }> {
    const { history } = await this.writer.load(streamId('intake', 'application', principal.tenantId, caseId));
    if (history.length === 0) throw notFound();
    return { items: history.filter((e) => e.type === 'DocumentAttached').map((e) => e.data) };
  }

  @Get(':documentId')
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiReadPurpose()
  @ApiOperation({ summary: 'Download a document (only within its own tenant and case); the read is logged with its purpose.' })
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @Param('documentId') documentId: string,
    @ReadPurposeParam() purpose: ReadPurpose,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.files.read(documentId, principal.tenantId, caseId);
    if (!file) throw notFound();
    if (file === ERASED_FILE) throw erased();
    const { history } = await this.writer.load(streamId('intake', 'application', principal.tenantId, caseId));
    const attached = history.find((e): e is RecordedEventOf<'DocumentAttached'> => e.type === 'DocumentAttached' && e.data.documentId === documentId);
    const fileName = attached?.data.fileName ?? 'document';
    await this.reads.record(principal, caseId, 'document', purpose, documentId);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.content);
  }
}
