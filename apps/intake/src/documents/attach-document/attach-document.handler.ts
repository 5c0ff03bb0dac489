import { createHash } from 'node:crypto';
import { NotFoundException } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { DOCUMENT_TYPES, DomainError, type DocumentAttachedV1, type DocumentType } from '@athar/contracts';
import { sniffContentType, storedFileName } from '@athar/domain-intake';
import { AggregateCommands, facts } from '@athar/service-kit';
import { applicationStream, caseFileAggregate, CaseFileQuery, caseVisible, type CaseFile } from '../case-file';
import { DocumentFiles } from '../document-files';
import { AttachDocumentCommand } from './attach-document.command';

const notFound = () => new NotFoundException({ code: 'not-found', message: { ar: 'غير موجود', en: 'Not found' } });
const refuse = (field: string, ar: string, en: string) =>
  new DomainError('document-refused', 'invalid', { ar: 'تعذر قبول المستند', en: 'The document cannot be accepted' }, [{ field, reasons: [{ ar, en }] }]);

/**
 * Attaching a supporting document to an application (Tuwaiq 6-2), for every route that takes one (staff,
 * an applicant's account, a public applicant's return code): PDF, JPEG or PNG judged by content, hashed,
 * sealed under the case's key in GridFS (docs/adr/0013), then recorded as a DocumentAttached event.
 */
@CommandHandler(AttachDocumentCommand)
export class AttachDocumentHandler implements ICommandHandler<AttachDocumentCommand, DocumentAttachedV1> {
  constructor(
    private readonly commands: AggregateCommands,
    private readonly queryBus: QueryBus,
    private readonly files: DocumentFiles,
  ) {}

  async execute({ principal, caseId, file, documentType }: AttachDocumentCommand): Promise<DocumentAttachedV1> {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(documentType ?? '')) {
      throw refuse('documentType', `نوع المستند واحد من: ${DOCUMENT_TYPES.join('، ')}`, `one of: ${DOCUMENT_TYPES.join(', ')}`);
    }
    if (!file || file.size === 0) throw refuse('file', 'أرفق ملفاً', 'attach a file');
    const contentType = sniffContentType(file.buffer.subarray(0, 16));
    if (!contentType) throw refuse('file', 'يُقبل ملف PDF أو JPEG أو PNG فقط', 'only PDF, JPEG or PNG files are accepted (judged by content)');

    // No bytes are stored for a case the caller cannot see.
    const caseFile = await this.queryBus.execute<CaseFileQuery, CaseFile>(new CaseFileQuery(principal.tenantId, caseId));
    if (!caseVisible(caseFile, principal)) throw notFound();
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const fileName = storedFileName(file.originalname, contentType);
    const documentId = await this.files.save(file.buffer, { tenantId: principal.tenantId, caseId, sha256, contentType });
    const now = new Date();
    const attached: DocumentAttachedV1 = {
      caseId,
      documentId,
      documentType: documentType as DocumentType,
      contentType,
      size: file.size,
      sha256,
      fileName,
      attachedAt: now.toISOString(),
    };
    try {
      await this.commands.handle(caseFileAggregate, {
        streamId: applicationStream(principal.tenantId, caseId),
        tenantId: principal.tenantId,
        cause: { kind: 'request', principal, channel: 'system' },
        whenMissing: notFound,
        decide: () => facts({ type: 'DocumentAttached', version: 1, data: attached }),
        now,
      });
    } catch (error) {
      await this.files.remove(documentId).catch(() => undefined); // no orphan bytes without their event
      throw error;
    }
    return attached;
  }
}
