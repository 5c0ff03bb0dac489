import { Controller, Get, GoneException, NotFoundException, Param, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DOCUMENT_TYPES, type DocumentAttachedV1, type DocumentType } from '@athar/contracts';
import type { Principal } from '@athar/identity';
import { CurrentPrincipal, Roles, ParseIdPipe } from '@athar/service-kit';
import type { ReadPurpose } from '@athar/contracts';
import { ApiReadPurpose, ReadPurposeParam } from '../record-reads/read-purpose';
import { RecordReads } from '../record-reads/record-reads';
import { CaseFileQuery, type CaseFile } from './case-file';
import { DocumentFiles, ERASED_FILE } from './document-files';

const notFound = () => new NotFoundException({ code: 'not-found', message: { ar: 'غير موجود', en: 'Not found' } });
const erased = () =>
  new GoneException({
    code: 'personal-data-erased',
    message: {
      ar: 'حُذفت البيانات الشخصية لهذا المستفيد ولم يعد المستند قابلاً للقراءة',
      en: "This beneficiary's personal data was erased; the document can no longer be read",
    },
  });

const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** A supporting document as attached (Tuwaiq 6-2): the file itself is downloaded on its own. */
export class CaseDocumentDto implements DocumentAttachedV1 {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() documentId!: string;
  @ApiProperty({ enum: DOCUMENT_TYPES }) documentType!: DocumentType;
  @ApiProperty({ enum: DOCUMENT_CONTENT_TYPES }) contentType!: (typeof DOCUMENT_CONTENT_TYPES)[number];
  @ApiProperty({ type: 'integer', description: 'Bytes' }) size!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) sha256!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty({ format: 'date-time' }) attachedAt!: string;
}

export class CaseDocumentsDto {
  @ApiProperty({ type: [CaseDocumentDto] }) items!: CaseDocumentDto[];
}

/** Supporting documents of an application (Tuwaiq 6-2): listed and downloaded; attaching is the attach-document command. */
@ApiTags('documents')
@Controller('applications/:caseId/documents')
export class DocumentsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly files: DocumentFiles,
    private readonly reads: RecordReads,
  ) {}

  @Get()
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiOkResponse({ type: CaseDocumentsDto })
  @ApiOperation({ summary: "The application's documents, from its event stream (a query on the QueryBus)." })
  async list(@CurrentPrincipal() principal: Principal, @Param('caseId', ParseIdPipe) caseId: string): Promise<CaseDocumentsDto> {
    const file = await this.queryBus.execute<CaseFileQuery, CaseFile>(new CaseFileQuery(principal.tenantId, caseId));
    if (file.application.status === 'none') throw notFound();
    return { items: file.documents };
  }

  @Get(':documentId')
  @Roles('relations-officer', 'social-researcher', 'services-officer', 'executive-director', 'auditor')
  @ApiReadPurpose()
  @ApiOperation({ summary: 'Download a document (only within its own tenant and case); the read is logged with its purpose.' })
  @ApiOkResponse({
    description: 'The file as attached, in its own content type (the console shows an image or a PDF inline)',
    content: Object.fromEntries(DOCUMENT_CONTENT_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  })
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
    const { documents } = await this.queryBus.execute<CaseFileQuery, CaseFile>(new CaseFileQuery(principal.tenantId, caseId));
    const fileName = documents.find((d) => d.documentId === documentId)?.fileName ?? 'document';
    await this.reads.record(principal, caseId, 'document', purpose, documentId);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.content);
  }
}
