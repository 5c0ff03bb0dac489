import { createHash } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DOCUMENT_TYPES, DomainError, type DocumentAttachedV1, type DocumentType } from '@athar/contracts';
import { MAX_DOCUMENT_BYTES, sniffContentType, storedFileName } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { EventWriter } from '@athar/service-kit';
import { loadApplication } from '../applications/application-state';
import { DocumentFiles } from './document-files';

export interface UploadedDocument {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** multer's limits for one document: it refuses a file that reaches its fileSize, so the limit given is one byte more than the largest accepted. */
export const DOCUMENT_UPLOAD_LIMITS = { defParamCharset: 'utf8', limits: { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1, fields: 4, parts: 6 } } as const;

/** The multipart body an upload route documents (OpenAPI), the same on every route that takes a document. */
export const DOCUMENT_UPLOAD_BODY = {
  schema: {
    type: 'object' as const,
    required: ['file', 'documentType'],
    properties: { file: { type: 'string' as const, format: 'binary' }, documentType: { type: 'string' as const, enum: [...DOCUMENT_TYPES] } },
  },
};

const notFound = () => new NotFoundException({ code: 'not-found', message: { ar: 'غير موجود', en: 'Not found' } });
const refuse = (field: string, ar: string, en: string) =>
  new DomainError('document-refused', 'invalid', { ar: 'تعذر قبول المستند', en: 'The document cannot be accepted' }, [{ field, reasons: [{ ar, en }] }]);

/**
 * Attaching a supporting document to an application (Tuwaiq 6-2), for every route that takes one (staff,
 * an applicant's account, a public applicant's return code): PDF, JPEG or PNG judged by content, hashed,
 * sealed under the case's key in GridFS (docs/adr/0013), recorded as a DocumentAttached event by the caller.
 */
@Injectable()
export class AttachDocument {
  constructor(
    private readonly writer: EventWriter,
    private readonly files: DocumentFiles,
  ) {}

  async attach(principal: Principal, caseId: string, file: UploadedDocument | undefined, documentType: string | undefined): Promise<DocumentAttachedV1> {
    if (!(DOCUMENT_TYPES as readonly string[]).includes(documentType ?? '')) {
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
      documentType: documentType as DocumentType,
      contentType,
      size: file.size,
      sha256,
      fileName,
      attachedAt: new Date().toISOString(),
    };
    try {
      await this.writer.decideAndAppend(stream, principal.tenantId, { kind: 'request', principal, channel: 'system' }, () => [
        { type: 'DocumentAttached', version: 1, data: attached },
      ]);
    } catch (error) {
      await this.files.remove(documentId).catch(() => undefined); // no orphan bytes without their event
      throw error;
    }
    return attached;
  }
}
