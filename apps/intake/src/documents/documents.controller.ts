import { createHash } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  GoneException,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DOCUMENT_TYPES, DomainError, streamId, type DocumentAttachedV1, type DocumentType } from '@athar/contracts';
import { MAX_DOCUMENT_BYTES, sniffContentType, storedFileName } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, EventWriter, IdempotentUpload, Roles, ParseIdPipe } from '@athar/service-kit';
import type { ReadPurpose } from '@athar/contracts';
import { ApiReadPurpose, ReadPurposeParam } from '../record-reads/read-purpose';
import { RecordReads } from '../record-reads/record-reads';
import { loadApplication } from '../applications/application-state';
import { DocumentFiles, ERASED_FILE } from './document-files';
import { DocumentSizeInterceptor } from './document-size.interceptor';

interface UploadedDocument {
  buffer: Buffer;
  originalname: string;
  size: number;
}

const notFound = () => new NotFoundException({ code: 'not-found', message: { ar: 'غير موجود', en: 'Not found' } });
const erased = () =>
  new GoneException({ code: 'personal-data-erased', message: { ar: 'حُذفت البيانات الشخصية لهذا المستفيد ولم يعد المستند قابلاً للقراءة', en: "This beneficiary's personal data was erased; the document can no longer be read" } });
const refuse = (field: string, ar: string, en: string) =>
  new DomainError('document-refused', 'invalid', { ar: 'تعذر قبول المستند', en: 'The document cannot be accepted' }, [{ field, reasons: [{ ar, en }] }]);

/** Supporting documents of an application (Tuwaiq 6-2): PDF, JPEG or PNG by content, 5 MiB (5,242,880 bytes) at most. */
@ApiTags('documents')
@Controller('applications/:caseId/documents')
export class DocumentsController {
  constructor(
    private readonly writer: EventWriter,
    private readonly files: DocumentFiles,
    private readonly reads: RecordReads,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'applicant')
  // multer refuses a file that reaches its fileSize, so the limit given is one byte more than the largest accepted.
  @IdempotentUpload(DocumentSizeInterceptor, FileInterceptor('file', { defParamCharset: 'utf8', limits: { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1, fields: 4, parts: 6 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file', 'documentType'], properties: { file: { type: 'string', format: 'binary' }, documentType: { type: 'string', enum: [...DOCUMENT_TYPES] } } } })
  @ApiOperation({ summary: 'Attach a supporting document (checked by its content, hashed, stored; each upload is an event).' })
  async attach(
    @CurrentPrincipal() principal: Principal,
    @Param('caseId', ParseIdPipe) caseId: string,
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() body: { documentType?: string },
  ): Promise<DocumentAttachedV1> {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(body?.documentType ?? '')) {
      throw refuse('documentType', `نوع المستند واحد من: ${DOCUMENT_TYPES.join('، ')}`, `one of: ${DOCUMENT_TYPES.join(', ')}`);
    }
    if (!file || file.size === 0) throw refuse('file', 'أرفق ملفاً', 'attach a file');
    const contentType = sniffContentType(file.buffer.subarray(0, 16));
    if (!contentType) throw refuse('file', 'يُقبل ملف PDF أو JPEG أو PNG فقط', 'only PDF, JPEG or PNG files are accepted (judged by content)');

    const { state, stream } = await loadApplication(this.writer, principal.tenantId, caseId, principal);
    if (state.status === 'none') throw notFound();
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const fileName = storedFileName(file.originalname, contentType);
    const documentId = await this.files.save(file.buffer, { tenantId: principal.tenantId, caseId, sha256, contentType });
    const attached: DocumentAttachedV1 = {
      caseId,
      documentId,
      documentType: body.documentType as DocumentType,
      contentType,
      size: file.size,
      sha256,
      fileName,
      attachedAt: new Date().toISOString(),
    };
    try {
      await this.writer.decideAndAppend(stream, principal.tenantId, { kind: 'request', principal, channel: 'system' }, () => [{ type: 'DocumentAttached', version: 1, data: attached }]);
    } catch (error) {
      await this.files.remove(documentId).catch(() => undefined); // no orphan bytes without their event
      throw error;
    }
    return attached;
  }

  @Get()
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiOperation({ summary: "The application's documents, from its event stream." })
  async list(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string): Promise<{ items: DocumentAttachedV1[] }> {
    const { history } = await this.writer.load(streamId('intake', 'application', principal.tenantId, caseId));
    if (history.length === 0) throw notFound();
    return { items: history.filter((e) => e.type === 'DocumentAttached').map((e) => e.data as DocumentAttachedV1) };
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
    const attached = history.find((e) => e.type === 'DocumentAttached' && (e.data as DocumentAttachedV1).documentId === documentId);
    const fileName = (attached?.data as DocumentAttachedV1 | undefined)?.fileName ?? 'document';
    await this.reads.record(principal, caseId, 'document', purpose, documentId);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.content);
  }
}
