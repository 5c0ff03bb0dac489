import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DOCUMENT_TYPES, type DocumentAttachedV1 } from '@athar/contracts';
import { MAX_DOCUMENT_BYTES } from '@athar/domain-intake';
import type { Principal } from '@athar/identity';
import { AttachDocumentCommand } from './attach-document/attach-document.command';

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

/**
 * Attaching a supporting document, for the routes that take one outside this folder (a public
 * applicant's return code): the same AttachDocumentCommand the staff route sends.
 */
@Injectable()
export class AttachDocument {
  constructor(private readonly commandBus: CommandBus) {}

  attach(principal: Principal, caseId: string, file: UploadedDocument | undefined, documentType: string | undefined): Promise<DocumentAttachedV1> {
    return this.commandBus.execute(new AttachDocumentCommand(principal, caseId, file, documentType));
  }
}
